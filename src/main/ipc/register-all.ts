/**
 * Every feature's IPC handlers, registered on one registrar. Used by the
 * Electron shell (with ipcMain) and by the end-to-end tests (with a bridge to
 * the browser page), so both exercise the same handlers.
 */
import { registerCatalogueIpc } from '../features/catalogue/ipc';
import { createCatalogueService } from '../services/catalogue';
import type { IpcRegistrar } from './handler';

export interface MainServicesConfig {
  resourcesDir: string;
}

export function registerAllIpc(
  registrar: IpcRegistrar,
  config: MainServicesConfig,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  registerCatalogueIpc(registrar, createCatalogueService(config.resourcesDir), isTrustedSender);
}
