import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL, IPC_EVENT, type DesktopBridge } from '../shared/api/bridge';
import type { ApiResult } from '../shared/api/errors';
import type { AppEvent } from '../shared/api/events';

// The page gets these two functions and nothing else of Electron or Node.
const bridge: DesktopBridge = {
  call: (method, input) => ipcRenderer.invoke(IPC_CALL, method, input) as Promise<ApiResult<unknown>>,
  onEvent: (listener) => {
    const handler = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, handler);
    };
  },
};

contextBridge.exposeInMainWorld('hoiNghi', bridge);
