import { basename } from 'node:path';
import type { Catalogue } from '../../shared/catalogue/schema';
import { checkPackAgainstCatalogue, loadPack, type Pack } from '../../shared/pack';
import { type Result, err, ok } from '../../shared/result';
import { type ReadOptions, readJsonFile } from './files/read';

export type PackFileErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'not-json'
  | 'not-text'
  | 'not-a-pack'
  | 'invalid-pack'
  | 'newer-version'
  | 'pack-catalogue-mismatch';

/** Reads a .briefpack file and runs it through the migration chain; never writes to it. */
export async function loadPackFile(path: string, options: ReadOptions = {}): Promise<Result<Pack, PackFileErrorCode>> {
  const json = await readJsonFile(path, options);
  if (!json.ok) return json;
  const pack = loadPack(json.data);
  if (!pack.ok) return err(pack.code, `${options.label ?? basename(path)}: ${pack.message}`, pack.problems);
  return ok(pack.data);
}

/** A pack that loads may still name seminars or topics the catalogue lacks. */
export function checkPackFitsCatalogue(pack: Pack, catalogue: Catalogue): Result<Pack, PackFileErrorCode> {
  const problems = checkPackAgainstCatalogue(pack, catalogue);
  if (problems.length === 0) return ok(pack);
  const first = problems[0]!;
  return err(
    'pack-catalogue-mismatch',
    `The pack does not match the catalogue: ${first.path}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    problems,
  );
}
