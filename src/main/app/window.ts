import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { DialogPort, EventSink } from '../ports';
import { createCloseGuard } from '../session/close-guard';
import { APP_NAME, windowTitle } from '../session/document-state';
import { interfaceLanguage } from '../session/replace-guard';
import type { SessionServices } from '../session/services';
import { MIN_WINDOW_SIZE, placeWindow, readWindowState, writeWindowStateSync } from '../session/window-state';
import { APP_ORIGIN } from './protocol-path';
import { hardenWebContents } from './security';

export interface MainWindowOptions {
  devServerUrl: string | undefined;
  userDataDir: string;
  /** The operating system's locale: the close prompt speaks the interface language it resolves to. */
  systemLocale: string;
  services: SessionServices;
  dialogs: DialogPort;
  events: EventSink;
  /** The close was cancelled (or the save before it did not complete): a quit in progress stops. */
  onCloseAbandoned(): void;
}

/**
 * The main window: placed where it was last time (on a display that is still
 * there), titled after the open document with a dot while it has unsaved
 * changes, and guarded by Save / Don't Save / Cancel when closed with changes.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { services, userDataDir } = options;
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const placement = placeWindow(readWindowState(userDataDir), displays);

  const window = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: APP_NAME,
    // Written out here (not spread from a helper) so Electronegativity can read it; tests/main/app/window.test.ts
    // checks it equals secureWebPreferences(), the baseline of every window.
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(window.webContents);

  const saveState = () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    writeWindowStateSync(userDataDir, { ...bounds, maximized: window.isMaximized() });
  };
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, 1_000);
  };
  window.on('resized', saveSoon);
  window.on('moved', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);

  // The title is ours (document name and dirty dot), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  const showDocumentState = () => {
    const state = services.documentState.get();
    window.setTitle(windowTitle(state));
    if (process.platform === 'darwin') {
      window.setDocumentEdited(state.dirty);
      window.setRepresentedFilename(state.filePath ?? '');
    }
  };
  showDocumentState();

  const guard = createCloseGuard({
    getState: () => services.documentState.get(),
    confirmUnsaved: async (name) =>
      options.dialogs.confirmUnsaved(name, await interfaceLanguage(services.settings, options.systemLocale)),
    requestSave: () => options.events.send('menuCommand', { command: 'save' }),
    close: () => window.close(),
    onAbandoned: options.onCloseAbandoned,
  });
  const unsubscribe = [
    services.documentState.subscribe((state) => {
      showDocumentState();
      guard.onDocumentState(state);
    }),
    services.saveOutcomes.subscribe((outcome) => guard.onSaveOutcome(outcome)),
  ];

  window.on('close', (event) => {
    if (!guard.onCloseRequested()) {
      event.preventDefault();
      return;
    }
    clearTimeout(saveTimer);
    saveState();
  });
  window.on('closed', () => {
    unsubscribe.forEach((stop) => stop());
    // Closed through the guard: saved, clean or "Don't Save". The copy is no longer needed (on macOS the
    // app keeps running, so this does not wait for the quit).
    void services.recovery.discard().catch(() => undefined);
  });

  // A crashed page loses its unsaved edits, but not the recovery copy: leave that copy for the
  // reloaded page to offer (as if from a crashed session) and continue under a new session id.
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    console.error(`[window] the page stopped (${details.reason}); reloading it`);
    services.recovery.startNewSession(randomUUID());
    services.documentState.set({ ...services.documentState.get(), dirty: false });
    if (!window.isDestroyed()) window.webContents.reload();
  });

  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
