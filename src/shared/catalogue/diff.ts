import { type ProgrammeChange, type SeminarRef, describeProgrammeChange, diffProgramme } from '../pack/programme-diff';
import type { Catalogue } from './schema';

/**
 * One difference between two versions of a catalogue: what re-importing a
 * programme, or saving it from the editor, changes. The programme changes a
 * pack reports, plus seminars that are new.
 */
export type CatalogueChange = ProgrammeChange | { kind: 'seminar-added'; seminar: SeminarRef };

/**
 * What changed from `before` to `after`, seminar by seminar in `after`'s order
 * (removed ones last), as data the interface words in its language
 * (describeCatalogueChange words it in English). Empty when the programme is
 * the same, whatever the catalogue's name or where it came from.
 */
export function diffCatalogues(before: Catalogue, after: Catalogue): CatalogueChange[] {
  const snapshot = {
    source: { catalogueId: before.id ?? '', title: before.title ?? '', contentHash: '' },
    series: before.series,
    topics: before.topics,
    people: before.people,
    seminars: before.seminars,
  };
  const old = new Set(before.seminars.map((seminar) => seminar.id));
  const kept = after.seminars.filter((seminar) => old.has(seminar.id)).map((seminar) => seminar.id);
  const still = new Set(kept);
  const removed = before.seminars.filter((seminar) => !still.has(seminar.id)).map((seminar) => seminar.id);
  const changes: CatalogueChange[] = after.seminars
    .filter((seminar) => !old.has(seminar.id))
    .map((seminar) => ({
      kind: 'seminar-added' as const,
      seminar: { id: seminar.id, title: seminar.title, start: seminar.start },
    }));
  return [...changes, ...diffProgramme(snapshot, after, [...kept, ...removed])];
}

/** One change as an English sentence, for the command line and logs. */
export function describeCatalogueChange(change: CatalogueChange): string {
  if (change.kind === 'seminar-added')
    return `${`${change.seminar.start.slice(0, 10)} ${change.seminar.title}`.trim()}: new seminar.`;
  return describeProgrammeChange(change);
}
