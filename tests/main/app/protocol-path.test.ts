import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSenderCheck, resolveAppUrlToFile } from '../../../src/main/app/protocol-path';

const root = '/opt/app/out/renderer';

describe('resolveAppUrlToFile', () => {
  it('maps bundle URLs to files inside the renderer folder', () => {
    expect(resolveAppUrlToFile('app://bundle/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppUrlToFile('app://bundle/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppUrlToFile('app://bundle/assets/index-1.js', root)).toBe(join(root, 'assets/index-1.js'));
  });

  it.each(['app://bundle/../../etc/passwd', 'app://bundle/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser removes dot segments)',
    (url) => {
      expect(resolveAppUrlToFile(url, root)).toBe(join(root, 'etc/passwd'));
    },
  );

  it.each([
    'app://bundle/..%2f..%2fetc%2fpasswd',
    'app://bundle/assets/..%2f..%2f..%2fsecret',
    'app://bundle/%00index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
    'app://bundle/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppUrlToFile(url, root)).toBeUndefined();
  });
});

describe('createSenderCheck', () => {
  it('trusts only the app bundle when there is no dev server', () => {
    const isTrusted = createSenderCheck(undefined);
    expect(isTrusted('app://bundle/index.html')).toBe(true);
    expect(isTrusted('app://elsewhere/index.html')).toBe(false);
    expect(isTrusted('http://localhost:5173/')).toBe(false);
    expect(isTrusted('https://example.org/')).toBe(false);
    expect(isTrusted('file:///tmp/index.html')).toBe(false);
    expect(isTrusted(undefined)).toBe(false);
    expect(isTrusted('')).toBe(false);
  });

  it('also trusts the dev server origin in development', () => {
    const isTrusted = createSenderCheck('http://localhost:5173/');
    expect(isTrusted('http://localhost:5173/index.html')).toBe(true);
    expect(isTrusted('http://localhost:5174/index.html')).toBe(false);
  });
});
