import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Catalogue, IMPORTED_CATALOGUE_ID } from '../../../shared/catalogue';
import { type CatalogueEntry, CatalogueEntrySchema } from '../../../shared/ipc/contract';
import { catalogueTitle as givenTitle } from '../../../shared/pack/programme';
import { loadCatalogueFile } from '../catalogue';
import { writeJsonAtomic } from '../user-data';

const INDEX_FILE = 'index.json';
const CATALOGUE_FILE_SUFFIX = '.catalogue.json';
/** Ids the store generates, and the only ones it turns into file names. */
export const IMPORTED_ID = IMPORTED_CATALOGUE_ID;

const CatalogueIndexSchema = z.object({
  format: z.literal('briefing-pack-catalogue-index'),
  version: z.literal(1),
  entries: z.array(CatalogueEntrySchema.extend({ source: z.enum(['imported', 'own']) })),
});
export type CatalogueIndex = z.infer<typeof CatalogueIndexSchema>;

export function catalogueTitle(catalogue: Catalogue, fallback: string): string {
  return givenTitle(catalogue) || fallback;
}

/**
 * The folder of kept catalogues: one <id>.catalogue.json each and index.json
 * listing them. A lost or damaged index is rebuilt from the catalogue files, so
 * a user's catalogues are never lost with it.
 */
export interface CatalogueFolder {
  readonly folder: string;
  readonly indexPath: string;
  fileFor(id: string): string;
  readIndex(): Promise<CatalogueIndex>;
  findEntry(id: string): Promise<CatalogueEntry | undefined>;
}

export function openCatalogueFolder(folder: string, log: (message: string) => void): CatalogueFolder {
  const indexPath = join(folder, INDEX_FILE);
  const fileFor = (id: string) => join(folder, `${id}${CATALOGUE_FILE_SUFFIX}`);

  /** Rebuilds the index from the catalogue files themselves (after the index was lost or damaged). */
  async function rebuildIndex(): Promise<CatalogueIndex> {
    const entries: CatalogueIndex['entries'] = [];
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      names = [];
    }
    for (const name of names.sort()) {
      const id = name.endsWith(CATALOGUE_FILE_SUFFIX) ? name.slice(0, -CATALOGUE_FILE_SUFFIX.length) : '';
      if (!IMPORTED_ID.test(id)) continue;
      const catalogue = await loadCatalogueFile(fileFor(id));
      if (!catalogue.ok) continue;
      const importedAt = await stat(fileFor(id)).then(
        (info) => info.mtime.toISOString(),
        () => undefined,
      );
      entries.push({
        id,
        title: catalogueTitle(catalogue.data, name),
        source: catalogue.data.source?.kind === 'manual' ? 'own' : 'imported',
        seminarCount: catalogue.data.seminars.length,
        ...(importedAt ? { importedAt } : {}),
      });
    }
    return { format: 'briefing-pack-catalogue-index', version: 1, entries };
  }

  async function readIndex(): Promise<CatalogueIndex> {
    let text: string;
    try {
      text = await readFile(indexPath, 'utf8');
    } catch {
      return rebuildIndex();
    }
    try {
      const parsed = CatalogueIndexSchema.safeParse(JSON.parse(text));
      if (parsed.success) return { ...parsed.data, entries: parsed.data.entries.filter((e) => IMPORTED_ID.test(e.id)) };
    } catch {
      // fall through
    }
    log(`[catalogues] ${indexPath} is damaged; rebuilding it from the catalogue files.`);
    const rebuilt = await rebuildIndex();
    await writeJsonAtomic(indexPath, rebuilt).catch(() => undefined);
    return rebuilt;
  }

  async function findEntry(id: string): Promise<CatalogueEntry | undefined> {
    if (!IMPORTED_ID.test(id)) return undefined;
    return (await readIndex()).entries.find((entry) => entry.id === id);
  }

  return { folder, indexPath, fileFor, readIndex, findEntry };
}
