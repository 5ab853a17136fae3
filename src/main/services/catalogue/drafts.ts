/**
 * Crash recovery for the catalogue editor: the editor's unsaved catalogue is
 * written to userData/catalogues/drafts/<id>.json a few seconds after each
 * edit, and removed when it is saved or the user chooses not to keep it. One
 * editor at a time has a catalogue (its edit lock), so a draft found when the
 * editor opens was left by one that did not close: a crash.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { IMPORTED_CATALOGUE_ID } from '../../../shared/catalogue/identity';
import { readEditedCatalogue } from '../../../shared/catalogue/problems';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { createSerialQueue, writeJsonAtomic } from '../user-data';

export const DRAFTS_FOLDER = 'drafts';

const DraftFileSchema = z.object({
  format: z.literal('briefing-pack-catalogue-draft'),
  version: z.literal(1),
  catalogueId: z.string().regex(IMPORTED_CATALOGUE_ID),
  savedAt: z.iso.datetime(),
  catalogue: z.unknown(),
});

export interface CatalogueDraft {
  catalogue: Catalogue;
  savedAt: string;
}

export interface CatalogueDraftStore {
  write(catalogueId: string, catalogue: Catalogue): Promise<{ savedAt: string }>;
  /** The draft left for this catalogue, if one is there and readable. */
  read(catalogueId: string): Promise<CatalogueDraft | undefined>;
  discard(catalogueId: string): Promise<void>;
}

export function createCatalogueDraftStore(cataloguesFolder: string, now: () => Date): CatalogueDraftStore {
  const folder = join(cataloguesFolder, DRAFTS_FOLDER);
  const fileFor = (id: string) => {
    // Only ids this app makes become file names.
    if (!IMPORTED_CATALOGUE_ID.test(id)) throw new Error(`invalid catalogue id "${id}"`);
    return join(folder, `${id}.json`);
  };
  // A late write must not bring back a draft that a save has just removed.
  const serial = createSerialQueue();
  return {
    write: (catalogueId, catalogue) =>
      serial(async () => {
        const savedAt = now().toISOString();
        await writeJsonAtomic(fileFor(catalogueId), {
          format: 'briefing-pack-catalogue-draft',
          version: 1,
          catalogueId,
          savedAt,
          catalogue,
        });
        return { savedAt };
      }),
    async read(catalogueId) {
      if (!IMPORTED_CATALOGUE_ID.test(catalogueId)) return undefined;
      let data: unknown;
      try {
        data = JSON.parse(await readFile(fileFor(catalogueId), 'utf8'));
      } catch {
        return undefined;
      }
      const parsed = DraftFileSchema.safeParse(data);
      if (!parsed.success || parsed.data.catalogueId !== catalogueId) return undefined;
      const catalogue = readEditedCatalogue(parsed.data.catalogue);
      return catalogue.ok ? { catalogue: catalogue.data, savedAt: parsed.data.savedAt } : undefined;
    },
    discard: (catalogueId) =>
      serial(async () => {
        if (IMPORTED_CATALOGUE_ID.test(catalogueId)) await rm(fileFor(catalogueId), { force: true });
      }),
  };
}
