/**
 * Checks made on an output path before anything is laid out or written: it is
 * a file name (not a folder), its folder exists, it is not a device, a fifo or
 * a folder, and it is not the same file as one of the inputs (compared by
 * device and inode, after following links, so `./p.briefpack`, a link to it and
 * a hard link all count as the same file).
 */
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { type Result, err, ok } from '../../../shared/result';
import { describeFileKind, resolveWriteTarget } from './atomic-write';
import { describeFsError } from './fs-errors';

export type OutputPathErrorCode = 'bad-output';

export interface OutputInput {
  /** The input file's path. */
  path: string;
  /** How messages name it (the path as the user gave it). */
  label: string;
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    throw error;
  }
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/**
 * Resolves `given` against `cwd` and checks it can be written as a new or
 * replaced regular file; the result is the path to write (links followed).
 * Messages name the path as `label` (the user's own spelling).
 */
export async function checkOutputPath(
  given: string,
  options: { cwd: string; label?: string; inputs?: readonly OutputInput[] },
): Promise<Result<string, OutputPathErrorCode>> {
  const label = options.label ?? given;
  if (given === '' || /[\\/]$/.test(given) || ['.', '..'].includes(path.basename(given)))
    return err('bad-output', `${label} is a folder name; give a file name, such as ${path.join(given, 'pack.pdf')}.`);
  let target: string;
  let existing: Stats | undefined;
  try {
    target = await resolveWriteTarget(path.resolve(options.cwd, given));
    existing = await statOrUndefined(target);
  } catch (error) {
    return err('bad-output', `${label} cannot be written: ${describeFsError(error)}.`);
  }
  if (existing && !existing.isFile())
    return err('bad-output', `${label} is ${describeFileKind(existing)}, not a regular file; choose a file name.`);
  if (!existing) {
    const folder = await statOrUndefined(path.dirname(target)).catch(() => undefined);
    if (!folder)
      return err('bad-output', `${label} cannot be written: the folder ${path.dirname(given)} does not exist.`);
    if (!folder.isDirectory())
      return err('bad-output', `${label} cannot be written: ${path.dirname(given)} is not a folder.`);
    return ok(target);
  }
  for (const input of options.inputs ?? []) {
    const inputInfo = await statOrUndefined(input.path).catch(() => undefined);
    if (inputInfo && sameFile(inputInfo, existing))
      return err('bad-output', `${label} is the input file ${input.label}; choose another name for the output.`);
  }
  return ok(target);
}

/** Two outputs that would be the same file (same path after links, or the same existing file). */
export async function isSameOutput(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [infoA, infoB] = await Promise.all([statOrUndefined(a), statOrUndefined(b)]).catch(() => [
    undefined,
    undefined,
  ]);
  return infoA !== undefined && infoB !== undefined && sameFile(infoA, infoB);
}
