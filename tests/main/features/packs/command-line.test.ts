import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { packPathFromArgv } from '../../../../src/main/session/command-line';

it('finds the existing .briefpack file a (second) instance was started with, relative to its folder', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-argv-'));
  try {
    await writeFile(path.join(dir, 'Brief.BRIEFPACK'), '{}');
    const exe = '/opt/Briefing Pack Builder/briefing-pack-builder';
    expect(packPathFromArgv([exe, '--flag.briefpack', 'Brief.BRIEFPACK'], dir)).toBe(path.join(dir, 'Brief.BRIEFPACK'));
    expect(packPathFromArgv([exe, path.join(dir, 'Brief.BRIEFPACK')], '/')).toBe(path.join(dir, 'Brief.BRIEFPACK'));
    expect(packPathFromArgv([exe, 'missing.briefpack'], dir)).toBeUndefined();
    expect(packPathFromArgv([path.join(dir, 'Brief.BRIEFPACK')], dir)).toBeUndefined(); // argv[0] is the program
    expect(packPathFromArgv([exe, 'notes.txt'], dir)).toBeUndefined();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
