/**
 * The Open Recent list in userData/recent.json: at most 10 packs, most recent
 * first. Files that no longer exist are left out when the list is read. A
 * damaged file is treated as an empty list (it only holds shortcuts).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { RecentPackSchema } from '../../shared/ipc/contract';
import { createSerialQueue, writeJsonAtomic } from './user-data';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT_PACKS = 10;

export type RecentPack = z.infer<typeof RecentPackSchema>;

const RecentFileSchema = z.object({ version: z.literal(1), entries: z.array(RecentPackSchema) });

export interface RecentPacksStore {
  /** Existing files only, most recent first. */
  list(): Promise<RecentPack[]>;
  /** Moves (or adds) a file to the top. */
  add(filePath: string, displayName?: string): Promise<RecentPack[]>;
  clear(): Promise<void>;
  /** Called after every change, with the new list (for the Open Recent menu). */
  subscribe(listener: (entries: RecentPack[]) => void): () => void;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function createRecentPacksStore(userDataDir: string, now: () => Date): RecentPacksStore {
  const path = join(userDataDir, RECENT_FILE);
  const serial = createSerialQueue();
  const listeners = new Set<(entries: RecentPack[]) => void>();

  async function read(): Promise<RecentPack[]> {
    try {
      const parsed = RecentFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success ? parsed.data.entries : [];
    } catch {
      return [];
    }
  }

  async function existing(entries: RecentPack[]): Promise<RecentPack[]> {
    const checks = await Promise.all(entries.map((entry) => isFile(entry.filePath)));
    return entries.filter((_, index) => checks[index]).slice(0, MAX_RECENT_PACKS);
  }

  async function write(entries: RecentPack[]): Promise<void> {
    await writeJsonAtomic(path, { version: 1, entries });
    for (const listener of listeners) {
      try {
        listener(entries);
      } catch {
        // A listener (the menu) must not break the file operation that triggered it.
      }
    }
  }

  return {
    list: () => serial(async () => existing(await read())),
    add: (filePath, displayName) =>
      serial(async () => {
        const absolute = resolve(filePath);
        const entry: RecentPack = {
          filePath: absolute,
          displayName: displayName ?? basename(absolute),
          openedAt: now().toISOString(),
        };
        const entries = await existing([entry, ...(await read()).filter((e) => resolve(e.filePath) !== absolute)]);
        await write(entries);
        return entries;
      }),
    clear: () => serial(() => write([])),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
