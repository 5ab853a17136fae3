/**
 * One writer per pack. Two layers:
 *
 * - in this process, a registry of which session (window) has each pack open,
 *   so a second window opening the same file is refused;
 * - across processes (a second instance, another user on a shared folder), a
 *   lock file beside the pack, `.~lock.<name>#` (LibreOffice's convention),
 *   holding JSON `{ app, pid, hostname, startedAt }`. It is created when the
 *   pack is opened or saved and removed when it is closed or the app quits. A
 *   lock left by a crash is taken over: on this host when its pid is gone, from
 *   another host when it is older than 12 hours (its pid cannot be checked).
 *
 * Plain Node, no Electron. Never throws: a folder where no lock can be created
 * (read-only media) does not stop a pack from opening.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { lstat, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { type Result, err, ok } from '../../../shared/result';
import { isPidAlive as defaultIsPidAlive } from './temp-sweep';

export const LOCK_APP_ID = 'briefing-pack-builder';
/** A lock from another host cannot be checked; after this long it is taken to be left by a crash. */
export const OTHER_HOST_LOCK_STALE_MS = 12 * 60 * 60 * 1000;
/** A lock file that cannot be parsed may be one another process is writing right now. */
export const UNREADABLE_LOCK_GRACE_MS = 10 * 1000;

export interface PackLockOwner {
  app: typeof LOCK_APP_ID;
  pid: number;
  hostname: string;
  startedAt: string;
}

export type PackLockErrorCode = 'in-use';

export interface PackLockOptions {
  pid?: number;
  hostname?: string;
  now?: () => Date;
  isPidAlive?: (pid: number) => boolean;
  /** Told about locks that could not be written or removed (never fatal). */
  warn?: (message: string) => void;
}

/** `/folder/.~lock.pack.briefpack#` for `/folder/pack.briefpack`. */
export function lockPathFor(packPath: string): string {
  return join(dirname(resolve(packPath)), `.~lock.${basename(packPath)}#`);
}

type LockFileState =
  { kind: 'missing' } | { kind: 'owner'; owner: PackLockOwner } | { kind: 'unreadable'; ageMs: number };

function parseOwner(text: string): PackLockOwner | undefined {
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
      return { app: LOCK_APP_ID, pid: value.pid!, hostname: value.hostname, startedAt: value.startedAt };
  } catch {
    // falls through: not a lock we can read
  }
  return undefined;
}

async function readLockFile(lockPath: string, now: number): Promise<LockFileState> {
  try {
    const info = await lstat(lockPath);
    if (!info.isFile()) return { kind: 'unreadable', ageMs: Number.POSITIVE_INFINITY };
    const owner = parseOwner(await readFile(lockPath, 'utf8'));
    return owner ? { kind: 'owner', owner } : { kind: 'unreadable', ageMs: now - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', ageMs: 0 };
  }
}

/** Who holds the lock beside `packPath`, if anyone (a damaged lock file gives undefined too). */
export async function readPackLock(packPath: string): Promise<PackLockOwner | undefined> {
  const state = await readLockFile(lockPathFor(packPath), Date.now());
  return state.kind === 'owner' ? state.owner : undefined;
}

/** A lock left by a process that is gone: same host and dead pid, or another host and older than 12 hours. */
export function isStaleLock(
  owner: PackLockOwner,
  self: { hostname: string; now: Date; isPidAlive: (pid: number) => boolean },
): boolean {
  if (owner.hostname === self.hostname) return !self.isPidAlive(owner.pid);
  return self.now.getTime() - Date.parse(owner.startedAt) > OTHER_HOST_LOCK_STALE_MS;
}

/** "x.briefpack is already open in another Briefing Pack Builder (process 12 on host "pc", since …)." */
export function describeLockedElsewhere(packPath: string, owner: PackLockOwner | undefined): string {
  const where = owner
    ? ` (process ${owner.pid} on ${JSON.stringify(owner.hostname)}, since ${owner.startedAt})`
    : ' (its lock file is being written)';
  return `${basename(packPath)} is already open in another Briefing Pack Builder${where}. Close it there first, or work on a copy of the file.`;
}

export function describeOpenInAnotherWindow(packPath: string): string {
  return `${basename(packPath)} is already open in another window of this app. Switch to that window, or close the pack there first.`;
}

/** The process-wide registry: which session has which pack, and the lock files this process holds. */
export interface PackLockRegistry {
  /**
   * Gives `packPath` to `session`: refused when another session of this process has it, or another live
   * process holds its lock file. Claiming a pack the session already has re-creates its lock file if it went.
   */
  claim(session: string, packPath: string): Promise<Result<void, PackLockErrorCode>>;
  /** Gives the pack up (and removes its lock file when it is ours). No-op when the session does not have it. */
  release(session: string, packPath: string): Promise<void>;
  /** The session that has `packPath` open, if any. */
  holderOf(packPath: string): string | undefined;
  /** Every pack the session has. */
  packsOf(session: string): string[];
  /** For quitting: removes every lock file this process holds, synchronously. */
  releaseAllSync(): void;
}

export function createPackLockRegistry(options: PackLockOptions = {}): PackLockRegistry {
  const pid = options.pid ?? process.pid;
  const hostname = options.hostname ?? os.hostname();
  const now = options.now ?? (() => new Date());
  const alive = options.isPidAlive ?? defaultIsPidAlive;
  const warn = options.warn ?? ((message: string) => console.warn(`[pack-locks] ${message}`));
  const holders = new Map<string, string>();
  /** Lock files we wrote, by pack path. */
  const written = new Set<string>();

  const isMine = (owner: PackLockOwner) => owner.pid === pid && owner.hostname === hostname;

  async function writeLock(packPath: string): Promise<Result<void, PackLockErrorCode>> {
    const lockPath = lockPathFor(packPath);
    const content = `${JSON.stringify({ app: LOCK_APP_ID, pid, hostname, startedAt: now().toISOString() } satisfies PackLockOwner)}\n`;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await writeFile(lockPath, content, { flag: 'wx', mode: 0o644 });
        written.add(packPath);
        return ok(undefined);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') {
          // Read-only media, a folder that is gone…: the pack can still be read; saving will report its own error.
          warn(`no lock file could be created for ${basename(packPath)} (${code ?? String(error)})`);
          return ok(undefined);
        }
      }
      const state = await readLockFile(lockPath, now().getTime());
      if (state.kind === 'missing') continue;
      if (state.kind === 'owner') {
        if (isMine(state.owner)) {
          // Ours: held for this session already, or left by a session of this process that has ended.
          written.add(packPath);
          return ok(undefined);
        }
        if (!isStaleLock(state.owner, { hostname, now: now(), isPidAlive: alive }))
          return err('in-use', describeLockedElsewhere(packPath, state.owner));
      } else if (state.ageMs < UNREADABLE_LOCK_GRACE_MS) {
        return err('in-use', describeLockedElsewhere(packPath, undefined));
      }
      // Stale (or damaged and old): take it over. A rival taking it over at the same moment makes one `wx` fail.
      await rm(lockPath, { force: true }).catch(() => undefined);
    }
    return err('in-use', describeLockedElsewhere(packPath, undefined));
  }

  async function removeLock(packPath: string): Promise<void> {
    if (!written.delete(packPath)) return;
    const lockPath = lockPathFor(packPath);
    const state = await readLockFile(lockPath, now().getTime());
    // Only our own lock: a stale-lock takeover by someone else must not be undone.
    if (state.kind === 'owner' && isMine(state.owner)) await rm(lockPath, { force: true }).catch(() => undefined);
  }

  return {
    async claim(session, packPath) {
      const path = resolve(packPath);
      const holder = holders.get(path);
      if (holder !== undefined && holder !== session) return err('in-use', describeOpenInAnotherWindow(path));
      holders.set(path, session); // before any await: a second window claiming at the same moment is refused
      const locked = await writeLock(path);
      if (!locked.ok && holder === undefined) holders.delete(path);
      return locked;
    },
    async release(session, packPath) {
      const path = resolve(packPath);
      if (holders.get(path) !== session) return;
      holders.delete(path);
      await removeLock(path);
    },
    holderOf: (packPath) => holders.get(resolve(packPath)),
    packsOf: (session) => [...holders].filter(([, holder]) => holder === session).map(([path]) => path),
    releaseAllSync() {
      holders.clear();
      for (const packPath of written) {
        const lockPath = lockPathFor(packPath);
        try {
          const owner = parseOwner(readFileSync(lockPath, 'utf8'));
          if (owner && isMine(owner)) unlinkSync(lockPath);
        } catch {
          // gone already, or unreadable: nothing of ours to remove
        }
      }
      written.clear();
    },
  };
}

let shared: PackLockRegistry | undefined;
/** The registry every session of this process shares. */
export function sharedPackLockRegistry(): PackLockRegistry {
  return (shared ??= createPackLockRegistry());
}

/** One session's (window's) view: the pack it has open, switched on new, open and save-as. */
export interface SessionPackLocks {
  /** The pack this session has open (its lock held), or null for a new, unsaved pack. */
  readonly current: string | null;
  /** Claims `path` for this session without making it current yet (open and save check before they act). */
  claim(path: string): Promise<Result<void, PackLockErrorCode>>;
  /** Gives up a claimed path that did not become current (the open or save failed). */
  abandon(path: string): Promise<void>;
  /** Makes `path` (claimed) this session's pack and releases the previous one; null on New. */
  switchTo(path: string | null): Promise<void>;
  /** The window closed: releases everything this session holds. */
  releaseAll(): Promise<void>;
}

export function createSessionPackLocks(registry: PackLockRegistry, session: string): SessionPackLocks {
  let current: string | null = null;
  return {
    get current() {
      return current;
    },
    claim: (path) => registry.claim(session, path),
    async abandon(path) {
      if (current === null || resolve(path) !== current) await registry.release(session, path);
    },
    async switchTo(path) {
      const next = path === null ? null : resolve(path);
      const previous = current;
      current = next;
      if (previous !== null && previous !== next) await registry.release(session, previous);
    },
    async releaseAll() {
      current = null;
      await Promise.all(registry.packsOf(session).map((path) => registry.release(session, path)));
    },
  };
}
