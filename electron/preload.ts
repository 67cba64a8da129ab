// The sandboxed preload: exposes one function per channel under BRIDGE_GLOBAL and nothing else
// (never ipcRenderer itself). It imports only 'electron' and the channel names, so the bundle
// stays a few lines; validation happens in the main process, where the renderer cannot skip it.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PreloadApi } from '@shared/bridge';
import { BRIDGE_GLOBAL, CHANNELS } from '@shared/channels';

/** Forwards one main → renderer event; the IPC event (with its sender) stays here. */
function subscribe<T>(channel: string, listener: (value: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge = {
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  notify: (notice) => ipcRenderer.invoke(CHANNELS.notify, notice),
  onOpenTarget: (listener) => subscribe(CHANNELS.openTarget, listener),
  scheduleDeadlines: (registration) => ipcRenderer.invoke(CHANNELS.scheduleDeadlines, registration),
  reportStatus: (status) => ipcRenderer.invoke(CHANNELS.reportStatus, status),
  applyPreferences: (preferences) => ipcRenderer.invoke(CHANNELS.applyPreferences, preferences),
  backupSecret: () => ipcRenderer.invoke(CHANNELS.backupSecret),
  beginBackup: (request) => ipcRenderer.invoke(CHANNELS.beginBackup, request),
  appendBackup: (request) => ipcRenderer.invoke(CHANNELS.appendBackup, request),
  finishBackup: (request) => ipcRenderer.invoke(CHANNELS.finishBackup, request),
  abortBackup: (id) => ipcRenderer.invoke(CHANNELS.abortBackup, id),
  listBackups: (mode) => ipcRenderer.invoke(CHANNELS.listBackups, mode),
  readBackup: (request) => ipcRenderer.invoke(CHANNELS.readBackup, request),
  backupEnds: (request) => ipcRenderer.invoke(CHANNELS.backupEnds, request),
  carryBackup: (request) => ipcRenderer.invoke(CHANNELS.carryBackup, request),
  onBackupRequest: (listener) => subscribe(CHANNELS.backupRequest, listener),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  printToPdf: (request) => ipcRenderer.invoke(CHANNELS.printToPdf, request),
  pinOffice: (pin) => ipcRenderer.invoke(CHANNELS.pinOffice, pin),
  putAttachment: (request) => ipcRenderer.invoke(CHANNELS.putAttachment, request),
  readAttachment: (request) => ipcRenderer.invoke(CHANNELS.readAttachment, request),
  removeAttachment: (request) => ipcRenderer.invoke(CHANNELS.removeAttachment, request),
} satisfies PreloadApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
