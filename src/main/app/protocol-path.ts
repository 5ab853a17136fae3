import { isAbsolute, join, normalize, relative } from 'node:path';

/** The renderer is served as app://bundle/… from the built renderer folder, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Maps an app:// URL to a file inside `rootDir`, or undefined when the URL is
 * for another host or its path escapes the root (../, encoded ..%2f, absolute
 * paths). Kept free of electron so the traversal refusal is unit-tested.
 */
export function resolveAppUrlToFile(url: string, rootDir: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const candidate = normalize(join(rootDir, relativePath));
  const fromRoot = relative(rootDir, candidate);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return undefined;
  return candidate;
}

/** Only frames showing our own bundle (or the dev server in development) may call the API. */
export function createSenderCheck(devServerUrl: string | undefined): (senderUrl: string | undefined) => boolean {
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
  return (senderUrl) => {
    if (!senderUrl) return false;
    try {
      const origin = new URL(senderUrl);
      if (origin.protocol === `${APP_SCHEME}:` && origin.host === APP_HOST) return true;
      return devOrigin !== undefined && origin.origin === devOrigin;
    } catch {
      return false;
    }
  };
}
