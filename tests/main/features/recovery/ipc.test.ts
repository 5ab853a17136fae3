import { readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pack } from '../../../../src/shared/pack';
import { type Harness, createHarness } from '../../support/harness';

/** What open and restore add for a sound pack whose catalogue is here and unchanged. */
const OPENED_CLEAN = { sourceAvailable: true, warnings: [], programmeChanges: [] };

let clock = Date.parse('2024-03-05T12:00:00Z');
const now = () => new Date(clock);
let h: Harness & { filesDir: string; dispose(): Promise<void> };
beforeEach(async () => {
  clock = Date.parse('2024-03-05T12:00:00Z');
  h = await createHarness({ now, sessionId: 'session-one' });
});
afterEach(async () => {
  await h.dispose();
});

const recoveryDir = () => path.join(h.userDataDir, 'recovery');

async function editedPack(title: string): Promise<Pack> {
  return { ...(await h.ok('newPack', {})).pack, title };
}

describe('recovery', () => {
  it('writes one copy per session, atomically, with the pack, file path, name and time', async () => {
    const first = await h.ok('writeRecovery', {
      pack: await editedPack('v1'),
      filePath: null,
      displayName: 'Untitled',
    });
    clock += 5_000;
    const second = await h.ok('writeRecovery', {
      pack: await editedPack('v2'),
      filePath: null,
      displayName: 'Untitled',
    });
    expect(second.savedAt > first.savedAt).toBe(true);
    expect(await readdir(recoveryDir())).toEqual(['session-one.json']);
    const copy = JSON.parse(await readFile(path.join(recoveryDir(), 'session-one.json'), 'utf8'));
    expect(copy).toMatchObject({
      format: 'briefing-pack-recovery',
      sessionId: 'session-one',
      savedAt: '2024-03-05T12:00:05.000Z',
      filePath: null,
      displayName: 'Untitled',
      pack: { title: 'v2' },
    });
    // A session does not offer its own copy.
    expect(await h.ok('listRecovery', {})).toEqual([]);
  });

  it('after a crash, the next session lists the copy, restores it and saves it where it came from', async () => {
    h.dialogs.queueSave(path.join(h.filesDir, 'brief.briefpack'));
    const saved = await h.ok('savePack', { pack: await editedPack('saved'), filePath: null, saveAs: false });
    if ('cancelled' in saved) throw new Error('cancelled');
    // The saved file is older than the edits that follow.
    await utimes(saved.filePath, new Date(clock - 60_000), new Date(clock - 60_000));
    const unsaved = await editedPack('edited after saving');
    await h.ok('writeRecovery', {
      pack: unsaved,
      filePath: saved.filePath,
      displayName: 'brief.briefpack',
    });
    // …and the app crashes: no discard. The next start is a new session.
    clock += 60_000;
    const next = h.restart({ sessionId: 'session-two' });
    const listed = await next.ok('listRecovery', {});
    expect(listed).toEqual([
      {
        id: 'session-one',
        displayName: 'brief.briefpack',
        // The pack's own title, so the prompt names it as the user does.
        title: 'edited after saving',
        filePath: saved.filePath,
        savedAt: '2024-03-05T12:00:00.000Z',
        newerThanFile: true,
      },
    ]);
    const restored = await next.ok('restoreRecovery', { id: 'session-one' });
    expect(restored).toEqual({
      pack: unsaved,
      filePath: saved.filePath,
      displayName: 'brief.briefpack',
      ...OPENED_CLEAN,
    });
    // The copy is now the new session's own: still safe if this session crashes too.
    expect(await readdir(recoveryDir())).toEqual(['session-two.json']);
    expect(await next.ok('listRecovery', {})).toEqual([]);
    // Its file path came from main, so saving back to it needs no dialog.
    expect(await next.ok('savePack', { pack: restored.pack, filePath: saved.filePath, saveAs: false })).toEqual({
      filePath: saved.filePath,
      displayName: 'brief.briefpack',
    });
    expect(next.dialogs.calls).toEqual([]);
    await next.ok('discardRecovery', {});
    expect(await readdir(recoveryDir())).toEqual([]);
  });

  it('marks a copy older than its saved file as not newer', async () => {
    const file = path.join(h.filesDir, 'kept.briefpack');
    h.dialogs.queueSave(file);
    await h.ok('savePack', { pack: await editedPack('x'), filePath: null, saveAs: false });
    await h.ok('writeRecovery', { pack: await editedPack('x'), filePath: file, displayName: 'kept.briefpack' });
    await utimes(file, new Date(clock + 60_000), new Date(clock + 60_000));
    const [entry] = await h.restart({ sessionId: 'later' }).ok('listRecovery', {});
    expect(entry).toMatchObject({ id: 'session-one', newerThanFile: false });
  });

  it('lists copies newest first, skipping damaged ones, and discards one by id', async () => {
    await h.ok('writeRecovery', { pack: await editedPack('a'), filePath: null, displayName: 'A' });
    clock += 1_000;
    const other = h.restart({ sessionId: 'session-b' });
    await other.ok('writeRecovery', { pack: await editedPack('b'), filePath: null, displayName: 'B' });
    await writeFile(path.join(recoveryDir(), 'damaged.json'), '{"format":"briefing-pack-recovery",');
    await writeFile(path.join(recoveryDir(), 'notes.txt'), 'not a copy');
    const third = h.restart({ sessionId: 'session-c' });
    expect((await third.ok('listRecovery', {})).map((e) => e.displayName)).toEqual(['B', 'A']);
    await third.ok('discardRecovery', { id: 'session-b' });
    expect((await third.ok('listRecovery', {})).map((e) => e.id)).toEqual(['session-one']);
  });

  it('refuses unknown, own, malformed and path-like ids as values', async () => {
    await h.ok('writeRecovery', { pack: await editedPack('a'), filePath: null, displayName: 'A' });
    expect(await h.call('restoreRecovery', { id: 'session-one' })).toMatchObject({ code: 'invalid-request' });
    const next = h.restart({ sessionId: 'two' });
    expect(await next.call('restoreRecovery', { id: 'nope' })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await next.call('restoreRecovery', { id: '../settings' })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await next.call('restoreRecovery', {})).toMatchObject({ ok: false, code: 'invalid-request' });
    await next.ok('discardRecovery', { id: '../../etc/passwd' });
    expect(await readdir(recoveryDir())).toEqual(['session-one.json']);
  });

  it('a clean quit removes the own copy and ignores a write that arrives later', async () => {
    await h.ok('writeRecovery', { pack: await editedPack('a'), filePath: null, displayName: 'A' });
    h.services.recovery.discardOwnSync();
    await h.ok('writeRecovery', { pack: await editedPack('late'), filePath: null, displayName: 'A' });
    expect(await readdir(recoveryDir())).toEqual([]);
  });

  it('after a renderer crash, the reloaded page is offered the copy it left', async () => {
    await h.ok('writeRecovery', { pack: await editedPack('before the crash'), filePath: null, displayName: 'A' });
    h.services.recovery.startNewSession('session-one-reloaded');
    expect(h.services.sessionId).toBe('session-one-reloaded');
    expect((await h.ok('listRecovery', {})).map((e) => e.id)).toEqual(['session-one']);
  });

  it('refuses a copy that names a file main never handed out (issue 10, item 5)', async () => {
    const elsewhere = path.join(h.filesDir, 'elsewhere.briefpack');
    const result = await h.call('writeRecovery', {
      pack: await editedPack('x'),
      filePath: elsewhere,
      displayName: 'x',
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(result.ok ? '' : result.message).toBe(
      'elsewhere.briefpack was not opened or saved in this app, so the recovery copy cannot refer to it.',
    );
    expect(await readdir(h.filesDir)).toEqual([]);
  });

  it('restores a copy whose path main does not know without that path, so Save asks where (issue 10, item 5)', async () => {
    // A copy planted in the recovery folder (by a page of an earlier version, or by hand), naming any file.
    const target = path.join(h.filesDir, 'planted.briefpack');
    await writeFile(target, 'the user’s own file');
    await h.ok('writeRecovery', { pack: await editedPack('planted'), filePath: null, displayName: 'planted' });
    const file = path.join(recoveryDir(), 'session-one.json');
    await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), filePath: target }));

    const next = h.restart({ sessionId: 'session-two' });
    // Listing no longer allow-lists the paths it shows.
    expect((await next.ok('listRecovery', {}))[0]).toMatchObject({ id: 'session-one', filePath: target });
    const restored = await next.ok('restoreRecovery', { id: 'session-one' });
    expect(restored).toMatchObject({ filePath: null, displayName: 'planted' });
    // The page sends the planted path anyway: main shows the save dialog (cancelled) and writes nothing.
    expect(await next.ok('savePack', { pack: restored.pack, filePath: target, saveAs: false })).toEqual({
      cancelled: true,
    });
    expect(next.dialogs.calls).toHaveLength(1);
    expect(await readFile(target, 'utf8')).toBe('the user’s own file');
  });
});
