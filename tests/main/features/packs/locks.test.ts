/**
 * One writer per pack through the IPC handlers: a second window (a second
 * session of this process) and a second instance (a live process holding the
 * lock file) get a clear message naming the file; New, Open and Save As move
 * the window's lock; a lock left by a crash is taken over.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockPathFor, readPackLock } from '../../../../src/main/services/files/pack-locks';
import { type Pack, serialisePack } from '../../../../src/shared/pack';
import { type Harness, createHarness } from '../../support/harness';

/** What open and restore add for a sound pack whose catalogue is here and unchanged. */
const OPENED_CLEAN = { sourceAvailable: true, warnings: [], programmeChanges: [] };

let h: Harness & { filesDir: string; dispose(): Promise<void> };
beforeEach(async () => {
  h = await createHarness({ now: () => new Date('2024-03-05T12:00:00Z') });
});
afterEach(async () => {
  await h.services.packLocks.releaseAll();
  await h.dispose();
});

async function savedPack(name: string, session: Harness = h): Promise<{ pack: Pack; filePath: string }> {
  const pack = { ...(await session.ok('newPack', {})).pack, title: name };
  session.dialogs.queueSave(path.join(h.filesDir, name));
  const saved = await session.ok('savePack', { pack, filePath: null, saveAs: false });
  if ('cancelled' in saved) throw new Error('cancelled');
  return { pack, filePath: saved.filePath };
}

const lockNames = async () => (await readdir(h.filesDir)).filter((name) => name.startsWith('.~lock.')).sort();

describe('two windows of one app', () => {
  it('refuses to open a pack another window has open, until that window starts a new pack', async () => {
    const { pack, filePath } = await savedPack('shared.briefpack');
    const second = h.restart();
    second.dialogs.queueOpen(filePath);
    const refused = await second.ok('openPack', {});
    expect(refused).toEqual({
      inUse: {
        filePath,
        displayName: 'shared.briefpack',
        message:
          'shared.briefpack is already open in another window of this app. Switch to that window, or close the pack there first.',
      },
    });
    // The same window may open its own pack again.
    expect(await h.ok('openPack', { filePath })).toMatchObject({ filePath });

    await h.ok('newPack', {}); // the first window moves on: its lock goes
    expect(await lockNames()).toEqual([]);
    second.dialogs.queueOpen(filePath);
    expect(await second.ok('openPack', {})).toEqual({
      pack,
      filePath,
      displayName: 'shared.briefpack',
      ...OPENED_CLEAN,
    });
    expect(await lockNames()).toEqual(['.~lock.shared.briefpack#']);
    await second.services.packLocks.releaseAll();
  });

  it('refuses Save As over a pack another window has open, leaving that file untouched', async () => {
    const { filePath } = await savedPack('first.briefpack');
    const before = await readFile(filePath);
    const second = h.restart();
    const pack = { ...(await second.ok('newPack', {})).pack, title: 'Overwrite?' };
    second.dialogs.queueSave(filePath);
    const outcomes: string[] = [];
    second.services.saveOutcomes.subscribe((outcome) => outcomes.push(outcome));
    const result = await second.call('savePack', { pack, filePath: null, saveAs: true });
    // The file's name travels with the code, so the app can say it in the interface language.
    expect(result).toMatchObject({ ok: false, code: 'pack-in-use', file: 'first.briefpack' });
    expect(result.ok ? '' : result.message).toBe(
      'first.briefpack is already open in another window of this app. Switch to that window, or close the pack ' +
        'there first. Your changes are still open.',
    );
    expect(outcomes).toEqual(['failed']);
    expect((await readFile(filePath)).equals(before)).toBe(true);
  });
});

describe('two instances', () => {
  it('refuses a pack whose lock a live process on this host holds, naming the file; takes over a dead one', async () => {
    const file = path.join(h.filesDir, 'elsewhere.briefpack');
    await writeFile(file, serialisePack((await h.ok('newPack', {})).pack));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => other.once('exit', resolve));
    const lock = {
      app: 'briefing-pack-builder',
      pid: other.pid,
      hostname: os.hostname(),
      startedAt: '2024-03-05T11:00:00.000Z',
    };
    await writeFile(lockPathFor(file), JSON.stringify(lock));
    const mtimeMs = (await stat(file)).mtimeMs;
    try {
      h.dialogs.queueOpen(file);
      const result = await h.ok('openPack', {});
      expect('inUse' in result ? result.inUse.message : '').toBe(
        `elsewhere.briefpack is already open in another Briefing Pack Builder (process ${other.pid} on ` +
          `${JSON.stringify(os.hostname())}, since 2024-03-05T11:00:00.000Z). Close it there first, or work on a copy of the file.`,
      );
      expect(await readPackLock(file)).toMatchObject({ pid: other.pid });
      expect((await stat(file)).mtimeMs).toBe(mtimeMs);
    } finally {
      other.kill('SIGKILL');
      await exited;
    }
    // The other instance was killed: its lock is stale and taken over.
    h.dialogs.queueOpen(file);
    expect(await h.ok('openPack', {})).toMatchObject({ filePath: file });
    expect(await readPackLock(file)).toMatchObject({ pid: process.pid, hostname: os.hostname() });
  });
});

describe('the window’s lock follows its pack', () => {
  it('Open and Save As move it, a failed open keeps the old one, New and closing the window remove it', async () => {
    const a = await savedPack('a.briefpack');
    expect(await lockNames()).toEqual(['.~lock.a.briefpack#']);
    const b = await savedPack('b.briefpack'); // New then Save: a's lock went with New
    expect(await lockNames()).toEqual(['.~lock.b.briefpack#']);
    h.dialogs.queueOpen(a.filePath);
    await h.ok('openPack', {});
    expect(await lockNames()).toEqual(['.~lock.a.briefpack#']);

    // An open that fails (not a pack) leaves the window on its pack, with its lock.
    const broken = path.join(h.filesDir, 'broken.briefpack');
    await writeFile(broken, '{"format": "nope"}');
    h.dialogs.queueOpen(broken);
    expect(await h.call('openPack', {})).toMatchObject({ ok: false, code: 'invalid-file' });
    expect(await lockNames()).toEqual(['.~lock.a.briefpack#']);

    h.dialogs.queueSave(path.join(h.filesDir, 'c.briefpack'));
    await h.ok('savePack', { pack: a.pack, filePath: a.filePath, saveAs: true });
    expect(await lockNames()).toEqual(['.~lock.c.briefpack#']);
    expect(h.services.packLocks.current).toBe(path.join(h.filesDir, 'c.briefpack'));

    // A lock removed behind our back is put back by the next save.
    await writeFile(lockPathFor(b.filePath), 'x'); // unrelated damaged lock stays as it is
    await rm(lockPathFor(path.join(h.filesDir, 'c.briefpack')));
    await h.ok('savePack', { pack: a.pack, filePath: path.join(h.filesDir, 'c.briefpack'), saveAs: false });
    expect(await lockNames()).toEqual(['.~lock.b.briefpack#', '.~lock.c.briefpack#']);

    await h.services.packLocks.releaseAll(); // the window closed
    expect(await lockNames()).toEqual(['.~lock.b.briefpack#']);
  });
});

describe('Open anyway and Open read-only (issue 10, item 6)', () => {
  async function heldByLiveProcess(name: string) {
    const file = path.join(h.filesDir, name);
    await writeFile(file, serialisePack({ ...(await h.ok('newPack', {})).pack, title: name }));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => other.once('exit', resolve));
    const lock = {
      app: 'briefing-pack-builder',
      pid: other.pid,
      hostname: os.hostname(),
      startedAt: '2024-03-05T11:00:00.000Z',
    };
    await writeFile(lockPathFor(file), JSON.stringify(lock));
    return {
      file,
      pid: other.pid!,
      stop: async () => {
        other.kill('SIGKILL');
        await exited;
      },
    };
  }

  it('Open anyway takes the lock over (it used to block for ever when the pid was reused)', async () => {
    const held = await heldByLiveProcess('held.briefpack');
    try {
      h.dialogs.queueOpen(held.file);
      const first = await h.ok('openPack', {});
      expect(first).toMatchObject({ inUse: { filePath: held.file, displayName: 'held.briefpack' } });
      // The path came from the dialog: it may come back with the user's choice, without another dialog.
      const opened = await h.ok('openPack', { filePath: held.file, whenInUse: 'openAnyway' });
      expect(opened).toMatchObject({ filePath: held.file, displayName: 'held.briefpack' });
      expect(opened).not.toHaveProperty('readOnly');
      expect(await readPackLock(held.file)).toMatchObject({ pid: process.pid });
      expect(h.services.packLocks.current).toBe(held.file);
    } finally {
      await held.stop();
    }
  });

  it('Open read-only leaves the lock to its holder, and Save goes to Save As instead of writing the file', async () => {
    const held = await heldByLiveProcess('held.briefpack');
    try {
      const before = await readFile(held.file);
      h.dialogs.queueOpen(held.file);
      await h.ok('openPack', {});
      const opened = await h.ok('openPack', { filePath: held.file, whenInUse: 'readOnly' });
      expect(opened).toMatchObject({ filePath: held.file, readOnly: true });
      expect(await readPackLock(held.file)).toMatchObject({ pid: held.pid });
      expect(h.services.packLocks.current).toBeNull();
      if (!('pack' in opened)) throw new Error('not opened');

      // Save: the save dialog, not a write; cancelled, nothing is written.
      const cancelled = await h.ok('savePack', { pack: opened.pack, filePath: held.file, saveAs: false });
      expect(cancelled).toEqual({ cancelled: true });
      expect(h.dialogs.calls.at(-1)).toMatchObject({ kind: 'save' });
      expect((await readFile(held.file)).equals(before)).toBe(true);

      // Save As to the same file is refused while the other instance has it; to another file it works.
      h.dialogs.queueSave(held.file);
      expect(await h.call('savePack', { pack: opened.pack, filePath: held.file, saveAs: true })).toMatchObject({
        ok: false,
        code: 'pack-in-use',
      });
      const copy = path.join(h.filesDir, 'copy.briefpack');
      h.dialogs.queueSave(copy);
      expect(await h.ok('savePack', { pack: opened.pack, filePath: held.file, saveAs: false })).toEqual({
        filePath: copy,
        displayName: 'copy.briefpack',
      });
      expect((await readFile(held.file)).equals(before)).toBe(true);
      expect(await readPackLock(copy)).toMatchObject({ pid: process.pid });
    } finally {
      await held.stop();
    }
  });
});
