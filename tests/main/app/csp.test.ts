import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/app/csp';
import { isAllowedRequestUrl } from '../../../src/main/app/network-policy';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe('Content Security Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows nothing but the app bundle: no inline or eval script, no network', () => {
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is the same in index.html (less frame-ancestors, which a meta tag cannot set)', () => {
    const html = readFileSync(join(__dirname, '../../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = new Map(policy);
    expected.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(expected);
  });
});

describe('isAllowedRequestUrl', () => {
  it('lets the app bundle through and blocks the network', () => {
    expect(isAllowedRequestUrl('app://bundle/index.html', undefined)).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', undefined)).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'file:///etc/passwd',
      'ftp://example.org/',
    ])
      expect(isAllowedRequestUrl(url, undefined)).toBe(false);
  });

  it('lets the dev server through only in development', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', undefined)).toBe(false);
  });
});
