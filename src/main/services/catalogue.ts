import { basename, join } from 'node:path';
import { type Catalogue, validateCatalogue } from '../../shared/catalogue';
import { type Problem, type Result, err, ok } from '../../shared/result';
import { type ReadOptions, readJsonFile } from './files/read';

export const BUILTIN_CATALOGUE_FILE = join('catalogue', 'builtin.catalogue.json');
export const BUILTIN_PROGRAMME_FILE = join('catalogue', 'source', 'cybercrime-webinars-2020.txt');

export type CatalogueLoadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'not-json'
  | 'not-text'
  | 'invalid-catalogue'
  | 'newer-version'
  | 'not-a-catalogue';

/** Loads and fully validates a catalogue file (schema and referential integrity). */
export async function loadCatalogueFile(
  path: string,
  options: ReadOptions = {},
): Promise<Result<Catalogue, CatalogueLoadErrorCode>> {
  const json = await readJsonFile(path, options);
  if (!json.ok) return json;
  const catalogue = validateCatalogue(json.data);
  if (!catalogue.ok)
    return err(catalogue.code, `${options.label ?? basename(path)}: ${catalogue.message}`, catalogue.problems);
  return ok(catalogue.data);
}

/**
 * The catalogue shipped with the app. It is validated like any other file, so a
 * broken build shows a clear message instead of a blank window.
 */
export function createCatalogueService(resourcesDir: string) {
  let builtin: Promise<Result<Catalogue, CatalogueLoadErrorCode>> | undefined;
  return {
    builtinCataloguePath: join(resourcesDir, BUILTIN_CATALOGUE_FILE),
    builtinProgrammePath: join(resourcesDir, BUILTIN_PROGRAMME_FILE),
    /** Cached: the file is read-only resources, so one read per process is enough. */
    loadBuiltin(): Promise<Result<Catalogue, CatalogueLoadErrorCode>> {
      builtin ??= loadCatalogueFile(join(resourcesDir, BUILTIN_CATALOGUE_FILE));
      return builtin;
    },
  };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;

export function describeProblems(problems: Problem[] | undefined): string[] {
  return (problems ?? []).map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message));
}
