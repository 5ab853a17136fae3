/**
 * electron-builder.yml cannot be built here (no Electron binary, no network), so this
 * checks what it promises: the recommended fuses, asar, the resources folder where
 * src/main/index.ts looks for it, and the four installer targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');

/** The `key: value` lines of one top-level block (two-space indented). */
function block(name: string): Map<string, string> {
  const start = config.indexOf(`\n${name}:\n`);
  expect(start, `${name}: block`).toBeGreaterThanOrEqual(0);
  const entries = new Map<string, string>();
  for (const line of config.slice(start + name.length + 3).split('\n')) {
    if (!line.startsWith('  ')) break;
    const match = /^ {2}(\w+): (.+)$/.exec(line);
    if (match) entries.set(match[1]!, match[2]!.trim());
  }
  return entries;
}

describe('electron-builder.yml', () => {
  it('flips the recommended fuses', () => {
    expect(Object.fromEntries(block('electronFuses'))).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
      loadBrowserProcessSpecificV8Snapshot: 'false',
    });
  });

  it('packs the app into asar and copies resources/ to process.resourcesPath/resources', () => {
    expect(config).toMatch(/^asar: true$/m);
    expect(config).toMatch(/^extraResources:\n {2}- from: resources\n {4}to: resources$/m);
    const index = readFileSync(join(root, 'src/main/index.ts'), 'utf8');
    expect(index).toContain("join(process.resourcesPath, 'resources')");
    expect(config).toMatch(/^files:\n {2}- out\/\*\*$/m);
  });

  it('builds AppImage and deb, NSIS and dmg, and publishes nothing', () => {
    expect(config).toMatch(/^linux:\n {2}target:\n {4}- AppImage\n {4}- deb$/m);
    expect(config).toMatch(/^win:\n {2}target:\n {4}- nsis$/m);
    expect(config).toMatch(/^mac:\n {2}target:\n {4}- dmg$/m);
    expect(config).toMatch(/^publish: null$/m);
  });
});
