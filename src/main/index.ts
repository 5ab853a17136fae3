/**
 * Start-up only: one instance per user (a second one hands its pack file to the first and quits), the app://
 * scheme before ready, then the application (security, IPC, menu, window, start-up sweep).
 */
import { join } from 'node:path';
import { app } from 'electron';
import { registerAppSchemeAsPrivileged } from './app/app-protocol';
import { startApplication } from './app/lifecycle';

// Only set by electron-vite's dev server; a packaged or built app never loads over http.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');

if (!app.requestSingleInstanceLock()) {
  // The first instance gets our argv through 'second-instance', focuses its window and opens the file.
  app.quit();
} else {
  registerAppSchemeAsPrivileged();
  const pendingSecondInstances: { argv: string[]; cwd: string }[] = [];
  let onSecondInstance: ((argv: readonly string[], cwd: string) => void) | undefined;
  app.on('second-instance', (_event, argv, cwd) => {
    if (onSecondInstance) onSecondInstance(argv, cwd);
    else pendingSecondInstances.push({ argv, cwd });
  });

  void app.whenReady().then(() => {
    onSecondInstance = startApplication({
      devServerUrl,
      resourcesDir,
      rendererDir: join(__dirname, '../renderer'),
    }).onSecondInstance;
    for (const { argv, cwd } of pendingSecondInstances.splice(0)) onSecondInstance(argv, cwd);
  });
}
