import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { PACK_EXTENSION } from '../features/packs/ipc';

/** A `.briefpack` path on a command line (the first instance's, or one a second instance passed on). */
export function packPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  const found = argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PACK_EXTENSION));
  if (found === undefined) return undefined;
  const path = isAbsolute(found) ? found : resolve(cwd, found);
  return existsSync(path) ? path : undefined;
}
