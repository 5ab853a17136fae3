import { resolve } from 'node:path';
import type { Catalogue } from '../../shared/catalogue/schema';
import { createCatalogueService, loadCatalogueFile } from '../services/catalogue';
import type { CommandContext } from './command';
import { CliUsageError } from './errors';

/** The catalogue named by --catalogue (as the user typed it in messages), or the built-in one. */
export async function loadCatalogueForBuild(context: CommandContext, path: string | undefined): Promise<Catalogue> {
  const result =
    path === undefined
      ? await createCatalogueService(context.resourcesDir).loadBuiltin()
      : await loadCatalogueFile(resolve(context.io.cwd, path), { label: path });
  if (!result.ok) throw new CliUsageError(result.message);
  return result.data;
}
