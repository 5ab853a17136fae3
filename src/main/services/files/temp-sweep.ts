/**
 * The start-up sweep: removes the temporary files writeFileAtomic leaves behind
 * when its process is killed between creating the temporary file and renaming
 * it. Only files of our own naming pattern (`.<name>.briefpack.<pid>.<hex>.tmp`)
 * are touched, and only when the process that wrote them is gone (or the file
 * is older than `maxAgeMs`, in case the pid has been reused). Never throws.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tempFileOwner } from './atomic-write';

/** Older than this, a temporary file is an orphan even if its pid is alive (pid reuse). */
export const TEMP_FILE_MAX_AGE_MS = 30 * 60 * 1000;

/** Whether a process with this id runs on this machine (EPERM: it does, under another user). */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface SweepOptions {
  isPidAlive?: (pid: number) => boolean;
  now?: () => Date;
  maxAgeMs?: number;
}

export interface SweepReport {
  /** Orphaned temporary files removed. */
  removed: string[];
  /** Temporary files of ours left in place: their process still runs (a save in progress). */
  kept: string[];
  /** Files that could not be removed, with the reason. */
  failed: { path: string; reason: string }[];
}

/** The folders to sweep at start-up: the user-data folder's own (recovery, catalogues, settings) and the recent packs'. */
export function sweepFolders(userDataDir: string, recentPackPaths: readonly string[]): string[] {
  const dirs = [userDataDir, join(userDataDir, 'recovery'), join(userDataDir, 'catalogues')];
  for (const pack of recentPackPaths) dirs.push(resolve(pack, '..'));
  return [...new Set(dirs.map((dir) => resolve(dir)))];
}

export async function sweepOrphanedTempFiles(
  dirs: readonly string[],
  options: SweepOptions = {},
): Promise<SweepReport> {
  const alive = options.isPidAlive ?? isPidAlive;
  const now = (options.now ?? (() => new Date()))().getTime();
  const maxAgeMs = options.maxAgeMs ?? TEMP_FILE_MAX_AGE_MS;
  const report: SweepReport = { removed: [], kept: [], failed: [] };
  for (const dir of new Set(dirs.map((d) => resolve(d)))) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue; // a folder that is gone, unreadable or not a folder: nothing of ours to sweep
    }
    for (const name of names) {
      const pid = tempFileOwner(name);
      if (pid === undefined) continue;
      const path = join(dir, name);
      try {
        const info = await lstat(path);
        if (!info.isFile()) continue; // never follow or remove links, folders or devices
        const old = now - info.mtimeMs > maxAgeMs;
        const ownedByLiveProcess = pid === process.pid || alive(pid);
        if (ownedByLiveProcess && !old) {
          report.kept.push(path);
          continue;
        }
        await rm(path, { force: true });
        report.removed.push(path);
      } catch (error) {
        report.failed.push({ path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
      }
    }
  }
  return report;
}
