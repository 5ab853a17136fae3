/**
 * Every feature's IPC handlers, registered on one registrar. Used by the
 * Electron shell (with ipcMain) and by the end-to-end tests (with a bridge to
 * the browser page), so both exercise the same handlers. Returns the session's
 * shared services, which the shell's window, menu and quit handling read.
 */
import { registerCatalogueIpc } from '../features/catalogue/ipc';
import { registerExportIpc } from '../features/export/ipc';
import { registerPackIpc } from '../features/packs/ipc';
import { registerRecoveryIpc } from '../features/recovery/ipc';
import { registerSettingsIpc } from '../features/settings/ipc';
import type { MainContext } from '../ports';
import { type SessionServices, createSessionServices } from '../session/services';
import type { IpcRegistrar } from './handler';

export function registerAllIpc(
  registrar: IpcRegistrar,
  context: MainContext,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): SessionServices {
  const services = createSessionServices(context);
  const features = { ...context, services };
  registerCatalogueIpc(registrar, features, isTrustedSender);
  registerPackIpc(registrar, features, isTrustedSender);
  registerExportIpc(registrar, features, isTrustedSender);
  registerRecoveryIpc(registrar, features, isTrustedSender);
  registerSettingsIpc(registrar, features, isTrustedSender);
  return services;
}
