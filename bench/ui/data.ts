/**
 * What the interface benchmark loads: the deterministic 2,000-seminar catalogue
 * of bench/synthetic.ts (as a file a user imports), and packs a user would have
 * open with it.
 */
import { MAX_INPUT_FILE_BYTES } from '../../src/main/services/files/read';
import type { Catalogue } from '../../src/shared/catalogue/schema';
import { createDefaultPack, serialisePack } from '../../src/shared/pack';
import { syntheticCatalogue } from '../synthetic';

export const CATALOGUE_SEMINARS = 2_000;

/** The catalogue and its file text; an error if the app would refuse the file (over 20 MB). */
export function benchCatalogue(): { catalogue: Catalogue; text: string } {
  const catalogue = syntheticCatalogue(CATALOGUE_SEMINARS);
  const text = JSON.stringify(catalogue);
  if (Buffer.byteLength(text) > MAX_INPUT_FILE_BYTES)
    throw new Error(
      `The ${CATALOGUE_SEMINARS}-seminar catalogue is over the app's ${MAX_INPUT_FILE_BYTES}-byte limit.`,
    );
  return { catalogue, text };
}

/**
 * The pack of someone who chose `count` seminars spread over the catalogue (every
 * n-th one), with every topic and section, two extra time zones and no briefs yet:
 * what the user has after "Remove all" and choosing seminars one by one.
 */
export function chosenPackText(catalogue: Catalogue, catalogueId: string, count: number): string {
  const step = Math.max(1, Math.floor(catalogue.seminars.length / count));
  const seminarIds = catalogue.seminars
    .filter((_, index) => index % step === 0)
    .slice(0, count)
    .map((seminar) => seminar.id);
  return serialisePack(
    createDefaultPack(catalogue, {
      today: '2020-01-01',
      title: `Delegation brief: ${count} seminars`,
      reference: 'BENCH/UI',
      marking: 'OFFICIAL',
      timeZones: ['America/New_York', 'Europe/Vienna'],
      seminarIds,
      catalogueId,
    }),
  );
}
