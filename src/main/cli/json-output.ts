import { writeFileAtomic } from '../services/files/atomic-write';
import { describeFsError } from '../services/files/fs-errors';
import type { OutputInput } from '../services/files/output-path';
import type { CommandContext } from './command';
import { CliUsageError } from './errors';
import { checkOutputs } from './paths';

/** JSON to stdout, or to the file `--out` names (checked first, then written atomically). */
export async function writeJsonOutput(
  context: CommandContext,
  json: string,
  out: string | undefined,
  inputs: readonly OutputInput[],
): Promise<void> {
  if (out === undefined) {
    context.io.stdout(json);
    return;
  }
  const [target] = await checkOutputs(context, [out], inputs);
  try {
    await writeFileAtomic(target!.path, new TextEncoder().encode(json));
  } catch (error) {
    throw new CliUsageError(`${out} could not be written: ${describeFsError(error)}.`);
  }
  context.io.stderr(`Wrote ${out}\n`);
}
