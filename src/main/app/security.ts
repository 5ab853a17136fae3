import { type App, type Session, type WebContents, shell } from 'electron';
import { isAllowedRequestUrl } from './network-policy';

/**
 * Session-wide rules: block the network, deny every permission (and device access),
 * no downloads, no spellchecker dictionary downloads.
 */
export function hardenSession(session: Session, devServerUrl: string | undefined): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, devServerUrl) });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  session.setSpellCheckerEnabled(false);
}

/** The only links handed to the operating system: https pages and mailto addresses. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Per-window rules: no navigation away from the bundle, no webviews, no new windows. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links the user clicks (further readings) open in the system browser, only https/mailto.
    if (isExternalLinkAllowed(url)) void shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/**
 * Applies hardenWebContents to every web contents the app ever creates (windows,
 * DevTools, anything added later), not only the ones created through window.ts.
 */
export function hardenEveryWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
