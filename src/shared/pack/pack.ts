import type { Catalogue } from '../catalogue/schema';
import { BUILTIN_CATALOGUE_ID, catalogueTitle, emptySnapshot, withSeminars } from './programme';
import { type DocumentKind, PACK_FORMAT, PACK_VERSION, type Pack, type PackSections } from './schema';

export const ALL_SECTIONS_ON: Readonly<PackSections> = {
  cover: true,
  contents: true,
  agenda: true,
  speakers: true,
  topicBriefs: true,
  speakerIndex: true,
  background: true,
  readings: true,
};

/**
 * What a programme prints by default: its title page, the agenda and the
 * speakers' bios (left out where no bio is written). A briefing pack's briefs
 * and speaker index are not part of a programme; the series background and
 * readings are there to switch on.
 */
export const PROGRAMME_SECTIONS: Readonly<PackSections> = {
  cover: true,
  contents: false,
  agenda: true,
  speakers: true,
  topicBriefs: false,
  speakerIndex: false,
  background: false,
  readings: false,
};

/** The parts of a pack a programme can print (the others are a briefing pack's own). */
export const PROGRAMME_SECTION_IDS = ['cover', 'contents', 'agenda', 'speakers', 'background', 'readings'] as const;

/**
 * The pack as the other kind of document: the new kind's sections, marking and
 * language mode. A programme prints no marking unless one is set again, and in
 * each seminar's own language; a briefing pack gets UNCLASSIFIED back when it
 * had none. The user's text (briefs, bios) and choices of seminars stay.
 */
export function withDocumentKind(pack: Pack, kind: DocumentKind): Pack {
  if (pack.kind === kind) return pack;
  if (kind === 'programme')
    return { ...pack, kind, sections: { ...PROGRAMME_SECTIONS }, marking: '', languageMode: 'each-seminar' };
  return {
    ...pack,
    kind,
    sections: { ...ALL_SECTIONS_ON },
    marking: pack.marking === '' ? 'UNCLASSIFIED' : pack.marking,
    languageMode: 'document',
    paper: pack.paper === 'a5-booklet' ? 'a4' : pack.paper,
  };
}

/**
 * Choices for a new pack. `today` (YYYY-MM-DD) is required and becomes the pack
 * date unless `date` is given: the caller reads the clock, so this stays pure.
 * `catalogueId` names the catalogue the programme is taken from (default: the
 * built-in one); `seminarIds` are taken into the pack's programme snapshot.
 */
export type DefaultPackOptions = Partial<Omit<Pack, 'format' | 'version' | 'programme'>> & {
  today: string;
  catalogueId?: string;
};

/**
 * A pack on a catalogue: every topic and section, and the seminars asked for
 * (every seminar in catalogue order when `seminarIds` is not given, as
 * `briefpack build` without a pack prints the whole programme; the app passes
 * an empty list for a new pack).
 */
export function createDefaultPack(catalogue: Catalogue, options: DefaultPackOptions): Pack {
  const { today, catalogueId, ...choices } = options;
  const kind = choices.kind ?? 'briefing';
  const seminarIds = choices.seminarIds ?? catalogue.seminars.map((seminar) => seminar.id);
  const source = { catalogueId: catalogueId ?? catalogue.id ?? BUILTIN_CATALOGUE_ID, title: catalogueTitle(catalogue) };
  return {
    kind,
    title: catalogueTitle(catalogue),
    language: 'en',
    languageMode: kind === 'programme' ? 'each-seminar' : 'document',
    delegation: '',
    preparedBy: '',
    reference: '',
    date: today,
    marking: kind === 'programme' ? '' : 'UNCLASSIFIED',
    paper: 'a4',
    timeZones: [],
    topicIds: [],
    sections: { ...(kind === 'programme' ? PROGRAMME_SECTIONS : ALL_SECTIONS_ON) },
    topicBriefs: {},
    bioOverrides: {},
    ...choices,
    seminarIds,
    programme: withSeminars(emptySnapshot(source), catalogue, seminarIds),
    format: PACK_FORMAT,
    version: PACK_VERSION,
  };
}

/**
 * The `.briefpack` file text. Keys always come out in schema order and record
 * keys sorted, so saving an unchanged pack gives an identical file (clean diffs).
 * The programme snapshot is written as held: it is built from validated
 * catalogue objects, which already have their keys in schema order.
 */
export function serialisePack(pack: Pack): string {
  const sortedEntries = <V>(record: Record<string, V>): [string, V][] =>
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Object.fromEntries defines own properties, so even a "__proto__" key stays data.
  const canonical = {
    format: pack.format,
    version: pack.version,
    kind: pack.kind,
    title: pack.title,
    language: pack.language,
    languageMode: pack.languageMode,
    delegation: pack.delegation,
    preparedBy: pack.preparedBy,
    reference: pack.reference,
    date: pack.date,
    marking: pack.marking,
    paper: pack.paper,
    timeZones: pack.timeZones,
    seminarIds: pack.seminarIds,
    topicIds: pack.topicIds,
    sections: {
      cover: pack.sections.cover,
      contents: pack.sections.contents,
      agenda: pack.sections.agenda,
      speakers: pack.sections.speakers,
      topicBriefs: pack.sections.topicBriefs,
      speakerIndex: pack.sections.speakerIndex,
      background: pack.sections.background,
      readings: pack.sections.readings,
    },
    topicBriefs: Object.fromEntries(
      sortedEntries(pack.topicBriefs).map(([id, brief]) => [
        id,
        { summary: brief.summary, pointsToMake: brief.pointsToMake, background: brief.background },
      ]),
    ),
    bioOverrides: Object.fromEntries(
      sortedEntries(pack.bioOverrides).map(([id, bio]) => [
        id,
        { ar: bio.ar, en: bio.en, es: bio.es, fr: bio.fr, ru: bio.ru, zh: bio.zh },
      ]),
    ),
    programme: {
      source: {
        catalogueId: pack.programme.source.catalogueId,
        title: pack.programme.source.title,
        contentHash: pack.programme.source.contentHash,
      },
      series: pack.programme.series,
      topics: pack.programme.topics,
      people: pack.programme.people,
      seminars: pack.programme.seminars,
      ...(pack.programme.revisions
        ? {
            revisions: Object.fromEntries(
              sortedEntries(pack.programme.revisions).map(([id, revision]) => [
                id,
                { sequence: revision.sequence, hash: revision.hash },
              ]),
            ),
          }
        : {}),
    },
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
