/**
 * The lock file beside a pack, `.~lock.<name>#` (LibreOffice's convention),
 * holding JSON `{ app, pid, hostname, startedAt, processStart }`. It is written
 * whole or not at all (a temporary file hard-linked into place), so a lock is
 * never seen half-written; an empty or unreadable one was left by something
 * else and counts as stale. `processStart` (Linux: boot id and the process's
 * start tick) tells a live holder from an unrelated process that reused its pid.
 */
import { readFileSync } from 'node:fs';
import { link, lstat, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { tempPathFor } from './atomic-write';

export const LOCK_APP_ID = 'briefing-pack-builder';
/** A lock from another host cannot be checked; after this long it is taken to be left by a crash. */
export const OTHER_HOST_LOCK_STALE_MS = 12 * 60 * 60 * 1000;

export interface PackLockOwner {
  app: typeof LOCK_APP_ID;
  pid: number;
  hostname: string;
  startedAt: string;
  /** Identifies the holding process beyond its pid, where the system says (Linux); absent in older locks. */
  processStart?: string;
}

/** `/folder/.~lock.pack.briefpack#` for `/folder/pack.briefpack`. */
export function lockPathFor(packPath: string): string {
  return join(dirname(resolve(packPath)), `.~lock.${basename(packPath)}#`);
}

export type LockFileState = { kind: 'missing' } | { kind: 'owner'; owner: PackLockOwner } | { kind: 'unreadable' };

export function parseOwner(text: string): PackLockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<PackLockOwner> | null;
    if (
      value !== null &&
      typeof value === 'object' &&
      Number.isInteger(value.pid) &&
      typeof value.hostname === 'string' &&
      typeof value.startedAt === 'string' &&
      !Number.isNaN(Date.parse(value.startedAt))
    )
      return {
        app: LOCK_APP_ID,
        pid: value.pid!,
        hostname: value.hostname,
        startedAt: value.startedAt,
        ...(typeof value.processStart === 'string' ? { processStart: value.processStart } : {}),
      };
  } catch {
    // falls through: not a lock we can read
  }
  return undefined;
}

export async function readLockFile(lockPath: string): Promise<LockFileState> {
  try {
    const info = await lstat(lockPath);
    if (!info.isFile()) return { kind: 'unreadable' };
    const owner = parseOwner(await readFile(lockPath, 'utf8'));
    return owner ? { kind: 'owner', owner } : { kind: 'unreadable' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable' };
  }
}

/** Who holds the lock beside `packPath`, if anyone (a damaged lock file gives undefined too). */
export async function readPackLock(packPath: string): Promise<PackLockOwner | undefined> {
  const state = await readLockFile(lockPathFor(packPath));
  return state.kind === 'owner' ? state.owner : undefined;
}

let bootId: string | undefined | null = null;

/**
 * "boot id:start tick" of a process on Linux (/proc), undefined elsewhere or when it is gone. Two
 * processes with the same pid, one after the other, never share it.
 */
export function linuxProcessStart(pid: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    if (bootId === null) bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold anything: state is field 3,
    // starttime field 22.
    const startTick = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return startTick ? `${bootId ?? ''}:${startTick}` : undefined;
  } catch {
    return undefined;
  }
}

export interface StaleCheck {
  hostname: string;
  now: Date;
  isPidAlive: (pid: number) => boolean;
  processStart: (pid: number) => string | undefined;
}

/**
 * A lock left by a process that is gone: on this host, its pid is dead or now belongs to another
 * process (a different start); from another host, older than 12 hours (its pid cannot be checked).
 */
export function isStaleLock(owner: PackLockOwner, self: StaleCheck): boolean {
  if (owner.hostname === self.hostname) {
    if (!self.isPidAlive(owner.pid)) return true;
    if (owner.processStart === undefined) return false;
    const current = self.processStart(owner.pid);
    return current !== undefined && current !== owner.processStart;
  }
  return self.now.getTime() - Date.parse(owner.startedAt) > OTHER_HOST_LOCK_STALE_MS;
}

/** Hard links are not everywhere (FAT and exFAT sticks, some network shares): then an exclusive create. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV']);

async function writeTemp(lockPath: string, content: string): Promise<string> {
  const temp = tempPathFor(lockPath);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/**
 * Creates the lock file with its whole content, or fails with EEXIST when one is there: the content
 * is written to a temporary file first and hard-linked into place, which no other creator can race.
 */
export async function createLockFile(lockPath: string, content: string): Promise<void> {
  const temp = await writeTemp(lockPath, content);
  try {
    await link(temp, lockPath);
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    const handle = await open(lockPath, 'wx', 0o644);
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Replaces whatever lock is there with ours, whole (for "Open anyway"). */
export async function replaceLockFile(lockPath: string, content: string): Promise<void> {
  const temp = await writeTemp(lockPath, content);
  try {
    await rename(temp, lockPath);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** "x.briefpack is already open in another Briefing Pack Builder (process 12 on host "pc", since …)." */
export function describeLockedElsewhere(packPath: string, owner: PackLockOwner): string {
  const where = ` (process ${owner.pid} on ${JSON.stringify(owner.hostname)}, since ${owner.startedAt})`;
  return `${basename(packPath)} is already open in another Briefing Pack Builder${where}. Close it there first, or work on a copy of the file.`;
}

export function describeOpenInAnotherWindow(packPath: string): string {
  return `${basename(packPath)} is already open in another window of this app. Switch to that window, or close the pack there first.`;
}
