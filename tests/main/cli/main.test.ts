import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectDir = join(__dirname, '../../..');

function briefpack(...args: string[]) {
  return spawnSync(
    process.execPath,
    [join(projectDir, 'node_modules/tsx/dist/cli.mjs'), 'src/main/cli/main.ts', ...args],
    {
      cwd: projectDir,
      encoding: 'utf8',
    },
  );
}

describe('the briefpack process', () => {
  it('exits 0 and prints the catalogue as JSON', () => {
    const result = briefpack('catalogue');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ format: 'briefing-pack-catalogue' });
  });

  it('exits 2 with one line and no stack trace for a user error', () => {
    const result = briefpack('validate', 'no-such-file.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('briefpack validate: no-such-file.json: no such file.\n');
  });
});
