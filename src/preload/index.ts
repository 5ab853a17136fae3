/**
 * The only bridge between the page and the main process: one method per IPC
 * contract entry and one subscribe function per event, nothing else (no
 * ipcRenderer, no Node). Checked against the contract's type with `satisfies`.
 */
import { type IpcRendererEvent, contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS as C, IPC_EVENTS } from '../shared/ipc/channels';
import type { BriefingApi } from '../shared/ipc/contract';

/** Subscribes to a main → renderer event; the page never sees the IpcRendererEvent (it carries `sender`). */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => ipcRenderer.removeListener(channel, handler);
}

const api = {
  listCatalogues: (request) => ipcRenderer.invoke(C.listCatalogues, request),
  getCatalogue: (request) => ipcRenderer.invoke(C.getCatalogue, request),
  listSeminars: (request) => ipcRenderer.invoke(C.listSeminars, request),
  previewCatalogueImport: (request) => ipcRenderer.invoke(C.previewCatalogueImport, request),
  keepCatalogueImport: (request) => ipcRenderer.invoke(C.keepCatalogueImport, request),
  removeCatalogue: (request) => ipcRenderer.invoke(C.removeCatalogue, request),
  getCatalogueImport: (request) => ipcRenderer.invoke(C.getCatalogueImport, request),
  createCatalogue: (request) => ipcRenderer.invoke(C.createCatalogue, request),
  duplicateCatalogue: (request) => ipcRenderer.invoke(C.duplicateCatalogue, request),
  renameCatalogue: (request) => ipcRenderer.invoke(C.renameCatalogue, request),
  openCatalogueEditor: (request) => ipcRenderer.invoke(C.openCatalogueEditor, request),
  saveCatalogue: (request) => ipcRenderer.invoke(C.saveCatalogue, request),
  writeCatalogueDraft: (request) => ipcRenderer.invoke(C.writeCatalogueDraft, request),
  closeCatalogueEditor: (request) => ipcRenderer.invoke(C.closeCatalogueEditor, request),
  newPack: (request) => ipcRenderer.invoke(C.newPack, request),
  openPack: (request) => ipcRenderer.invoke(C.openPack, request),
  savePack: (request) => ipcRenderer.invoke(C.savePack, request),
  listRecentPacks: (request) => ipcRenderer.invoke(C.listRecentPacks, request),
  setDocumentState: (request) => ipcRenderer.invoke(C.setDocumentState, request),
  exportPack: (request) => ipcRenderer.invoke(C.exportPack, request),
  showInFolder: (request) => ipcRenderer.invoke(C.showInFolder, request),
  writeRecovery: (request) => ipcRenderer.invoke(C.writeRecovery, request),
  listRecovery: (request) => ipcRenderer.invoke(C.listRecovery, request),
  restoreRecovery: (request) => ipcRenderer.invoke(C.restoreRecovery, request),
  discardRecovery: (request) => ipcRenderer.invoke(C.discardRecovery, request),
  getSettings: (request) => ipcRenderer.invoke(C.getSettings, request),
  updateSettings: (request) => ipcRenderer.invoke(C.updateSettings, request),
  onExportProgress: (listener) => subscribe(IPC_EVENTS.exportProgress, listener),
  onImportProgress: (listener) => subscribe(IPC_EVENTS.importProgress, listener),
  onMenuCommand: (listener) => subscribe(IPC_EVENTS.menuCommand, listener),
} satisfies BriefingApi;

contextBridge.exposeInMainWorld('api', api);
