import { describeCatalogueProblem } from '../../shared/catalogue';
import { findIntegrityProblems } from '../../shared/catalogue/integrity';
import { describePackWarning, loadPack, settlePack, snapshotAsCatalogue } from '../../shared/pack';
import { type Result, err, ok } from '../../shared/result';
import type { CommandContext } from './command';
import { loadCatalogueForBuild } from './catalogue-input';

/**
 * `validate` on a pack: what opening it would leave out or change (each a
 * problem, in plain words), the integrity of the programme it carries, and —
 * with --catalogue — whether every chosen seminar is in it or in that catalogue.
 */
export async function validatePackData(
  data: unknown,
  context: CommandContext,
  cataloguePath: string | undefined,
): Promise<Result<unknown, string>> {
  const loaded = loadPack(data);
  if (!loaded.ok) return loaded;
  const source = cataloguePath === undefined ? undefined : await loadCatalogueForBuild(context, cataloguePath);
  const settled = settlePack(loaded.data.pack, source);
  const programme = snapshotAsCatalogue(settled.pack.programme);
  const problems = [
    ...[...loaded.data.warnings, ...settled.warnings].map((warning) => describePackWarning(warning)),
    ...findIntegrityProblems(programme).map((problem) => describeCatalogueProblem(programme, problem)),
  ];
  if (problems.length === 0) return ok(settled.pack);
  return err(
    'invalid-pack',
    problems[0]!,
    problems.map((message) => ({ path: '', message })),
  );
}
