import { z } from 'zod';
import { LanguageSchema } from '../catalogue/schema';
import { isUtcAlias, isValidTimeZone } from '../time/format';

/**
 * Pack file v1 (`.briefpack`): the user's choices and own text for one briefing
 * pack. Ids refer to a catalogue; `checkPackAgainstCatalogue` reports the ones
 * that do not resolve. Older versions are upgraded by `loadPack`.
 */
export const PACK_FORMAT = 'briefing-pack';
export const PACK_VERSION = 1;

export const MARKING_PRESETS = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL'] as const;
export type MarkingPreset = (typeof MARKING_PRESETS)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export const MAX_EXTRA_TIME_ZONES = 4;

const Id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const LineText = (max: number) => z.string().max(max, `must be at most ${max.toLocaleString('en-GB')} characters`);
const LongText = LineText(100_000);

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

const TimeZoneName = z
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
  summary: LongText,
  pointsToMake: z.array(LongText).max(500, 'must list at most 500 points'),
  /** Not for disclosure: left out entirely of an external edition. */
  background: LongText,
});
export type TopicBrief = z.infer<typeof TopicBriefSchema>;

/** A replacement biography per language; a language left out falls back to the catalogue's bio. */
export const BioOverrideSchema = z
  .object({ en: LongText.optional(), fr: LongText.optional(), es: LongText.optional() })
  .strict();
export type BioOverride = z.infer<typeof BioOverrideSchema>;

export const PackSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  /** Which catalogue the ids refer to: absent means the built-in catalogue. */
  catalogueId: Id.optional(),
  title: LineText(500),
  language: LanguageSchema,
  delegation: LineText(500),
  preparedBy: LineText(500),
  reference: LineText(200),
  date: z.iso.date({ message: 'must be a calendar date such as 2020-06-24' }),
  /** Free text so that national schemes fit; `MARKING_PRESETS` are suggestions. */
  marking: LineText(100),
  paper: z.enum(PAPER_SIZES),
  /** Extra zones shown after UTC in the agenda, in this order. */
  timeZones: uniqueEntries(TimeZoneName, MAX_EXTRA_TIME_ZONES, 'time zones'),
  /** Chosen seminars, in the order the document presents them. */
  seminarIds: uniqueEntries(Id, 20_000, 'seminars'),
  /** Chosen topics; empty means every topic. */
  topicIds: uniqueEntries(Id, 10_000, 'topics'),
  sections: PackSectionsSchema,
  /** An external edition leaves out every "not for disclosure" part. */
  external: z.boolean(),
  topicBriefs: boundedRecord(TopicBriefSchema, 10_000, 'topic briefs'),
  bioOverrides: boundedRecord(BioOverrideSchema, 100_000, 'biographies'),
});
export type Pack = z.infer<typeof PackSchema>;
