// The Electron host: the preload exposes one function per channel under BRIDGE_GLOBAL; this
// module only types it. The renderer never touches ipcRenderer.
import type { HostApi } from '@shared/bridge';
import { BRIDGE_GLOBAL } from '@shared/channels';

export function electronHost(): HostApi | null {
  const bridge = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL];
  return bridge ? (bridge as HostApi) : null;
}
