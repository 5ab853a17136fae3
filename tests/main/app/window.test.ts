/**
 * createMainWindow (src/main/app/window.ts) with electron mocked: BrowserWindow is a
 * fake that records its constructor options, so the test sees the exact
 * webPreferences every main window gets, that its web contents are hardened and
 * that it loads the bundle over app://.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Created {
  options: Electron.BrowserWindowConstructorOptions;
  window: FakeWindow;
}
const created: Created[] = [];

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  reload = vi.fn();
  isDestroyed = () => false;
}

class FakeWindow extends EventEmitter {
  webContents = new FakeWebContents();
  loadedUrls: string[] = [];
  constructor(options: Electron.BrowserWindowConstructorOptions) {
    super();
    created.push({ options, window: this });
  }
  loadURL(url: string) {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  setTitle = vi.fn();
  setDocumentEdited = vi.fn();
  setRepresentedFilename = vi.fn();
  isDestroyed = () => false;
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
  maximize = vi.fn();
  show = vi.fn();
  close = vi.fn();
}

vi.mock('electron', () => {
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  return {
    BrowserWindow: FakeWindow,
    screen: { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
});

const { createMainWindow } = await import('../../../src/main/app/window');
const { secureWebPreferences } = await import('../../../src/main/app/web-preferences');

let userDataDir: string;
beforeEach(() => {
  created.length = 0;
  userDataDir = mkdtempSync(join(tmpdir(), 'window-test-'));
});
afterEach(() => rmSync(userDataDir, { recursive: true, force: true }));

function openWindow(devServerUrl?: string): Created {
  const state = { displayName: 'Untitled', dirty: false, filePath: null };
  const services = {
    documentState: { get: () => state, set: vi.fn(), subscribe: () => () => undefined },
    saveOutcomes: { subscribe: () => () => undefined },
    recovery: { discard: () => Promise.resolve(), startNewSession: vi.fn() },
  };
  createMainWindow({
    devServerUrl,
    userDataDir,
    systemLocale: 'fr-FR',
    services: services as never,
    dialogs: { confirmUnsaved: () => Promise.resolve('cancel') } as never,
    events: { send: vi.fn() } as never,
    onCloseAbandoned: () => undefined,
  });
  expect(created).toHaveLength(1);
  return created[0]!;
}

describe('createMainWindow', () => {
  it('gives the window the secure webPreferences: preload, context isolation, sandbox, no Node', () => {
    const { options } = openWindow();
    const preload = join(__dirname, '../../../src/main/preload/index.js');
    expect(options.webPreferences).toEqual(secureWebPreferences(preload));
    expect(options.webPreferences).toEqual({
      preload,
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
    });
  });

  it('loads the bundle from app://bundle, never file: or http: in a built app', () => {
    const { window } = openWindow();
    expect(window.loadedUrls).toEqual(['app://bundle/index.html']);
  });

  it('hardens the window: navigation prevented, new windows denied', () => {
    const { window } = openWindow();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      window.webContents.emit(name, event, 'https://example.org/');
      expect({ name, prevented: event.preventDefault.mock.calls.length }).toEqual({ name, prevented: 1 });
    }
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});
