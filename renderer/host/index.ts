// The renderer asks for "the host" and never checks which one it got.
import type { HostApi } from '@shared/bridge';
import { browserHost } from './browser';
import { electronHost } from './electron';

let host: HostApi | null = null;

export function getHost(): HostApi {
  host ??= electronHost() ?? browserHost;
  return host;
}
