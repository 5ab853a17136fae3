/**
 * The app:// handler (src/main/app/app-protocol.ts) with electron mocked: the
 * callback given to protocol.handle is captured and called with real Requests over
 * a temporary renderer folder with a secret file beside it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/app/csp';

const handlers = new Map<string, (request: Request) => Promise<Response>>();
const privileged: unknown[] = [];
const netFetch = vi.fn();

vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler),
    registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes),
  },
  net: { fetch: netFetch },
}));

const { registerAppSchemeAsPrivileged, serveRendererOverAppScheme } =
  await import('../../../src/main/app/app-protocol');

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  serveRendererOverAppScheme(rendererDir);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function get(url: string): Promise<{ status: number; body: string; headers: Headers }> {
  const handler = handlers.get('app');
  if (!handler) throw new Error('no app:// handler');
  const response = await handler(new Request(url));
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe('registerAppSchemeAsPrivileged', () => {
  it('registers app:// as a standard, secure scheme (no bypassCSP, no CORS bypass)', () => {
    registerAppSchemeAsPrivileged();
    expect(privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('the app:// protocol.handle callback', () => {
  it('serves files of the bundle with the CSP, nosniff and a content type, without net.fetch', async () => {
    const page = await get('app://bundle/index.html');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const script = await get('app://bundle/assets/index-1.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(netFetch).not.toHaveBeenCalled();
  });

  it.each([
    'app://bundle/..%2fsecret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/%00index.html',
    'app://bundle/missing.js',
    'app://bundle/assets',
    'app://other/index.html',
    'app://bundle/%E0%A4%A',
  ])('answers 404 to %s, never a file outside the bundle', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('TOP SECRET');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keeps dot segments inside the bundle (the URL parser removes them before the handler)', async () => {
    const response = await get('app://bundle/../../secret.txt');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('TOP SECRET');
  });
});
