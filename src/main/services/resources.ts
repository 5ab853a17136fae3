import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Finds the project's `resources` folder when running from source (CLI, tests)
 * or from the electron-vite build in `out/`: walk up from this file until a
 * folder holding resources/catalogue is found. The packaged app passes its own
 * path instead.
 */
export function findResourcesDir(startDir: string = __dirname): string {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'catalogue'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`resources folder not found above ${startDir}`);
    dir = parent;
  }
}
