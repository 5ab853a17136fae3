import { resolve } from 'node:path';
import type { Catalogue } from '../../shared/catalogue/schema';
import { loadPack, type Pack } from '../../shared/pack';
import { type Result, err } from '../../shared/result';
import { createCatalogueService, loadCatalogueFile } from '../services/catalogue';
import { checkPackFitsCatalogue } from '../services/packs';
import type { CommandContext } from './command';

/** `validate` on a pack: the file itself, then its ids against the catalogue (built-in unless --catalogue). */
export async function validatePackData(
  data: unknown,
  context: CommandContext,
  cataloguePath: string | undefined,
): Promise<Result<Pack | Catalogue, string>> {
  const pack = loadPack(data);
  if (!pack.ok) return pack;
  const catalogue =
    cataloguePath === undefined
      ? await createCatalogueService(context.resourcesDir).loadBuiltin()
      : await loadCatalogueFile(resolve(context.io.cwd, cataloguePath), { label: cataloguePath });
  if (!catalogue.ok) return err(catalogue.code, `the catalogue to check against is not usable: ${catalogue.message}`);
  return checkPackFitsCatalogue(pack.data, catalogue.data);
}
