// The preload (sandboxed, context-isolated; bundled to dist/preload/preload.cjs). It exposes exactly three
// objects to the page — see bridge.ts — and never ipcRenderer or a free channel.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { buildApiBridge, buildEventsBridge, buildShellBridge, type Invoke, type Subscribe } from './bridge';

const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args);

const subscribe: Subscribe = (channel, listener) => {
  const forward = (_event: IpcRendererEvent, value: unknown): void => listener(value);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

contextBridge.exposeInMainWorld('regie', buildApiBridge(invoke));
contextBridge.exposeInMainWorld(
  'regieShell',
  buildShellBridge(invoke, (file) => webUtils.getPathForFile(file)),
);
contextBridge.exposeInMainWorld('regieEvents', buildEventsBridge(subscribe));
