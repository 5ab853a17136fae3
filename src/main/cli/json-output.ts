import { resolve } from 'node:path';
import { writeFileAtomic } from '../services/export/atomic-write';
import type { CommandContext } from './command';

/** JSON to stdout, or to the file `--out` names (written atomically). */
export async function writeJsonOutput(context: CommandContext, json: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    context.io.stdout(json);
    return;
  }
  const path = resolve(context.io.cwd, out);
  await writeFileAtomic(path, new TextEncoder().encode(json));
  context.io.stderr(`Wrote ${path}\n`);
}
