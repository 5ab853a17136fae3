/**
 * Wires the electron-free core to Electron once the app is ready: the ports,
 * the IPC handlers, the application menu, the main window and a clean quit
 * (which removes this session's recovery copy and its pack locks; a crash
 * leaves the copy for next time, and its locks and temporary files for the
 * start-up sweep and the stale-lock takeover).
 */
import { BrowserWindow, app, session } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { registerAllIpc } from '../ipc/register-all';
import type { MainContext } from '../ports';
import { sharedPackLockRegistry } from '../services/files/pack-locks';
import { sharedCatalogueLockRegistry } from '../services/catalogue/editing';
import { sweepFolders, sweepOrphanedTempFiles } from '../services/files/temp-sweep';
import { packPathFromArgv } from '../session/command-line';
import type { SessionServices } from '../session/services';
import { serveRendererOverAppScheme } from './app-protocol';
import {
  createAppExportRunner,
  createAppImportRunner,
  createElectronDialogs,
  createWindowEventSink,
  electronShell,
} from './electron-ports';
import { ipcMainRegistrar } from './ipc-main';
import { installApplicationMenu } from './menu';
import { createSenderCheck } from './protocol-path';
import { hardenEveryWebContents, hardenSession } from './security';
import { createMainWindow } from './window';

export interface StartOptions {
  /** electron-vite's dev server in development; undefined in a built app. */
  devServerUrl: string | undefined;
  resourcesDir: string;
  rendererDir: string;
}

/** Removes temporary files left by a killed save, in the user-data folders and the recent packs' folders. */
async function sweepAtStartUp(userDataDir: string, services: SessionServices): Promise<void> {
  const recent = await services.recent.list().catch(() => []);
  const report = await sweepOrphanedTempFiles(
    sweepFolders(
      userDataDir,
      recent.map((entry) => entry.filePath),
    ),
  );
  if (report.removed.length > 0)
    console.info(`[start-up] removed ${report.removed.length} temporary file(s) left by an interrupted save`);
}

/**
 * Opens a pack handed over on the command line: main allows the path (it came from the user, not the page)
 * and asks the renderer to open it as it would from the recent list (with its unsaved-changes prompt).
 */
function openFromCommandLine(services: SessionServices, context: MainContext, packPath: string): void {
  services.files.allowPack(packPath);
  context.events.send('menuCommand', { command: 'openRecent', filePath: packPath });
}

export function startApplication(options: StartOptions): {
  /** A second instance was started (it quits): focus our window and open the pack it was given. */
  onSecondInstance(argv: readonly string[], cwd: string): void;
} {
  // Every web contents (windows, DevTools, anything added later) gets the navigation and window rules.
  hardenEveryWebContents(app);
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
    importRunner: createAppImportRunner(),
  };
  const services = registerAllIpc(ipcMainRegistrar, context, createSenderCheck(options.devServerUrl));
  void sweepAtStartUp(context.userDataDir, services).catch(() => undefined);

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  const openWindow = () =>
    createMainWindow({
      devServerUrl: options.devServerUrl,
      userDataDir: context.userDataDir,
      systemLocale: context.systemLocale,
      services,
      dialogs: context.dialogs,
      events: context.events,
      onCloseAbandoned: () => {
        quitting = false;
      },
    }).on('closed', () => {
      // The window's pack is closed: its lock goes (on macOS the app may keep running without windows).
      void services.packLocks.releaseAll().catch(() => undefined);
      void services.catalogueEditing.releaseAll().catch(() => undefined);
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
  const firstWindow = openWindow();
  const initialPack = packPathFromArgv(process.argv, process.cwd());
  if (initialPack !== undefined)
    firstWindow.webContents.once('did-finish-load', () => openFromCommandLine(services, context, initialPack));

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    // Every window closed without being refused: the session ended cleanly.
    services.recovery.discardOwnSync();
    // Every pack lock this process holds (a crash leaves them; the next open takes a dead pid's lock over).
    sharedPackLockRegistry().releaseAllSync();
    sharedCatalogueLockRegistry().releaseAllSync();
  });

  return {
    onSecondInstance(argv, cwd) {
      const window = BrowserWindow.getAllWindows()[0] ?? openWindow();
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      const packPath = packPathFromArgv(argv, cwd);
      if (packPath !== undefined) openFromCommandLine(services, context, packPath);
    },
  };
}
