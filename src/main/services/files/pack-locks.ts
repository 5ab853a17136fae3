/**
 * One writer per pack. Two layers:
 *
 * - in this process, a registry of which session (window) has each pack open,
 *   so a second window opening the same file is refused;
 * - across processes (a second instance, another user on a shared folder), a
 *   lock file beside the pack (lock-file.ts), created when the pack is opened or
 *   saved and removed when it is closed or the app quits. A lock left by a crash
 *   is taken over: on this host when its process is gone (or its pid now names
 *   another process), from another host when it is older than 12 hours, and at
 *   once when it is empty or unreadable. The user may also take a live lock over
 *   ("Open anyway").
 *
 * Plain Node, no Electron. Never throws: a folder where no lock can be created
 * (read-only media) does not stop a pack from opening.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import { basename, resolve } from 'node:path';
import { type Result, err, ok } from '../../../shared/result';
import {
  LOCK_APP_ID,
  type PackLockOwner,
  createLockFile,
  describeLockedElsewhere,
  describeOpenInAnotherWindow,
  isStaleLock,
  linuxProcessStart,
  lockPathFor,
  parseOwner,
  readLockFile,
  replaceLockFile,
} from './lock-file';
import { isPidAlive as defaultIsPidAlive } from './temp-sweep';

export {
  LOCK_APP_ID,
  OTHER_HOST_LOCK_STALE_MS,
  type PackLockOwner,
  describeLockedElsewhere,
  describeOpenInAnotherWindow,
  isStaleLock,
  lockPathFor,
  readPackLock,
} from './lock-file';

export type PackLockErrorCode = 'in-use';

export interface PackLockOptions {
  pid?: number;
  hostname?: string;
  now?: () => Date;
  isPidAlive?: (pid: number) => boolean;
  /** What tells a process from a later one with the same pid (Linux: boot id and start tick). */
  processStart?: (pid: number) => string | undefined;
  /** Told about locks that could not be written or removed (never fatal). */
  warn?: (message: string) => void;
}

/** `takeOver`: the user chose "Open anyway" — the lock becomes ours whoever holds it. */
export type ClaimMode = 'normal' | 'takeOver';

/** The process-wide registry: which session has which pack, and the lock files this process holds. */
export interface PackLockRegistry {
  /**
   * Gives `packPath` to `session`: refused when another session of this process has it, or another live
   * process holds its lock file. Claiming a pack the session already has re-creates its lock file if it went.
   */
  claim(session: string, packPath: string, mode?: ClaimMode): Promise<Result<void, PackLockErrorCode>>;
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
  const processStart = options.processStart ?? linuxProcessStart;
  const warn = options.warn ?? ((message: string) => console.warn(`[pack-locks] ${message}`));
  const holders = new Map<string, string>();
  /** Lock files we wrote, by pack path. */
  const written = new Set<string>();
  const ownStart = processStart(pid);

  const isMine = (owner: PackLockOwner) => owner.pid === pid && owner.hostname === hostname;
  const lockContent = () =>
    `${JSON.stringify({
      app: LOCK_APP_ID,
      pid,
      hostname,
      startedAt: now().toISOString(),
      ...(ownStart !== undefined ? { processStart: ownStart } : {}),
    } satisfies PackLockOwner)}\n`;

  function cannotLock(packPath: string, error: unknown): Result<void, PackLockErrorCode> {
    // Read-only media, a folder that is gone…: the pack can still be read; saving will report its own error.
    const code = (error as NodeJS.ErrnoException).code;
    warn(`no lock file could be created for ${basename(packPath)} (${code ?? String(error)})`);
    return ok(undefined);
  }

  async function writeLock(packPath: string, mode: ClaimMode): Promise<Result<void, PackLockErrorCode>> {
    const lockPath = lockPathFor(packPath);
    if (mode === 'takeOver') {
      try {
        await replaceLockFile(lockPath, lockContent());
        written.add(packPath);
        return ok(undefined);
      } catch (error) {
        return cannotLock(packPath, error);
      }
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await createLockFile(lockPath, lockContent());
        written.add(packPath);
        return ok(undefined);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return cannotLock(packPath, error);
      }
      const state = await readLockFile(lockPath);
      if (state.kind === 'missing') continue;
      if (state.kind === 'owner') {
        if (isMine(state.owner)) {
          // Ours: held for this session already, or left by a session of this process that has ended.
          written.add(packPath);
          return ok(undefined);
        }
        if (!isStaleLock(state.owner, { hostname, now: now(), isPidAlive: alive, processStart }))
          return err('in-use', describeLockedElsewhere(packPath, state.owner));
      }
      // Stale, empty or damaged (locks are written whole, so no one is writing it): take it over.
      // A rival taking it over at the same moment makes one of the two creates fail.
      await rm(lockPath, { force: true }).catch(() => undefined);
    }
    return cannotLock(packPath, Object.assign(new Error('the lock file keeps coming back'), { code: 'EBUSY' }));
  }

  async function removeLock(packPath: string): Promise<void> {
    if (!written.delete(packPath)) return;
    const lockPath = lockPathFor(packPath);
    const state = await readLockFile(lockPath);
    // Only our own lock: a stale-lock takeover by someone else must not be undone.
    if (state.kind === 'owner' && isMine(state.owner)) await rm(lockPath, { force: true }).catch(() => undefined);
  }

  return {
    async claim(session, packPath, mode = 'normal') {
      const path = resolve(packPath);
      const holder = holders.get(path);
      if (holder !== undefined && holder !== session && mode !== 'takeOver')
        return err('in-use', describeOpenInAnotherWindow(path));
      holders.set(path, session); // before any await: a second window claiming at the same moment is refused
      const locked = await writeLock(path, mode);
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
  claim(path: string, mode?: ClaimMode): Promise<Result<void, PackLockErrorCode>>;
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
    claim: (path, mode) => registry.claim(session, path, mode),
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
