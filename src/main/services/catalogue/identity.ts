import { createHash, randomBytes } from 'node:crypto';
import { IMPORTED_CATALOGUE_ID } from '../../../shared/catalogue/identity';

/**
 * The id a catalogue is kept under, from its identity (catalogueIdentity): the
 * identity itself when it is one of the ids this app makes, else one derived
 * from it, so that the same file always lands on the same catalogue and no
 * name from a file ever becomes a file name.
 */
export function storeIdFor(identity: string): string {
  if (IMPORTED_CATALOGUE_ID.test(identity)) return identity;
  return `imported-${createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 16)}`;
}

/** A new identity, for a catalogue made from scratch or a copy (never the same as the original's). */
export function newCatalogueId(now: Date): string {
  return `imported-${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`;
}
