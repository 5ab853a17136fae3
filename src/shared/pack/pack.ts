import type { Catalogue } from '../catalogue/schema';
import { type Problem, type Result, err, formatPath, ok } from '../result';
import { type MigrationChain, isPlainRecord, runMigrations } from '../migrations';
import { PACK_FORMAT, PACK_VERSION, type Pack, PackSchema, type PackSections } from './schema';

/**
 * Upgrades from pack format version n to n + 1, keyed by n. Empty because
 * version 1 is the first format; add a step here whenever PACK_VERSION grows.
 */
export const PACK_MIGRATIONS: MigrationChain = {};

export type PackErrorCode = 'invalid-pack' | 'newer-version' | 'not-a-pack';

/**
 * Reads untrusted JSON data as a pack: recognises the format, upgrades older
 * versions, then validates. Never throws, and never touches the source file, so
 * a newer file is refused with the file left as it was.
 */
export function loadPack(data: unknown): Result<Pack, PackErrorCode> {
  if (!isPlainRecord(data) || data['format'] !== PACK_FORMAT) {
    return err('not-a-pack', 'This file is not a Briefing Pack Builder pack.');
  }
  const migrated = runMigrations(data, PACK_MIGRATIONS, PACK_VERSION);
  if (!migrated.ok) {
    if (migrated.code === 'newer-version') {
      return err(
        'newer-version',
        `This pack was saved by a newer version of Briefing Pack Builder (pack format version ${String(data['version'])}). ` +
          `This version can open format version ${PACK_VERSION}. The file has not been changed.`,
      );
    }
    return err('invalid-pack', `Not a valid pack: ${migrated.message}`, migrated.problems);
  }
  const parsed = PackSchema.safeParse(migrated.data.data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    return err('invalid-pack', describeProblems('Not a valid pack', problems), problems);
  }
  return ok(parsed.data);
}

/**
 * Ids in the pack that the catalogue does not know. The document builder skips
 * them, so these are what the user should fix (or accept) before exporting.
 */
export function checkPackAgainstCatalogue(pack: Pack, catalogue: Catalogue): Problem[] {
  const seminarIds = new Set(catalogue.seminars.map((seminar) => seminar.id));
  const topicIds = new Set(catalogue.topics.map((topic) => topic.id));
  const personIds = new Set(catalogue.people.map((person) => person.id));
  const problems: Problem[] = [];
  pack.seminarIds.forEach((id, index) => {
    if (!seminarIds.has(id)) problems.push({ path: `seminarIds[${index}]`, message: `no seminar with id "${id}"` });
  });
  pack.topicIds.forEach((id, index) => {
    if (!topicIds.has(id)) problems.push({ path: `topicIds[${index}]`, message: `no topic with id "${id}"` });
  });
  for (const id of Object.keys(pack.topicBriefs)) {
    if (!topicIds.has(id))
      problems.push({ path: formatPath(['topicBriefs', id]), message: `no topic with id "${id}"` });
  }
  for (const id of Object.keys(pack.bioOverrides)) {
    if (!personIds.has(id))
      problems.push({ path: formatPath(['bioOverrides', id]), message: `no person with id "${id}"` });
  }
  return problems;
}

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
 * Choices for a new pack. `today` (YYYY-MM-DD) is required and becomes the pack
 * date unless `date` is given: the caller reads the clock, so this stays pure.
 */
export type DefaultPackOptions = Partial<Omit<Pack, 'format' | 'version'>> & { today: string };

/** A new pack covering the whole catalogue: every seminar in catalogue order, every topic, every section. */
export function createDefaultPack(catalogue: Catalogue, options: DefaultPackOptions): Pack {
  const { today, ...choices } = options;
  const firstSeriesId = catalogue.seminars[0]?.seriesId;
  const series = catalogue.series.find((candidate) => candidate.id === firstSeriesId) ?? catalogue.series[0];
  return {
    title: series?.title ?? '',
    language: 'en',
    delegation: '',
    preparedBy: '',
    reference: '',
    date: today,
    marking: 'UNCLASSIFIED',
    paper: 'a4',
    timeZones: [],
    seminarIds: catalogue.seminars.map((seminar) => seminar.id),
    topicIds: [],
    sections: { ...ALL_SECTIONS_ON },
    external: false,
    topicBriefs: {},
    bioOverrides: {},
    ...choices,
    format: PACK_FORMAT,
    version: PACK_VERSION,
  };
}

/**
 * The `.briefpack` file text. Keys always come out in schema order and record
 * keys sorted, so saving an unchanged pack gives an identical file (clean diffs).
 */
export function serialisePack(pack: Pack): string {
  const sortedEntries = <V>(record: Record<string, V>): [string, V][] =>
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Object.fromEntries defines own properties, so even a "__proto__" key stays data.
  const canonical = {
    format: pack.format,
    version: pack.version,
    ...(pack.catalogueId !== undefined ? { catalogueId: pack.catalogueId } : {}),
    title: pack.title,
    language: pack.language,
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
    external: pack.external,
    topicBriefs: Object.fromEntries(
      sortedEntries(pack.topicBriefs).map(([id, brief]) => [
        id,
        { summary: brief.summary, pointsToMake: brief.pointsToMake, background: brief.background },
      ]),
    ),
    bioOverrides: Object.fromEntries(
      sortedEntries(pack.bioOverrides).map(([id, bio]) => [id, { en: bio.en, fr: bio.fr, es: bio.es }]),
    ),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

function describeProblems(lead: string, problems: Problem[]): string {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return first ? `${lead}: ${first.path}: ${first.message}${more}` : lead;
}
