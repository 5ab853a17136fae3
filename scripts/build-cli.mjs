/**
 * The command line, built: src/main/cli/main.ts bundled by esbuild into
 * dist-cli/briefpack.cjs (packages stay in node_modules), so `npm run briefpack`
 * starts in plain Node instead of compiling TypeScript at every start.
 *
 * `node scripts/build-cli.mjs` builds it (npm's `prepare`, run by `npm ci`);
 * scripts/briefpack.mjs rebuilds it on the first run after a source changed.
 */
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(PROJECT_DIR, 'dist-cli', 'briefpack.cjs');
const SOURCES = ['src/main', 'src/shared'].map((dir) => join(PROJECT_DIR, dir));
const ALSO_WATCHED = ['package.json', 'scripts/build-cli.mjs'].map((file) => join(PROJECT_DIR, file));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or older than any source file (a few ms: only file times are read). */
export function cliIsStale() {
  let built;
  try {
    built = statSync(CLI_BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  const newest = Math.max(...SOURCES.map(newestMtime), ...ALSO_WATCHED.map((file) => statSync(file).mtimeMs));
  return newest > built;
}

/** Builds the bundle into a temporary name and renames it into place, so a run never sees half of it. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const temp = `${CLI_BUNDLE}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: [join(PROJECT_DIR, 'src/main/cli/main.ts')],
      outfile: temp,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // zod, pdfmake and docx load from node_modules, the last two only for build and demo.
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    renameSync(temp, CLI_BUNDLE);
    renameSync(`${temp}.map`, `${CLI_BUNDLE}.map`);
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}.map`, { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
