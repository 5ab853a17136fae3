/**
 * Files named on the command line: read and written under the name the user
 * typed (messages print it as given), outputs checked before any work is done.
 */
import { resolve } from 'node:path';
import { checkOutputPath, isSameOutput, type OutputInput } from '../services/files/output-path';
import type { CommandContext } from './command';
import { CliUsageError } from './errors';

export interface NamedFile {
  /** Absolute. */
  path: string;
  /** As the user gave it. */
  label: string;
}

export function inputFile(context: CommandContext, given: string): NamedFile {
  return { path: resolve(context.io.cwd, given), label: given };
}

/**
 * Each output must be a writable file name that is none of the inputs (a pack or catalogue exported over
 * itself would be lost) and not another output. Refused with one line before anything is laid out.
 */
export async function checkOutputs(
  context: CommandContext,
  outputs: readonly (string | undefined)[],
  inputs: readonly OutputInput[],
): Promise<NamedFile[]> {
  const checked: NamedFile[] = [];
  for (const given of outputs) {
    if (given === undefined) continue;
    const result = await checkOutputPath(given, { cwd: context.io.cwd, inputs });
    if (!result.ok) throw new CliUsageError(result.message);
    for (const other of checked)
      if (await isSameOutput(other.path, result.data))
        throw new CliUsageError(`${other.label} and ${given} are the same file; give each output its own name.`);
    checked.push({ path: result.data, label: given });
  }
  return checked;
}
