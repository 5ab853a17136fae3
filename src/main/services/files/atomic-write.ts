/**
 * Atomic file replacement: the target either keeps its old content or gets the
 * complete new content, never a half-written file. What write-file-atomic (npm)
 * does, plus what this app needs besides: the target's mode and owner are kept,
 * a symbolic link is written through to the file it names (the link stays a
 * link), anything that is not a regular file is refused, and the temporary name
 * is short so that any name the file system accepts can be saved.
 *
 * Imports nothing but Node: the kill test runs this file on its own.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readlink, rename, rm, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';

/**
 * Our temporary files: `.~bpb.<pid>.<8 hex>.tmp` (at most 29 bytes, so a name of 255 bytes can still be
 * saved), and `.<target name>.briefpack.<pid>.<12 hex>.tmp` from earlier versions. The pid lets the
 * start-up sweep (temp-sweep.ts) tell an orphan left by a killed process from a save still in progress.
 */
export const TEMP_FILE_PATTERN = /^\.(?:~bpb|.+\.briefpack)\.(\d{1,10})\.(?:[0-9a-f]{8}|[0-9a-f]{12})\.tmp$/;

/** The temporary file's name: hidden, in the target's folder, unique per process and call. */
export function tempPathFor(target: string, pid: number = process.pid): string {
  return path.join(path.dirname(target), `.~bpb.${pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** The pid that wrote a temporary file of ours, or undefined when `name` is not one of ours. */
export function tempFileOwner(name: string): number | undefined {
  const match = TEMP_FILE_PATTERN.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Thrown for a target that exists and is not a regular file: a device, a folder, a fifo, a socket. */
export class NotARegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path} is ${kind}, not a regular file`);
  }
}

/** "a folder", "a device", …: what a non-regular file is, in words. */
export function describeFileKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

const MAX_LINK_HOPS = 40;

/**
 * The path a write to `target` must replace: `target` itself, or the file a
 * chain of symbolic links ends at (even when that file does not exist yet), so
 * that saving through a link updates the real file and keeps the link.
 */
export async function resolveWriteTarget(target: string): Promise<string> {
  let current = path.resolve(target);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let info: Stats;
    try {
      info = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw error;
    }
    if (!info.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`${target}: too many levels of symbolic links`), { code: 'ELOOP' });
}

/** The existing target's stats, or undefined when there is none yet; refuses anything but a regular file. */
async function existingRegularFile(target: string): Promise<Stats | undefined> {
  try {
    const info = await stat(target);
    if (!info.isFile()) throw new NotARegularFileError(target, describeFileKind(info));
    return info;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Flushes the folder entry so the rename survives a crash; not possible everywhere (Windows), so best effort. */
async function syncFolder(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM/EINVAL on platforms that cannot fsync a directory.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes `bytes` to a temporary file beside the real target, gives it the
 * target's mode (and owner, where the process may), flushes it to disk,
 * renames it over the target and then flushes the folder (so the rename itself
 * is durable). On any error the temporary file is removed and the error
 * rethrown; an existing target is left untouched. A process killed at any
 * moment leaves the old target or the new one, plus at most one orphaned
 * temporary file, which the next start-up removes.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const real = await resolveWriteTarget(target);
  const existing = await existingRegularFile(real);
  const temp = tempPathFor(real);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // A new file gets what any program's new file gets (0666 less the umask); an existing one keeps its mode.
    handle = await open(temp, 'wx', existing ? 0o600 : 0o666);
    if (existing) {
      await handle.chmod(existing.mode & 0o7777);
      const mine = await handle.stat();
      if (mine.uid !== existing.uid || mine.gid !== existing.gid) {
        // Only root (or the owner, for the group) may do this; elsewhere the file becomes the saver's own.
        await handle.chown(existing.uid, existing.gid).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPERM' && error.code !== 'EINVAL') throw error;
        });
        // chown clears set-id bits on some systems: apply the mode once more.
        await handle.chmod(existing.mode & 0o7777);
      }
    }
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, real);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(real));
}
