/** The ports of src/main/ports.ts over Electron's dialog, shell and webContents. */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BrowserWindow, dialog, shell } from 'electron';
import { createEventSink } from '../ipc/events';
import type { DialogPort, EventSink, ShellPort, UnsavedChangesAnswer } from '../ports';
import type { ExportRunner } from '../services/export/runner';
import { createWorkerExportRunner } from '../services/export/worker-runner';

/** The window dialogs attach to (as sheets on macOS): the focused one, else any. */
function dialogParent(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export function createElectronDialogs(): DialogPort {
  return {
    async chooseFileToOpen({ title, filters }) {
      const options: Electron.OpenDialogOptions = { title, filters, properties: ['openFile'] };
      const parent = dialogParent();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave({ title, defaultPath, filters }) {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = dialogParent();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async confirmUnsaved(displayName) {
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: `Do you want to save the changes you made to ${displayName}?`,
        detail: "Your changes will be lost if you don't save them.",
      };
      const parent = dialogParent();
      const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      const answers: UnsavedChangesAnswer[] = ['save', 'discard', 'cancel'];
      return answers[response] ?? 'cancel';
    },
  };
}

export const electronShell: ShellPort = {
  showItemInFolder: (path) => shell.showItemInFolder(path),
};

/** Events go to every open window's page (the app has one main window). */
export function createWindowEventSink(): EventSink {
  return createEventSink((channel, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(channel, payload);
    }
  });
}

/** Renders in out/main/export-worker.js, built beside index.js by electron-vite. */
export function createAppExportRunner(): ExportRunner {
  return createWorkerExportRunner({ spawn: () => new Worker(join(__dirname, 'export-worker.js')) });
}
