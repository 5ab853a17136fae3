import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFileOwner, tempPathFor, writeFileAtomic } from '../../../../src/main/services/files/atomic-write';
import { isPidAlive, sweepFolders, sweepOrphanedTempFiles } from '../../../../src/main/services/files/temp-sweep';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-sweep-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const DEAD_PID = 999_999_999;

describe('temporary file names', () => {
  it('are hidden, carry the pid and are recognised only when they follow our pattern', () => {
    const temp = path.basename(tempPathFor('/folder/My pack.briefpack', 4242));
    expect(temp).toMatch(/^\.~bpb\.4242\.[0-9a-f]{8}\.tmp$/);
    expect(tempFileOwner(temp)).toBe(4242);
    // Left by an earlier version: still ours.
    expect(tempFileOwner('.My pack.briefpack.briefpack.4242.0123456789ab.tmp')).toBe(4242);
    for (const other of [
      'My pack.briefpack',
      '.notes.txt.4242.0123456789ab.tmp', // no marker
      '.x.briefpack.4242.0123456789ab.tmp.bak',
      '.x.briefpack.abc.0123456789ab.tmp',
      '.x.briefpack.4242.0123456789AB.tmp',
      'x.briefpack.4242.0123456789ab.tmp',
      '.~lock.x.briefpack#',
      '.~bpb.4242.0123abcd.tmp.bak',
      '.~bpb.4242.0123ABCD.tmp',
      '~bpb.4242.0123abcd.tmp',
    ])
      expect(tempFileOwner(other), other).toBeUndefined();
  });
});

describe('sweepOrphanedTempFiles', () => {
  it('removes our temporary files whose process is gone, and nothing else', async () => {
    const orphan = tempPathFor(path.join(dir, 'pack.briefpack'), DEAD_PID);
    const others = ['pack.briefpack', 'notes.tmp', '.pack.briefpack.1.tmp', '.~lock.pack.briefpack#'];
    await writeFile(orphan, 'half a pack');
    for (const name of others) await writeFile(path.join(dir, name), 'keep');
    const report = await sweepOrphanedTempFiles([dir]);
    expect(report).toEqual({ removed: [orphan], kept: [], failed: [] });
    expect((await readdir(dir)).sort()).toEqual([...others].sort());
  });

  it('keeps the temporary file of a save in progress (live pid) unless it is older than the limit', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const live = tempPathFor(path.join(dir, 'settings.json'), child.pid!);
      const own = tempPathFor(path.join(dir, 'recent.json'));
      await writeFile(live, '{');
      await writeFile(own, '{');
      expect(isPidAlive(child.pid!)).toBe(true);
      const first = await sweepOrphanedTempFiles([dir]);
      expect(first.removed).toEqual([]);
      expect(first.kept.sort()).toEqual([live, own].sort());

      const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
      await utimes(live, hourAgo, hourAgo);
      expect((await sweepOrphanedTempFiles([dir])).removed).toEqual([live]);
    } finally {
      child.kill('SIGKILL');
    }
    expect(isPidAlive(DEAD_PID)).toBe(false);
    expect(isPidAlive(0)).toBe(false);
    expect(isPidAlive(-1)).toBe(false);
  });

  it('never follows links or removes folders, and skips folders that do not exist', async () => {
    const outside = path.join(dir, 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, 'precious'), 'keep');
    const sub = path.join(dir, 'sub');
    await mkdir(sub);
    const asLink = path.join(sub, path.basename(tempPathFor('x', DEAD_PID)));
    const asFolder = path.join(sub, path.basename(tempPathFor('y', DEAD_PID)));
    await symlink(path.join(outside, 'precious'), asLink);
    await mkdir(asFolder);
    const report = await sweepOrphanedTempFiles([sub, path.join(dir, 'missing'), path.join(outside, 'precious')]);
    expect(report).toEqual({ removed: [], kept: [], failed: [] });
    expect((await readdir(sub)).length).toBe(2);
  });

  it('leaves nothing behind after a normal atomic write, and sweeps every start-up folder once', async () => {
    await writeFileAtomic(path.join(dir, 'a.json'), Buffer.from('{}'));
    expect(await readdir(dir)).toEqual(['a.json']);
    const userData = path.join(dir, 'user-data');
    expect(sweepFolders(userData, [path.join(dir, 'p', 'a.briefpack'), path.join(dir, 'p', 'b.briefpack')])).toEqual([
      userData,
      path.join(userData, 'recovery'),
      path.join(userData, 'catalogues'),
      path.join(dir, 'p'),
    ]);
  });
});
