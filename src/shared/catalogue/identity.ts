import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Catalogue } from './schema';

/** Ids the app gives the catalogues it keeps; the built-in one is `builtin`. */
export const IMPORTED_CATALOGUE_ID = /^imported-[a-z0-9]{6,40}$/;

/**
 * The catalogue's identity: its own `id`, else one derived from its series ids,
 * so that importing the same programme again (on this computer or another)
 * names the same catalogue, and a pack made from it finds it again.
 */
export function catalogueIdentity(catalogue: Catalogue): string {
  if (catalogue.id !== undefined) return catalogue.id;
  const seriesIds = catalogue.series.map((series) => series.id).join('\n');
  return `imported-${bytesToHex(sha256(utf8ToBytes(seriesIds))).slice(0, 16)}`;
}
