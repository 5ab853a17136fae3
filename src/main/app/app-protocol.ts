import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME, resolveAppUrlToFile } from './protocol-path';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Must run before the app is ready. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * The app:// handler: a file inside `rendererDir` with the CSP on every response, or 404.
 * Files are read directly (not through net.fetch of a file: URL), so serving the
 * bundle never depends on the request blocker letting file: through.
 */
export async function respondToAppRequest(url: string, rendererDir: string): Promise<Response> {
  const headers = new Headers({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  });
  const file = resolveAppUrlToFile(url, rendererDir);
  if (!file) return new Response('Not found', { status: 404, headers });
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
  headers.set('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  return new Response(new Uint8Array(body), { status: 200, headers });
}

/** Serves the built renderer from `rendererDir`, refusing any path outside it. */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request.url, rendererDir));
}
