import type { Catalogue } from '../catalogue/schema';
import { withSeminars } from './programme';
import type { Pack } from './schema';
import type { PackWarning } from './warnings';

export interface SettledPack {
  pack: Pack;
  warnings: PackWarning[];
}

/**
 * Makes a loaded pack consistent with its own programme. Chosen seminars the
 * snapshot lacks (a v1 pack, a damaged snapshot) are taken from `source`, the
 * catalogue the pack came from, when it is on this computer; chosen seminars
 * that neither has are dropped with a warning. The user's briefs and
 * biographies are never touched: text for a topic or person outside the chosen
 * seminars is kept, and prints again when they come back.
 */
export function settlePack(pack: Pack, source: Catalogue | undefined): SettledPack {
  const warnings: PackWarning[] = [];
  const inSnapshot = new Set(pack.programme.seminars.map((seminar) => seminar.id));
  const missing = pack.seminarIds.filter((id) => !inSnapshot.has(id));
  const programme = missing.length > 0 ? withSeminars(pack.programme, source, pack.seminarIds) : pack.programme;

  const known = new Set(programme.seminars.map((seminar) => seminar.id));
  const seminarIds = pack.seminarIds.filter((id) => {
    if (known.has(id)) return true;
    warnings.push({ kind: 'seminar-dropped', seminarId: id });
    return false;
  });
  // Chosen topics are left as they are: one with no seminar in the pack prints nothing, and
  // dropping them could empty the list, which would mean "every topic", the opposite of the choice.
  const unchanged = programme === pack.programme && seminarIds.length === pack.seminarIds.length;
  return { pack: unchanged ? pack : { ...pack, programme, seminarIds }, warnings };
}
