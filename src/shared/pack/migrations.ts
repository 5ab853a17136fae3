import type { MigrationChain } from '../migrations';
import { BUILTIN_CATALOGUE_ID } from './programme';

/**
 * Upgrades of the pack file, keyed by the version they upgrade from. Each step
 * is pure and leaves judging the result to the loader (./load.ts).
 */
export const PACK_MIGRATIONS: MigrationChain = {
  1: migratePackV1ToV2,
};

/**
 * v1 → v2. A v1 pack named its catalogue (`catalogueId`, absent for the
 * built-in one) and held ids only; v2 carries a snapshot of the programme. The
 * step cannot reach a catalogue, so it records where the programme is to come
 * from and leaves the snapshot empty: opening the pack fills it from that
 * catalogue when it is on this computer (completeSnapshot), and reports the
 * seminars it cannot find. `external` leaves the pack: the edition is chosen
 * at each export. Every v1 pack is a briefing pack, printed in its one language.
 */
export function migratePackV1ToV2(old: Record<string, unknown>): Record<string, unknown> {
  const { catalogueId, external: _external, ...rest } = old;
  const source = {
    catalogueId: typeof catalogueId === 'string' && catalogueId !== '' ? catalogueId : BUILTIN_CATALOGUE_ID,
    title: '',
    contentHash: '',
  };
  return {
    ...rest,
    version: 2,
    kind: 'briefing',
    languageMode: 'document',
    programme: { source, series: [], topics: [], people: [], seminars: [] },
  };
}

/**
 * Fields v2 gained before its release: a v2 file written without them is read
 * as they were then (a briefing pack in one language), not as damaged.
 */
export function withUnreleasedV2Fields(data: Record<string, unknown>): Record<string, unknown> {
  return {
    ...data,
    ...(data['kind'] === undefined ? { kind: 'briefing' } : {}),
    ...(data['languageMode'] === undefined ? { languageMode: 'document' } : {}),
  };
}
