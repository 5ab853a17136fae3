/** docs/security.md stays true: what it says about the start-up hardening, and the tests it names exist. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const doc = readFileSync(path.join(root, 'docs/security.md'), 'utf8');

describe('docs/security.md', () => {
  it('says hardenEveryWebContents is called exactly when lifecycle.ts calls it (issue 10, item 12)', () => {
    const lifecycle = readFileSync(path.join(root, 'src/main/app/lifecycle.ts'), 'utf8');
    const called = /^\s*hardenEveryWebContents\(app\);/m.test(lifecycle);
    expect(called).toBe(true);
    expect(doc).not.toMatch(/not yet called/);
    expect(doc).toMatch(/`startApplication` also calls\s+`hardenEveryWebContents\(app\)`/);
  });

  it('names only test files that exist', () => {
    const files = new Set([...doc.matchAll(/`(tests\/[^` ]+\.(?:test|spec)\.tsx?)/g)].map((match) => match[1]!));
    expect(files.size).toBeGreaterThan(10);
    for (const file of files) expect(existsSync(path.join(root, file)), file).toBe(true);
  });
});
