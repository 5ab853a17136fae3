import { z } from 'zod';
import { LanguageSchema, PersonSchema, SeminarSchema, SeriesSchema, TopicSchema } from '../catalogue/schema';
import { isUtcAlias, isValidTimeZone } from '../time/format';

/**
 * Pack file v2 (`.briefpack`): the user's choices and own text for one briefing
 * pack or organiser's programme (`kind`), and a snapshot of the programme data it uses, so that the file opens
 * and exports on any machine. Older versions are upgraded by `loadPack`
 * (./load.ts); docs/formats.md says what every field means.
 */
export const PACK_FORMAT = 'briefing-pack';
export const PACK_VERSION = 2;

export const MARKING_PRESETS = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL'] as const;
export type MarkingPreset = (typeof MARKING_PRESETS)[number];

/** `a5-booklet`: A5 pages, and a PDF imposed two to a side on A4 in booklet order, to fold. */
export const PAPER_SIZES = ['a4', 'letter', 'a5-booklet'] as const;
export type PaperChoice = (typeof PAPER_SIZES)[number];

/**
 * What the document is: a delegation's `briefing` pack (cover, agenda, speakers,
 * briefs, background not for disclosure…) or an organiser's `programme` (title
 * page, agenda with session times, optional bios; no delegation or classification).
 */
export const DOCUMENT_KINDS = ['briefing', 'programme'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The language a programme prints in: `each-seminar` prints every seminar in its
 * own language (labels and dates); `document` prints everything in `language`.
 * A briefing pack always prints in `language`.
 */
export const LANGUAGE_MODES = ['document', 'each-seminar'] as const;
export type LanguageMode = (typeof LANGUAGE_MODES)[number];
export const MAX_EXTRA_TIME_ZONES = 4;

/** Limits of the user's own prose (briefs, points, bios): far above any real brief, bounded for the file's sake. */
export const MAX_PROSE_LENGTH = 100_000;
export const MAX_POINTS = 500;

const Id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const LineText = (max: number) =>
  z.string().max(max, `must be at most ${max.toLocaleString('en-GB')} characters`);
const Prose = LineText(MAX_PROSE_LENGTH);

/** Reports every repeated entry at its own index, so the message points at the second occurrence. */
function uniqueEntries<T extends z.ZodType<string>>(item: T, max: number, what: string) {
  return z
    .array(item)
    .max(max, `must list at most ${max.toLocaleString('en-GB')} ${what}`)
    .superRefine((entries, context) => {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        if (seen.has(entry)) context.addIssue({ code: 'custom', path: [index], message: `"${entry}" is listed twice` });
        seen.add(entry);
      });
    });
}

function boundedRecord<V extends z.ZodType>(value: V, max: number, what: string) {
  return z
    .record(Id, value)
    .refine((record) => Object.keys(record).length <= max, `must hold at most ${max.toLocaleString('en-GB')} ${what}`);
}

export const TimeZoneNameSchema = z
  .string()
  .max(100, 'must be at most 100 characters')
  .refine(isValidTimeZone, 'is not a time zone name this computer knows (use IANA names such as Europe/Vienna)')
  // UTC is always the first time row, so listing it again would only repeat it.
  .refine((name) => !isUtcAlias(name), 'UTC is always shown; choose another zone');

export const PackSectionsSchema = z.object({
  cover: z.boolean(),
  contents: z.boolean(),
  agenda: z.boolean(),
  speakers: z.boolean(),
  topicBriefs: z.boolean(),
  speakerIndex: z.boolean(),
  background: z.boolean(),
  readings: z.boolean(),
});
export type PackSections = z.infer<typeof PackSectionsSchema>;
export type PackSectionId = keyof PackSections;
export const PACK_SECTION_IDS: readonly PackSectionId[] = Object.keys(PackSectionsSchema.shape) as PackSectionId[];

export const TopicBriefSchema = z.object({
  summary: Prose,
  pointsToMake: z.array(Prose).max(MAX_POINTS, `must list at most ${MAX_POINTS} points`),
  /** Not for disclosure: left out entirely of an external edition. */
  background: Prose,
});
export type TopicBrief = z.infer<typeof TopicBriefSchema>;

/** A replacement biography per language; a language left out falls back to the programme's bio. */
export const BioOverrideSchema = z
  .object({
    ar: Prose.optional(),
    en: Prose.optional(),
    es: Prose.optional(),
    fr: Prose.optional(),
    ru: Prose.optional(),
    zh: Prose.optional(),
  })
  .strict();
export type BioOverride = z.infer<typeof BioOverrideSchema>;

/** Where the programme snapshot came from. */
export const ProgrammeSourceSchema = z.object({
  /** `builtin`, or the id of the catalogue in the app it was taken from. */
  catalogueId: Id,
  /** The catalogue's title when the snapshot was taken, to name it when it is not on this machine. */
  title: LineText(2_000),
  /** SHA-256 (hex) of the snapshot's programme data; empty until a snapshot has been taken. */
  contentHash: z.union([z.literal(''), z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex')]),
});
export type ProgrammeSource = z.infer<typeof ProgrammeSourceSchema>;

/**
 * How often a seminar's calendar content changed in this snapshot: `sequence`
 * starts at 0 and grows by one each time the snapshot takes a version of the
 * seminar whose `hash` (its times, sessions, chair and speakers) differs. It
 * becomes the iCalendar SEQUENCE, so calendars replace the old event.
 */
export const SeminarRevisionSchema = z.object({
  sequence: z.number().int().min(0).max(1_000_000),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
});
export type SeminarRevision = z.infer<typeof SeminarRevisionSchema>;

/**
 * The programme data a pack uses: its seminars with their sessions, the people
 * in them, their topics and series, in catalogue v2 shape. Enough to build the
 * document with no catalogue at hand.
 */
export const ProgrammeSnapshotSchema = z.object({
  source: ProgrammeSourceSchema,
  series: z.array(SeriesSchema).max(1_000),
  topics: z.array(TopicSchema).max(10_000),
  people: z.array(PersonSchema).max(100_000),
  seminars: z.array(SeminarSchema).max(20_000),
  /** By seminar id; absent in a file written before revisions were kept (every seminar then counts as 0). */
  revisions: boundedRecord(SeminarRevisionSchema, 20_000, 'seminar revisions').optional(),
});
export type ProgrammeSnapshot = z.infer<typeof ProgrammeSnapshotSchema>;

export const PackSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  /** A v1 file, or a v2 file written before programmes existed, is a briefing pack (see load.ts). */
  kind: z.enum(DOCUMENT_KINDS),
  title: LineText(500),
  language: LanguageSchema,
  /** `document` for a briefing pack; absent in a file that predates it: `document`. */
  languageMode: z.enum(LANGUAGE_MODES),
  delegation: LineText(500),
  preparedBy: LineText(500),
  reference: LineText(200),
  date: z.iso.date({ message: 'must be a calendar date such as 2020-06-24' }),
  /** Free text so that national schemes fit; `MARKING_PRESETS` are suggestions. One line. */
  marking: LineText(100),
  paper: z.enum(PAPER_SIZES),
  /** Extra zones shown after UTC in the agenda, in this order. */
  timeZones: uniqueEntries(TimeZoneNameSchema, MAX_EXTRA_TIME_ZONES, 'time zones'),
  /** Chosen seminars (ids in `programme.seminars`), in the order the document presents them. */
  seminarIds: uniqueEntries(Id, 20_000, 'seminars'),
  /** Chosen topics; empty means every topic. */
  topicIds: uniqueEntries(Id, 10_000, 'topics'),
  sections: PackSectionsSchema,
  /** The user's briefs by topic id; kept even while no chosen seminar has the topic. */
  topicBriefs: boundedRecord(TopicBriefSchema, 10_000, 'topic briefs'),
  /** The user's biographies by person id; kept even while the person is in no chosen seminar. */
  bioOverrides: boundedRecord(BioOverrideSchema, 100_000, 'biographies'),
  programme: ProgrammeSnapshotSchema,
});
export type Pack = z.infer<typeof PackSchema>;
