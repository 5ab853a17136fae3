/** Start-up only: the app:// scheme before ready, then the application (security, IPC, menu, window). */
import { join } from 'node:path';
import { app } from 'electron';
import { registerAppSchemeAsPrivileged } from './app/app-protocol';
import { startApplication } from './app/lifecycle';

// Only set by electron-vite's dev server; a packaged or built app never loads over http.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');

registerAppSchemeAsPrivileged();

void app
  .whenReady()
  .then(() => startApplication({ devServerUrl, resourcesDir, rendererDir: join(__dirname, '../renderer') }));
