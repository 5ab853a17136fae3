/**
 * The only bridge between the page and the main process: one method per IPC
 * contract entry, nothing else (no ipcRenderer, no Node). Checked against the
 * contract's type with `satisfies`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../shared/ipc/channels';
import type { BriefingApi } from '../shared/ipc/contract';

const api = {
  listSeminars: (request) => ipcRenderer.invoke(IPC_CHANNELS.listSeminars, request),
  getCatalogue: (request) => ipcRenderer.invoke(IPC_CHANNELS.getCatalogue, request),
} satisfies BriefingApi;

contextBridge.exposeInMainWorld('api', api);
