/**
 * The main process's request blocker, permission handlers and navigation guards
 * (src/main/app/security.ts), with electron mocked: the real Session and
 * WebContents are replaced by fakes that record the handlers installed on them.
 */
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn((_url: string) => Promise.resolve());
vi.mock('electron', () => ({ shell: { openExternal: (url: string) => openExternal(url) } }));

const { hardenEveryWebContents, hardenSession, hardenWebContents, isExternalLinkAllowed } =
  await import('../../../src/main/app/security');

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheck = (contents: unknown, permission: string) => boolean;

function fakeSession() {
  const handlers: {
    beforeRequest?: BeforeRequest;
    permissionRequest?: PermissionRequest;
    permissionCheck?: PermissionCheck;
    devicePermission?: (details: unknown) => boolean;
  } = {};
  const events = new EventEmitter();
  const session = {
    webRequest: { onBeforeRequest: (listener: BeforeRequest) => (handlers.beforeRequest = listener) },
    setPermissionRequestHandler: (handler: PermissionRequest) => (handlers.permissionRequest = handler),
    setPermissionCheckHandler: (handler: PermissionCheck) => (handlers.permissionCheck = handler),
    setDevicePermissionHandler: (handler: (details: unknown) => boolean) => (handlers.devicePermission = handler),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    on: (event: string, listener: (...args: unknown[]) => void) => events.on(event, listener),
  };
  return { session, handlers, events };
}

function harden(devServerUrl?: string) {
  const fake = fakeSession();
  hardenSession(fake.session as unknown as Electron.Session, devServerUrl);
  const cancelled = (url: string): boolean => {
    let answer: boolean | undefined;
    fake.handlers.beforeRequest!({ url }, (response) => (answer = response.cancel));
    if (answer === undefined) throw new Error(`no answer for ${url}`);
    return answer;
  };
  return { ...fake, cancelled };
}

const NETWORK_URLS = [
  'http://example.org/',
  'https://example.org/x.png',
  'http://127.0.0.1:8080/',
  'http://localhost:5173/src/main.tsx',
  'ws://localhost:5173/',
  'wss://example.org/socket',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'ftp://example.org/file',
  'blob:https://example.org/0f1e',
  'app://other-host/index.html',
  'chrome-extension://abc/script.js',
  'javascript:alert(1)',
  'mailto:someone@example.org',
];

describe('hardenSession: the request blocker', () => {
  it('cancels every network and file request (http, https, ws, wss, file, ftp, blob, other hosts)', () => {
    const { cancelled } = harden();
    for (const url of NETWORK_URLS) expect({ url, cancelled: cancelled(url) }).toEqual({ url, cancelled: true });
  });

  it('lets the app bundle (app://bundle/…) and inline data: images through', () => {
    const { cancelled } = harden();
    for (const url of ['app://bundle/index.html', 'app://bundle/assets/index-1.js', 'data:image/png;base64,AAAA'])
      expect({ url, cancelled: cancelled(url) }).toEqual({ url, cancelled: false });
  });

  it('lets the dev server (and its hot-reload socket) through only when given', () => {
    const dev = harden('http://localhost:5173/');
    expect(dev.cancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(dev.cancelled('ws://localhost:5173/')).toBe(false);
    expect(dev.cancelled('http://localhost:51730/')).toBe(true);
    expect(dev.cancelled('http://localhost:5174/')).toBe(true);
    expect(dev.cancelled('https://example.org/')).toBe(true);
    expect(harden(undefined).cancelled('http://localhost:5173/src/main.tsx')).toBe(true);
  });
});

describe('hardenSession: permissions, downloads and the spellchecker', () => {
  const PERMISSIONS = [
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'geolocation',
    'idle-detection',
    'media',
    'mediaKeySystem',
    'midi',
    'midiSysex',
    'notifications',
    'pointerLock',
    'keyboardLock',
    'openExternal',
    'speaker-selection',
    'storage-access',
    'top-level-storage-access',
    'window-management',
    'unknown',
    'fileSystem',
    'hid',
    'serial',
    'usb',
  ];

  it('denies every permission request', () => {
    const { handlers } = harden();
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      handlers.permissionRequest!({}, permission, (granted) => answers.push(granted));
      expect({ permission, answers }).toEqual({ permission, answers: [false] });
    }
  });

  it('denies every permission check and every device (HID, serial, USB)', () => {
    const { handlers } = harden();
    for (const permission of PERMISSIONS) expect(handlers.permissionCheck!({}, permission)).toBe(false);
    expect(handlers.devicePermission!({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  });

  it('cancels every download', () => {
    const { events } = harden();
    const event = { preventDefault: vi.fn() };
    events.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('turns the spellchecker off and points its dictionary download nowhere', () => {
    const { session } = harden();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledTimes(1);
    const [url] = session.setSpellCheckerDictionaryDownloadURL.mock.calls[0] as [string];
    expect(new URL(url).hostname).toBe('0.0.0.0');
  });
});

type OpenHandler = (details: { url: string }) => { action: string };

function fakeWebContents() {
  const events = new EventEmitter();
  let openHandler: OpenHandler | undefined;
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      events.on(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: OpenHandler) => (openHandler = handler),
  };
  return { contents, events, open: (url: string) => openHandler!({ url }) };
}

describe('hardenWebContents', () => {
  beforeEach(() => openExternal.mockClear());

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'prevents %s',
    (eventName) => {
      const { contents, events } = fakeWebContents();
      hardenWebContents(contents as unknown as Electron.WebContents);
      const event = { preventDefault: vi.fn(), url: 'https://example.org/' };
      events.emit(eventName, event, 'https://example.org/');
      expect(event.preventDefault).toHaveBeenCalledTimes(1);
    },
  );

  it('denies every new window and opens only https and mailto links in the system browser', () => {
    const { contents, open } = fakeWebContents();
    hardenWebContents(contents as unknown as Electron.WebContents);
    const allowed = ['https://www.unodc.org/further-reading', 'mailto:delegation@example.org'];
    const refused = [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://bundle/index.html',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
    ];
    for (const url of [...allowed, ...refused]) expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(allowed);
  });

  it('isExternalLinkAllowed accepts https and mailto only', () => {
    expect(isExternalLinkAllowed('HTTPS://example.org/')).toBe(true);
    expect(isExternalLinkAllowed('mailto:a@example.org')).toBe(true);
    expect(isExternalLinkAllowed(' javascript:alert(1)')).toBe(false);
    expect(isExternalLinkAllowed('http://example.org/')).toBe(false);
  });
});

describe('hardenEveryWebContents', () => {
  it('hardens each web contents as the app creates it', () => {
    const app = new EventEmitter();
    hardenEveryWebContents(app as unknown as Electron.App);
    const { contents, events, open } = fakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const event = { preventDefault: vi.fn() };
    events.emit('will-navigate', event, 'https://example.org/');
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
  });
});
