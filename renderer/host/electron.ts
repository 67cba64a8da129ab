// The Electron host: the preload exposes one function per channel under BRIDGE_GLOBAL; this
// module types it. The backup secret the main process unwrapped (safeStorage) is handed to a page
// once per load; here it becomes a key object that cannot be read back, and the bytes are wiped.
// The renderer never touches ipcRenderer.
import type { HostApi, PreloadApi } from '@shared/bridge';
import { BRIDGE_GLOBAL } from '@shared/channels';
import { ok } from '@shared/result';
import { importInstallSecret } from '../db/backupCrypto';

export function electronHost(): HostApi | null {
  const bridge = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as PreloadApi | undefined;
  if (!bridge) return null;
  const { backupSecret, ...rest } = bridge;
  return {
    ...rest,
    async backupKey() {
      const secret = await backupSecret();
      if (!secret.ok) return secret;
      const key = await importInstallSecret(new Uint8Array(secret.value.secret));
      secret.value.secret.fill(0);
      return ok({ installId: secret.value.installId, key });
    },
  } satisfies HostApi;
}
