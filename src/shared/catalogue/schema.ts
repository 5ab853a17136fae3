import { z } from 'zod';
import { isValidTimeZone } from '../time/format';
import { ContentLanguageSchema } from './languages';

export {
  CONTENT_LANGUAGES,
  ContentLanguageSchema,
  type ContentLanguage,
  LANGUAGES,
  LanguageSchema,
  type Language,
  isDocumentLanguage,
} from './languages';

/**
 * Catalogue file, version 2 (the current one). Version 1 files are upgraded by
 * the migration chain in ./migrations.ts; docs/formats.md says what every field
 * means. Field names never change meaning: new fields are optional or come with
 * a new version.
 */
export const CATALOGUE_FORMAT = 'briefing-pack-catalogue';
export const CATALOGUE_VERSION = 2;

export const MAX_ID_LENGTH = 200;
export const MAX_SHORT_TEXT = 2_000;
export const MAX_LONG_TEXT = 100_000;

const Id = z.string().min(1, 'must not be empty').max(MAX_ID_LENGTH, 'must be at most 200 characters');
const ShortText = z.string().max(MAX_SHORT_TEXT, 'must be at most 2,000 characters');
const LongText = z.string().max(MAX_LONG_TEXT, 'must be at most 100,000 characters');
/** ISO 8601 instant in UTC, e.g. 2020-06-24T07:00:00Z. */
export const UtcInstantSchema = z.iso.datetime({
  offset: false,
  message: 'must be a UTC date-time such as 2020-06-24T07:00:00Z',
});
/** An IANA time zone name this computer knows, e.g. Europe/Vienna. */
export const TimeZoneIdSchema = z
  .string()
  .max(100, 'must be at most 100 characters')
  .refine(isValidTimeZone, 'is not a time zone name this computer knows (use IANA names such as Europe/Vienna)');

/** Text in any of the six UN languages; a language left out has no text. */
export const LocalisedTextSchema = z
  .object({
    ar: LongText.optional(),
    en: LongText.optional(),
    es: LongText.optional(),
    fr: LongText.optional(),
    ru: LongText.optional(),
    zh: LongText.optional(),
  })
  .strict();
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;

export const FurtherReadingSchema = z.object({ title: ShortText.min(1), url: z.string().max(2_000).optional() });
export type FurtherReading = z.infer<typeof FurtherReadingSchema>;

export const SeriesSchema = z.object({
  id: Id,
  title: ShortText.min(1),
  /** Paragraphs separated by a blank line. */
  summary: LongText,
  focus: z.array(ShortText).max(200),
  /**
   * How many summary paragraphs come before the focus list in the programme
   * ("The seminars will focus on:" then the list, then the rest). Absent: the
   * list follows the whole summary.
   */
  focusAfterParagraph: z.number().int().min(0).max(10_000).optional(),
  furtherReadings: z.array(FurtherReadingSchema).max(500),
});
export type Series = z.infer<typeof SeriesSchema>;

export const TopicSchema = z.object({ id: Id, labels: LocalisedTextSchema });
export type Topic = z.infer<typeof TopicSchema>;

export const NAME_ORDERS = ['given-family', 'family-given'] as const;

export const PersonSchema = z.object({
  id: Id,
  /** Dr., Prof., H.E., Ambassador…: printed before the name, never part of it. */
  honorific: ShortText.optional(),
  givenName: ShortText,
  familyName: ShortText.min(1),
  /** How the name is written: "Jae-won KIM" (given-family, the default) or "KIM Jae-won". */
  nameOrder: z.enum(NAME_ORDERS).optional(),
  /** Sorts and indexes the person when the family name alone would not (e.g. "de la Fuente" under F). */
  sortKey: ShortText.optional(),
  organisation: ShortText.optional(),
  country: ShortText.optional(),
  bio: LocalisedTextSchema,
});
export type Person = z.infer<typeof PersonSchema>;

export const ChairSchema = z.object({
  personId: Id,
  role: ShortText,
  /** The label as the programme writes it: Chair, Moderator, Président·e, Presidente, Facilitator… */
  label: ShortText.optional(),
});
export type Chair = z.infer<typeof ChairSchema>;

export const SpeakerSchema = z.object({ personId: Id, role: ShortText, tbc: z.boolean() });
export type Speaker = z.infer<typeof SpeakerSchema>;

export const SessionSchema = z.object({
  /** Unique within its seminar and stable across re-imports (derived from the topic). */
  id: Id,
  /** The standard (or custom) topic this session maps to. */
  topicId: Id,
  /** The title as the programme writes it; printed as written. */
  title: ShortText,
  start: UtcInstantSchema.optional(),
  end: UtcInstantSchema.optional(),
  speakers: z.array(SpeakerSchema).max(200),
});
export type Session = z.infer<typeof SessionSchema>;

export const SeminarSchema = z.object({
  /** Stable across re-imports: derived from the date and the title. */
  id: Id,
  seriesId: Id,
  title: ShortText,
  language: ContentLanguageSchema,
  /** Times are stored as UTC instants whatever zone the organiser announced them in. */
  start: UtcInstantSchema,
  end: UtcInstantSchema,
  /** The zone the organiser announced the times in (IANA), e.g. Europe/Paris. */
  timeZone: TimeZoneIdSchema.optional(),
  /** Venue or online platform as the programme gives it. */
  venue: ShortText.optional(),
  chair: ChairSchema.optional(),
  sessions: z.array(SessionSchema).max(200),
  notes: LongText.optional(),
});
export type Seminar = z.infer<typeof SeminarSchema>;

export const CATALOGUE_SOURCE_KINDS = [
  'builtin',
  'programme-text',
  'icalendar',
  'frab-xml',
  'schedule-json',
  'csv',
  'manual',
] as const;
export type CatalogueSourceKind = (typeof CATALOGUE_SOURCE_KINDS)[number];

/** Where a catalogue came from, so that importing the same source again updates it in place. */
export const CatalogueSourceSchema = z.object({
  kind: z.enum(CATALOGUE_SOURCE_KINDS),
  /** File name only, never a path. */
  fileName: ShortText.optional(),
});
export type CatalogueSource = z.infer<typeof CatalogueSourceSchema>;

export const CatalogueSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.literal(CATALOGUE_VERSION),
  /** Stable identity of the catalogue; absent in a file written by hand (the app assigns one when it keeps it). */
  id: Id.optional(),
  /** The name the user gave the catalogue; absent means the first series' title. */
  title: ShortText.optional(),
  source: CatalogueSourceSchema.optional(),
  series: z.array(SeriesSchema).max(1_000),
  topics: z.array(TopicSchema).max(10_000),
  people: z.array(PersonSchema).max(100_000),
  seminars: z.array(SeminarSchema).max(20_000),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;
