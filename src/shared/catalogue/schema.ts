import { z } from 'zod';
import { type Problem, type Result, err, formatPath, ok } from '../result';

/**
 * Catalogue file v1. Field names are fixed by the product (see docs/formats.md);
 * optional extra fields may be added but existing ones never change meaning.
 */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const CATALOGUE_FORMAT = 'briefing-pack-catalogue';
export const CATALOGUE_VERSION = 1;

const Id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const ShortText = z.string().max(2_000, 'must be at most 2,000 characters');
const LongText = z.string().max(100_000, 'must be at most 100,000 characters');
/** ISO 8601 instant in UTC, e.g. 2020-06-24T07:00:00Z. */
const UtcInstant = z.iso.datetime({ offset: false, message: 'must be a UTC date-time such as 2020-06-24T07:00:00Z' });

export const LocalisedTextSchema = z
  .object({ en: LongText.optional(), fr: LongText.optional(), es: LongText.optional() })
  .strict();
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;

export const FurtherReadingSchema = z.object({ title: ShortText.min(1), url: z.string().max(2_000).optional() });
export type FurtherReading = z.infer<typeof FurtherReadingSchema>;

export const SeriesSchema = z.object({
  id: Id,
  title: ShortText.min(1),
  summary: LongText,
  focus: z.array(ShortText).max(200),
  furtherReadings: z.array(FurtherReadingSchema).max(500),
});
export type Series = z.infer<typeof SeriesSchema>;

export const TopicSchema = z.object({ id: Id, labels: LocalisedTextSchema });
export type Topic = z.infer<typeof TopicSchema>;

export const PersonSchema = z.object({
  id: Id,
  givenName: ShortText,
  familyName: ShortText.min(1),
  bio: LocalisedTextSchema,
});
export type Person = z.infer<typeof PersonSchema>;

export const ChairSchema = z.object({ personId: Id, role: ShortText });
export const SpeakerSchema = z.object({ personId: Id, role: ShortText, tbc: z.boolean() });
export type Speaker = z.infer<typeof SpeakerSchema>;

export const SessionSchema = z.object({
  topicId: Id,
  title: ShortText,
  speakers: z.array(SpeakerSchema).max(200),
});
export type Session = z.infer<typeof SessionSchema>;

export const SeminarSchema = z.object({
  id: Id,
  seriesId: Id,
  title: ShortText,
  language: LanguageSchema,
  start: UtcInstant,
  end: UtcInstant,
  chair: ChairSchema.optional(),
  sessions: z.array(SessionSchema).max(200),
});
export type Seminar = z.infer<typeof SeminarSchema>;

export const CatalogueSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.literal(CATALOGUE_VERSION),
  series: z.array(SeriesSchema).max(1_000),
  topics: z.array(TopicSchema).max(10_000),
  people: z.array(PersonSchema).max(100_000),
  seminars: z.array(SeminarSchema).max(20_000),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

/**
 * Cross-reference checks that a schema cannot express: unique ids, every
 * reference resolvable, and time windows that end after they start.
 */
export function findIntegrityProblems(catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  const uniqueIds = (items: ReadonlyArray<{ id: string }>, listName: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) problems.push({ path: `${listName}[${index}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const seriesIds = uniqueIds(catalogue.series, 'series');
  const topicIds = uniqueIds(catalogue.topics, 'topics');
  const personIds = uniqueIds(catalogue.people, 'people');
  uniqueIds(catalogue.seminars, 'seminars');

  catalogue.seminars.forEach((seminar, s) => {
    const at = `seminars[${s}]`;
    if (!seriesIds.has(seminar.seriesId))
      problems.push({ path: `${at}.seriesId`, message: `no series with id "${seminar.seriesId}"` });
    if (Date.parse(seminar.end) <= Date.parse(seminar.start))
      problems.push({ path: `${at}.end`, message: 'must be after start' });
    if (seminar.chair && !personIds.has(seminar.chair.personId))
      problems.push({ path: `${at}.chair.personId`, message: `no person with id "${seminar.chair.personId}"` });
    seminar.sessions.forEach((session, t) => {
      if (!topicIds.has(session.topicId))
        problems.push({ path: `${at}.sessions[${t}].topicId`, message: `no topic with id "${session.topicId}"` });
      session.speakers.forEach((speaker, p) => {
        if (!personIds.has(speaker.personId))
          problems.push({
            path: `${at}.sessions[${t}].speakers[${p}].personId`,
            message: `no person with id "${speaker.personId}"`,
          });
      });
    });
  });
  return problems;
}

export type CatalogueErrorCode = 'invalid-catalogue';

/** Validates untrusted JSON data as a catalogue v1: schema first, then integrity. */
export function validateCatalogue(data: unknown): Result<Catalogue, CatalogueErrorCode> {
  if (typeof data === 'object' && data !== null && 'format' in data && 'version' in data) {
    const { format, version } = data as { format: unknown; version: unknown };
    if (format === CATALOGUE_FORMAT && typeof version === 'number' && version > CATALOGUE_VERSION) {
      return err(
        'invalid-catalogue',
        `This catalogue was made by a newer version of Briefing Pack Builder (format version ${version}); this version reads version ${CATALOGUE_VERSION}.`,
      );
    }
  }
  const parsed = CatalogueSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    return err('invalid-catalogue', describeProblems(problems), problems);
  }
  const problems = findIntegrityProblems(parsed.data);
  if (problems.length > 0) return err('invalid-catalogue', describeProblems(problems), problems);
  return ok(parsed.data);
}

function describeProblems(problems: Problem[]): string {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return first ? `Not a valid catalogue: ${first.path}: ${first.message}${more}` : 'Not a valid catalogue';
}
