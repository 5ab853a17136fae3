import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OTHER_HOST_LOCK_STALE_MS,
  type PackLockOwner,
  createPackLockRegistry,
  createSessionPackLocks,
  lockPathFor,
  readPackLock,
} from '../../../../src/main/services/files/pack-locks';
import { linuxProcessStart } from '../../../../src/main/services/files/lock-file';

let dir: string;
let pack: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-locks-'));
  pack = path.join(dir, 'Vienna brief.briefpack');
  await writeFile(pack, '{}');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = new Date('2024-03-05T12:00:00Z');
const quiet = { warn: () => undefined, now: () => NOW };
const DEAD_PID = 999_999_999;

function lockOf(owner: Partial<PackLockOwner>): string {
  return JSON.stringify({
    app: 'briefing-pack-builder',
    pid: DEAD_PID,
    hostname: os.hostname(),
    startedAt: NOW.toISOString(),
    ...owner,
  });
}

/** A process that is alive while the test runs (another instance of the app, as far as the lock is concerned). */
function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    pid: child.pid!,
    /** Resolves once the process is gone (reaped), so its pid no longer counts as alive. */
    stop: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

describe('the lock file beside a pack', () => {
  it('is .~lock.<name># with pid, host and time; created on claim and removed on release', async () => {
    expect(lockPathFor(pack)).toBe(path.join(dir, '.~lock.Vienna brief.briefpack#'));
    const registry = createPackLockRegistry(quiet);
    expect(await registry.claim('w1', pack)).toEqual({ ok: true, data: undefined });
    expect(await readPackLock(pack)).toEqual({
      app: 'briefing-pack-builder',
      pid: process.pid,
      hostname: os.hostname(),
      startedAt: NOW.toISOString(),
      ...(process.platform === 'linux' ? { processStart: linuxProcessStart(process.pid) } : {}),
    });
    await registry.release('w1', pack);
    expect(await readdir(dir)).toEqual(['Vienna brief.briefpack']);
  });

  it('refuses a pack another live process holds on this host, naming the file and the holder', async () => {
    const other = liveProcess();
    try {
      await writeFile(lockPathFor(pack), lockOf({ pid: other.pid }));
      const result = await createPackLockRegistry(quiet).claim('w1', pack);
      expect(result).toMatchObject({ ok: false, code: 'in-use' });
      expect(result.ok ? '' : result.message).toBe(
        `Vienna brief.briefpack is already open in another Briefing Pack Builder (process ${other.pid} on ` +
          `${JSON.stringify(os.hostname())}, since ${NOW.toISOString()}). Close it there first, or work on a copy of the file.`,
      );
      // The other process's lock is left exactly as it was.
      expect(JSON.parse(await readFile(lockPathFor(pack), 'utf8'))).toMatchObject({ pid: other.pid });
    } finally {
      await other.stop();
    }
  });

  it('takes over a lock whose process is gone', async () => {
    await writeFile(lockPathFor(pack), lockOf({ pid: DEAD_PID }));
    expect((await createPackLockRegistry(quiet).claim('w1', pack)).ok).toBe(true);
    expect(await readPackLock(pack)).toMatchObject({ pid: process.pid });
  });

  it('respects a lock from another host for 12 hours, then takes it over', async () => {
    const startedAt = new Date(NOW.getTime() - OTHER_HOST_LOCK_STALE_MS + 60_000).toISOString();
    await writeFile(lockPathFor(pack), lockOf({ hostname: 'other-laptop', pid: process.pid, startedAt }));
    const fresh = await createPackLockRegistry(quiet).claim('w1', pack);
    expect(fresh.ok ? '' : fresh.message).toContain('on "other-laptop"');
    const later = createPackLockRegistry({ ...quiet, now: () => new Date(NOW.getTime() + 120_000) });
    expect((await later.claim('w1', pack)).ok).toBe(true);
    expect(await readPackLock(pack)).toMatchObject({ hostname: os.hostname(), pid: process.pid });
  });

  it('takes an empty or damaged lock over at once: locks are written whole, so no one is writing it', async () => {
    // A process killed between creating its lock and writing it used to leave 0 bytes that blocked for 10 s.
    for (const content of ['', '{"pid": 12']) {
      await writeFile(lockPathFor(pack), content);
      const registry = createPackLockRegistry(quiet);
      expect(await registry.claim('w1', pack)).toEqual({ ok: true, data: undefined });
      expect(await readPackLock(pack)).toMatchObject({ pid: process.pid });
      await registry.release('w1', pack);
    }
  });

  it('takes over a lock whose pid now belongs to an unrelated live process (another start)', async () => {
    const other = liveProcess();
    try {
      await writeFile(lockPathFor(pack), lockOf({ pid: other.pid, processStart: 'some-boot:12345' }));
      const registry = createPackLockRegistry({
        ...quiet,
        processStart: (pid) => (pid === other.pid ? 'some-boot:99999' : undefined),
      });
      expect((await registry.claim('w1', pack)).ok).toBe(true);
      expect(await readPackLock(pack)).toMatchObject({ pid: process.pid });
    } finally {
      await other.stop();
    }
  });

  it('respects a live holder whose start matches, as the system reports it', async () => {
    const other = liveProcess();
    try {
      const start = linuxProcessStart(other.pid) ?? 'boot:1';
      await writeFile(lockPathFor(pack), lockOf({ pid: other.pid, processStart: start }));
      const registry = createPackLockRegistry({
        ...quiet,
        processStart: (pid) => (pid === other.pid ? start : undefined),
      });
      expect(await registry.claim('w1', pack)).toMatchObject({ ok: false, code: 'in-use' });
      if (process.platform === 'linux') {
        // The real /proc reading agrees: the lock a live process wrote for itself holds.
        expect((await createPackLockRegistry(quiet).claim('w1', pack)).ok).toBe(false);
      }
    } finally {
      await other.stop();
    }
  });

  it('takes a live lock over when asked to ("Open anyway"), whoever holds it', async () => {
    const other = liveProcess();
    try {
      await writeFile(lockPathFor(pack), lockOf({ pid: other.pid }));
      const registry = createPackLockRegistry(quiet);
      expect((await registry.claim('w1', pack)).ok).toBe(false);
      expect(await registry.claim('w1', pack, 'takeOver')).toEqual({ ok: true, data: undefined });
      expect(await readPackLock(pack)).toMatchObject({ pid: process.pid });
      // Another window of this app, too: the window that had it can no longer save to it.
      expect(await registry.claim('w2', pack, 'takeOver')).toEqual({ ok: true, data: undefined });
      expect(registry.holderOf(pack)).toBe('w2');
      expect((await registry.claim('w1', pack)).ok).toBe(false);
      await registry.release('w2', pack);
      expect(await readdir(dir)).toEqual(['Vienna brief.briefpack']);
    } finally {
      await other.stop();
    }
  });

  it('leaves no temporary file beside the pack after creating a lock', async () => {
    const registry = createPackLockRegistry(quiet);
    await registry.claim('w1', pack);
    expect((await readdir(dir)).sort()).toEqual(['.~lock.Vienna brief.briefpack#', 'Vienna brief.briefpack']);
    await registry.release('w1', pack);
  });

  it("never removes someone else's lock on release, and release of our own is synchronous on quit", async () => {
    const registry = createPackLockRegistry(quiet);
    await registry.claim('w1', pack);
    const other = liveProcess();
    try {
      // Someone took the pack over (say our lock was deleted by hand): releasing must not undo their lock.
      await writeFile(lockPathFor(pack), lockOf({ pid: other.pid }));
      await registry.release('w1', pack);
      expect(await readPackLock(pack)).toMatchObject({ pid: other.pid });
    } finally {
      await other.stop();
    }
    const second = path.join(dir, 'second.briefpack');
    const third = createPackLockRegistry(quiet);
    await third.claim('w1', second);
    expect((await third.claim('w2', pack)).ok).toBe(true); // the dead "other" process's lock is taken over
    third.releaseAllSync();
    expect((await readdir(dir)).sort()).toEqual(['Vienna brief.briefpack']);
    expect(third.holderOf(pack)).toBeUndefined();
  });

  it('still opens a pack in a folder where no lock can be written, with a warning', async () => {
    const warnings: string[] = [];
    const registry = createPackLockRegistry({ ...quiet, warn: (message) => warnings.push(message) });
    expect((await registry.claim('w1', path.join(dir, 'missing-folder', 'x.briefpack'))).ok).toBe(true);
    expect(warnings).toEqual(['no lock file could be created for x.briefpack (ENOENT)']);
  });
});

describe('windows of one app', () => {
  it('refuses a pack another window has open, and lets it go when that window moves on', async () => {
    const registry = createPackLockRegistry(quiet);
    const first = createSessionPackLocks(registry, 'w1');
    const second = createSessionPackLocks(registry, 'w2');
    expect((await first.claim(pack)).ok).toBe(true);
    await first.switchTo(pack);
    // The same window may open it again (reload); another window may not.
    expect((await first.claim(pack)).ok).toBe(true);
    const refused = await second.claim(pack);
    expect(refused).toEqual({
      ok: false,
      code: 'in-use',
      message:
        'Vienna brief.briefpack is already open in another window of this app. Switch to that window, or close the pack there first.',
    });
    expect(registry.holderOf(pack)).toBe('w1');
    // Two windows claiming at the same moment: exactly one wins.
    const other = path.join(dir, 'race.briefpack');
    const race = await Promise.all([first.claim(other), second.claim(other)]);
    expect(race.map((r) => r.ok).sort()).toEqual([false, true]);
    await first.abandon(other);
    await second.abandon(other);

    await first.switchTo(null); // New
    expect(first.current).toBeNull();
    expect(await readdir(dir)).toEqual(['Vienna brief.briefpack']);
    expect((await second.claim(pack)).ok).toBe(true);
    await second.switchTo(pack);
    await second.releaseAll(); // the window closed
    expect(registry.packsOf('w2')).toEqual([]);
    expect(await readdir(dir)).toEqual(['Vienna brief.briefpack']);
  });
});
