/**
 * Wires the electron-free core to Electron once the app is ready: the ports,
 * the IPC handlers, the application menu, the main window and a clean quit
 * (which removes this session's recovery copy; a crash leaves it for next time).
 */
import { BrowserWindow, app, session } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { registerAllIpc } from '../ipc/register-all';
import type { MainContext } from '../ports';
import { serveRendererOverAppScheme } from './app-protocol';
import { createAppExportRunner, createElectronDialogs, createWindowEventSink, electronShell } from './electron-ports';
import { ipcMainRegistrar } from './ipc-main';
import { installApplicationMenu } from './menu';
import { createSenderCheck } from './protocol-path';
import { hardenSession } from './security';
import { createMainWindow } from './window';

export interface StartOptions {
  /** electron-vite's dev server in development; undefined in a built app. */
  devServerUrl: string | undefined;
  resourcesDir: string;
  rendererDir: string;
}

export function startApplication(options: StartOptions): void {
  hardenSession(session.defaultSession, options.devServerUrl);
  serveRendererOverAppScheme(options.rendererDir);

  const context: MainContext = {
    resourcesDir: options.resourcesDir,
    userDataDir: app.getPath('userData'),
    systemLocale: app.getPreferredSystemLanguages()[0] ?? app.getSystemLocale(),
    now: () => new Date(),
    dialogs: createElectronDialogs(),
    shell: electronShell,
    events: createWindowEventSink(),
    exportRunner: createAppExportRunner(),
  };
  const services = registerAllIpc(ipcMainRegistrar, context, createSenderCheck(options.devServerUrl));

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  const openWindow = () =>
    createMainWindow({
      devServerUrl: options.devServerUrl,
      userDataDir: context.userDataDir,
      services,
      dialogs: context.dialogs,
      events: context.events,
      onCloseAbandoned: () => {
        quitting = false;
      },
    }).on('closed', () => {
      // On macOS closing the last window does not quit; a quit that waited for a save does.
      if (quitting && BrowserWindow.getAllWindows().length === 0) app.quit();
    });

  installApplicationMenu({
    isDev: options.devServerUrl !== undefined,
    recent: services.recent,
    sendCommand: (command: MenuCommand) => {
      // macOS keeps running without windows: a menu command then opens one.
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
      else context.events.send('menuCommand', command);
    },
  });
  openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    // Every window closed without being refused: the session ended cleanly.
    services.recovery.discardOwnSync();
  });
}
