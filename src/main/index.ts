/** Start-up only: security first, then services, IPC and the window. */
import { join } from 'node:path';
import { BrowserWindow, app, session } from 'electron';
import { registerAppSchemeAsPrivileged, serveRendererOverAppScheme } from './app/app-protocol';
import { ipcMainRegistrar } from './app/ipc-main';
import { createSenderCheck } from './app/protocol-path';
import { hardenSession } from './app/security';
import { createMainWindow } from './app/window';
import { registerAllIpc } from './ipc/register-all';

// Only set by electron-vite's dev server; a packaged or built app never loads over http.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');

registerAppSchemeAsPrivileged();

void app.whenReady().then(() => {
  hardenSession(session.defaultSession, devServerUrl);
  serveRendererOverAppScheme(join(__dirname, '../renderer'));
  const isTrustedSender = createSenderCheck(devServerUrl);
  registerAllIpc(ipcMainRegistrar, { resourcesDir }, isTrustedSender);
  createMainWindow(devServerUrl);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(devServerUrl);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
