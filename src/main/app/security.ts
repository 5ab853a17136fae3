import { type Session, type WebContents, shell } from 'electron';
import { isAllowedRequestUrl } from './network-policy';

/** Session-wide rules: block the network, deny every permission, no spellchecker downloads. */
export function hardenSession(session: Session, devServerUrl: string | undefined): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, devServerUrl) });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  session.setSpellCheckerEnabled(false);
}

/** Per-window rules: no navigation away from the bundle, no new windows. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links the user clicks (further readings) open in the system browser, only https/mailto.
    if (/^(https:|mailto:)/i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
