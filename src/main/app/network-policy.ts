import { APP_SCHEME } from './protocol-path';

/** Schemes a request may use; everything else (http, https, ws, file, ftp…) is cancelled. */
export function isAllowedRequestUrl(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith(`${APP_SCHEME}://`) || url.startsWith('devtools://') || url.startsWith('data:')) return true;
  return devServerUrl !== undefined && url.startsWith(devServerUrl);
}
