import { APP_ORIGIN } from './protocol-path';

/**
 * The request blocker's rule (session.webRequest.onBeforeRequest): only the app's
 * own bundle (app://bundle/…), inline data: images, DevTools' own pages and, in
 * development only, electron-vite's dev server. Everything else (http, https, ws,
 * wss, file, ftp, other app:// hosts…) is cancelled.
 */
export function isAllowedRequestUrl(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://') || url.startsWith('data:')) return true;
  if (devServerUrl === undefined) return false;
  try {
    const dev = new URL(devServerUrl);
    const candidate = new URL(url);
    // Same host and port; the dev server's hot reload uses ws: beside http:.
    const sameScheme =
      candidate.protocol === dev.protocol || (dev.protocol === 'http:' && candidate.protocol === 'ws:');
    return sameScheme && candidate.host === dev.host;
  } catch {
    return false;
  }
}
