// The sandboxed preload: exposes one function per channel under BRIDGE_GLOBAL and nothing else
// (never ipcRenderer itself). It imports only 'electron' and the channel names, so the bundle
// stays a few lines; validation happens in the main process, where the renderer cannot skip it.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostApi } from '@shared/bridge';
import { BRIDGE_GLOBAL, CHANNELS } from '@shared/channels';

const bridge = {
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  notify: (notice) => ipcRenderer.invoke(CHANNELS.notify, notice),
  onOpenTarget(listener) {
    // The IPC event (with its sender) stays here; the page receives only the target.
    const forward = (_event: IpcRendererEvent, target: Parameters<typeof listener>[0]) => listener(target);
    ipcRenderer.on(CHANNELS.openTarget, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.openTarget, forward);
    };
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
