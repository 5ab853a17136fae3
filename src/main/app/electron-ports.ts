/** The ports of src/main/ports.ts over Electron's dialog, shell and webContents. */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BrowserWindow, dialog, shell } from 'electron';
import { createEventSink } from '../ipc/events';
import { listFileNames, nativeDialogText } from '../../shared/i18n/native-dialogs';
import type { DialogPort, EventSink, ShellPort, UnsavedChangesAnswer } from '../ports';
import type { ExportRunner } from '../services/export/runner';
import { createWorkerImportRunner } from '../services/catalogue-import/import-runner';
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
    async confirmUnsaved(displayName, language = 'en') {
      const text = (key: Parameters<typeof nativeDialogText>[1]) => nativeDialogText(language, key);
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        buttons: [text('save'), text('dontSave'), text('cancel')],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: nativeDialogText(language, 'unsavedMessage', { name: displayName }),
        detail: text('unsavedDetail'),
      };
      const parent = dialogParent();
      const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      const answers: UnsavedChangesAnswer[] = ['save', 'discard', 'cancel'];
      return answers[response] ?? 'cancel';
    },
    async confirmReplace({ language, folder, existing, writing }) {
      const files = listFileNames(language, existing);
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        // Cancel is the default: Enter must not replace a file by accident.
        buttons: [nativeDialogText(language, 'replace'), nativeDialogText(language, 'cancel')],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
        message:
          existing.length === 1
            ? nativeDialogText(language, 'replaceOne', { file: existing[0] ?? '', folder })
            : nativeDialogText(language, 'replaceMany', { files, folder }),
        detail: nativeDialogText(language, 'replaceDetail', { files: listFileNames(language, writing) }),
      };
      const parent = dialogParent();
      const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return response === 0;
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

/** Imports in out/main/import-worker.js, built beside index.js by electron-vite. */
export function createAppImportRunner() {
  return createWorkerImportRunner({ spawn: () => new Worker(join(__dirname, 'import-worker.js')) });
}
