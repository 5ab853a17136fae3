/**
 * IPC channel names. Kept free of zod so the sandboxed preload can import it
 * without bundling the schemas.
 */

/** Renderer → main requests (ipcRenderer.invoke), one per API method. */
export const IPC_CHANNELS = {
  // catalogue
  listCatalogues: 'catalogue:list',
  getCatalogue: 'catalogue:get',
  listSeminars: 'catalogue:list-seminars',
  previewCatalogueImport: 'catalogue:preview-import',
  keepCatalogueImport: 'catalogue:keep-import',
  removeCatalogue: 'catalogue:remove',
  // catalogue editor
  getCatalogueImport: 'catalogue:get-import',
  createCatalogue: 'catalogue:create',
  duplicateCatalogue: 'catalogue:duplicate',
  renameCatalogue: 'catalogue:rename',
  openCatalogueEditor: 'catalogue:open-editor',
  saveCatalogue: 'catalogue:save',
  writeCatalogueDraft: 'catalogue:write-draft',
  closeCatalogueEditor: 'catalogue:close-editor',
  // pack files
  newPack: 'pack:new',
  openPack: 'pack:open',
  savePack: 'pack:save',
  listRecentPacks: 'pack:list-recent',
  setDocumentState: 'pack:set-document-state',
  // export
  exportPack: 'export:run',
  showInFolder: 'export:show-in-folder',
  // recovery
  writeRecovery: 'recovery:write',
  listRecovery: 'recovery:list',
  restoreRecovery: 'recovery:restore',
  discardRecovery: 'recovery:discard',
  // settings
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
} as const;

export type ApiMethod = keyof typeof IPC_CHANNELS;
export type IpcChannel = (typeof IPC_CHANNELS)[ApiMethod];

/** Main → renderer events (webContents.send), each with a subscribe method on window.api. */
export const IPC_EVENTS = {
  exportProgress: 'event:export-progress',
  importProgress: 'event:import-progress',
  menuCommand: 'event:menu-command',
} as const;

export type ApiEvent = keyof typeof IPC_EVENTS;
