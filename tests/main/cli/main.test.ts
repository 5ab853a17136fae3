import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectDir = join(__dirname, '../../..');

/** What `npm run briefpack --` runs: the launcher, which runs the built CLI (building it when stale). */
function briefpack(...args: string[]) {
  return spawnSync(process.execPath, [join(projectDir, 'scripts/briefpack.mjs'), ...args], {
    cwd: projectDir,
    encoding: 'utf8',
  });
}

describe('the briefpack process', () => {
  it('exits 0 and prints the catalogue as JSON', () => {
    const result = briefpack('catalogue');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ format: 'briefing-pack-catalogue' });
  });

  it('exits 2 with one line and no stack trace for a user error', () => {
    const result = briefpack('validate', 'no-such-file.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('briefpack validate: no-such-file.json: no such file.\n');
  });

  it('runs plain Node, not TypeScript compiled at start (issue 11, section 5)', () => {
    const scripts = (
      JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['briefpack']).toBe('node scripts/briefpack.mjs');
    expect(scripts['demo']).toBe('node scripts/briefpack.mjs demo');
    expect(scripts['prepare']).toBe('node scripts/copy-fonts.mjs && node scripts/build-cli.mjs');
    // The bundle is JavaScript that requires no TypeScript loader.
    const bundle = readFileSync(join(projectDir, 'dist-cli/briefpack.cjs'), 'utf8');
    expect(bundle).not.toMatch(/require\("(tsx|typescript)/);
    // --help loads neither the PDF nor the DOCX library.
    const probe = spawnSync(
      process.execPath,
      [
        '-e',
        `process.argv.splice(1, 0, 'briefpack', '--help'); require(${JSON.stringify(join(projectDir, 'dist-cli/briefpack.cjs'))});
         process.on('exit', () => process.stderr.write(Object.keys(require.cache).filter((p) => /node_modules\\/(pdfmake|docx)\\//.test(p)).length + '\\n'));`,
      ],
      { encoding: 'utf8' },
    );
    expect(probe.stdout).toMatch(/^Usage: briefpack <command>/);
    expect(probe.stderr).toBe('0\n');
  });
});
