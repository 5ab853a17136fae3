/**
 * Atomic file replacement: the target either keeps its old content or gets the
 * complete new content, never a half-written file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Our temporary files: `.<target name>.briefpack.<pid>.<12 hex>.tmp`. The pid lets the start-up sweep
 * (services/temp-sweep.ts) tell an orphan left by a killed process from a save still in progress.
 */
export const TEMP_FILE_PATTERN = /^\.(.+)\.briefpack\.(\d{1,10})\.([0-9a-f]{12})\.tmp$/;

/** The temporary file's name: hidden, in the target's folder, unique per process and call. */
export function tempPathFor(target: string, pid: number = process.pid): string {
  const dir = path.dirname(target);
  const base = path.basename(target);
  return path.join(dir, `.${base}.briefpack.${pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The pid that wrote a temporary file of ours, or undefined when `name` is not one of ours. */
export function tempFileOwner(name: string): number | undefined {
  const match = TEMP_FILE_PATTERN.exec(name);
  return match ? Number(match[2]) : undefined;
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
 * Writes `bytes` to a temporary file in the target's folder, flushes it to disk,
 * renames it over `target` and then flushes the folder (so the rename itself is
 * durable). On any error the temporary file is removed and the error rethrown;
 * an existing target is left untouched. A process killed at any moment leaves
 * the old target or the new one, plus at most one orphaned temporary file,
 * which the next start-up removes.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temp, 'wx', 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target));
}
