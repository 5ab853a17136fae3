/**
 * Small helpers for the JSON files the app keeps in its user-data folder
 * (settings, recent files, catalogue index, recovery copies). Every write is
 * atomic: a crash leaves the old file or the new one, never half of one.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './files/atomic-write';

/** Writes `value` as pretty JSON, creating the folder when needed. */
export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8'));
}

/** Runs tasks one after the other, so read-modify-write sequences on one file cannot interleave. */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** A timestamp safe in file names on every platform (no colons): 2024-05-01T10-20-30-123Z. */
export function fileNameTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** The local calendar date (YYYY-MM-DD) of an instant: what "today" means to the person at the keyboard. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
