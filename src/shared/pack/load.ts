import type { z } from 'zod';
import { CONTENT_LANGUAGES } from '../catalogue/languages';
import { isPlainRecord, runMigrations } from '../migrations';
import { type Result, err, ok } from '../result';
import { isUtcAlias, isValidTimeZone } from '../time/format';
import { PACK_MIGRATIONS, withUnreleasedV2Fields } from './migrations';
import { nameOf, repairProgramme } from './programme-repair';
import {
  MAX_EXTRA_TIME_ZONES,
  MAX_POINTS,
  MAX_PROSE_LENGTH,
  PACK_FORMAT,
  PACK_SECTION_IDS,
  PACK_VERSION,
  type BioOverride,
  type Pack,
  PackSchema,
  type PackSections,
  type TopicBrief,
} from './schema';
import type { PackWarning, PackWarningField } from './warnings';

export type PackErrorCode = 'not-a-pack' | 'newer-version' | 'invalid-pack';

export interface LoadedPack {
  pack: Pack;
  /** What was left out or changed because the file was damaged; empty for a sound file. */
  warnings: PackWarning[];
  /** The version the file was written in. */
  fromVersion: number;
}

export interface LoadPackOptions {
  /** YYYY-MM-DD: the date a pack with an unreadable date gets. Default 2000-01-01 (callers pass today). */
  today?: string;
}

/**
 * Reads untrusted JSON data as a pack. Only data that is not a pack at all, or
 * a newer version, is refused; anything else opens: an older version is
 * upgraded, and each damaged part is left out or reset with a warning that
 * names it, while every piece of text the user wrote that is still text is
 * kept. Never throws and never touches the file the data came from.
 */
export function loadPack(data: unknown, options: LoadPackOptions = {}): Result<LoadedPack, PackErrorCode> {
  if (!isPlainRecord(data) || data['format'] !== PACK_FORMAT) {
    return err('not-a-pack', 'This file is not a Briefing Pack Builder pack.');
  }
  const migrated = runMigrations(data, PACK_MIGRATIONS, PACK_VERSION);
  if (!migrated.ok) {
    if (migrated.code === 'newer-version') {
      return err(
        'newer-version',
        `This pack was saved by a newer version of Briefing Pack Builder (pack format version ${String(data['version'])}). ` +
          `This version can open format versions up to ${PACK_VERSION}. The file has not been changed.`,
      );
    }
    return err('invalid-pack', `This pack cannot be read: ${migrated.message}`);
  }
  const { fromVersion } = migrated.data;
  const current = withUnreleasedV2Fields(migrated.data.data);
  const strict = PackSchema.safeParse(current);
  if (strict.success) return ok({ pack: strict.data, warnings: [], fromVersion });

  const warnings: PackWarning[] = [];
  const salvaged = salvagePack(current, options.today ?? '2000-01-01', (w) => warnings.push(w));
  const checked = PackSchema.safeParse(salvaged);
  // salvagePack builds every field from its own schema, so this only fails on a bug; say so rather than guess.
  if (!checked.success) return err('invalid-pack', 'This pack could not be repaired.');
  return ok({ pack: checked.data, warnings, fromVersion });
}

type Warn = (warning: PackWarning) => void;

function salvagePack(data: Record<string, unknown>, today: string, warn: Warn): Pack {
  const field = <K extends PackWarningField & keyof Pack>(key: K, fallback: Pack[K]): Pack[K] =>
    readField(PackSchema.shape[key] as unknown as z.ZodType<Pack[K]>, data[key], key, fallback, warn);
  const programme = repairProgramme(data['programme'], warn);
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    kind: field('kind', 'briefing'),
    title: field('title', ''),
    language: field('language', 'en'),
    languageMode: field('languageMode', 'document'),
    delegation: field('delegation', ''),
    preparedBy: field('preparedBy', ''),
    reference: field('reference', ''),
    date: field('date', today),
    marking: field('marking', ''),
    paper: field('paper', 'a4'),
    timeZones: readTimeZones(data['timeZones'], warn),
    seminarIds: readIds(data['seminarIds'], 'seminarIds', warn),
    topicIds: readIds(data['topicIds'], 'topicIds', warn),
    sections: readSections(data['sections'], warn),
    topicBriefs: readBriefs(data['topicBriefs'], programme.topics, warn),
    bioOverrides: readBios(data['bioOverrides'], programme.people, warn),
    programme,
  };
}

/** The field as it is when valid; text cut to its limit when only too long; else the fallback. */
function readField<T>(schema: z.ZodType<T>, value: unknown, key: PackWarningField, fallback: T, warn: Warn): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (typeof value === 'string') {
    for (const limit of [2_000, 500, 200, 100]) {
      const cut = schema.safeParse(cutText(value, limit));
      if (cut.success && typeof cut.data === 'string') {
        warn({ kind: 'field-cut', field: key, kept: cut.data.length });
        return cut.data;
      }
    }
  }
  warn({ kind: 'field-reset', field: key });
  return fallback;
}

function readTimeZones(value: unknown, warn: Warn): string[] {
  if (!Array.isArray(value)) {
    if (value !== undefined) warn({ kind: 'field-reset', field: 'timeZones' });
    return [];
  }
  const zones: string[] = [];
  for (const zone of value) {
    const usable = typeof zone === 'string' && zone.length <= 100 && isValidTimeZone(zone) && !isUtcAlias(zone);
    if (usable && !zones.includes(zone) && zones.length < MAX_EXTRA_TIME_ZONES) zones.push(zone);
    else if (!usable) warn({ kind: 'time-zone-dropped', zone: describeValue(zone) });
  }
  return zones;
}

/** A value as the warning quotes it: text as it is (cut), anything else by its kind (String() throws on some objects). */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 100);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? typeof value;
  return Array.isArray(value) ? '[list]' : '{…}';
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= 200;

function readIds(value: unknown, key: 'seminarIds' | 'topicIds', warn: Warn): string[] {
  if (!Array.isArray(value)) {
    warn({ kind: 'field-reset', field: key });
    return [];
  }
  const ids = [...new Set(value.filter(isId))];
  if (ids.length !== value.length) warn({ kind: 'field-reset', field: key });
  return ids.slice(0, key === 'seminarIds' ? 20_000 : 10_000);
}

function readSections(value: unknown, warn: Warn): PackSections {
  const record = isPlainRecord(value) ? value : {};
  const sections = {} as PackSections;
  let damaged = !isPlainRecord(value);
  for (const id of PACK_SECTION_IDS) {
    const on = record[id];
    sections[id] = typeof on === 'boolean' ? on : true;
    if (typeof on !== 'boolean') damaged = true;
  }
  if (damaged) warn({ kind: 'field-reset', field: 'sections' });
  return sections;
}

/** Cuts text to `max` UTF-16 units without splitting a surrogate pair. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

type Labelled = { id: string; labels?: Record<string, string | undefined>; givenName?: string; familyName?: string };

function labelOf(id: string, items: readonly Labelled[]): string {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return id;
  if (item.labels) return item.labels['en'] ?? Object.values(item.labels).find((label) => label) ?? id;
  return `${item.givenName ?? ''} ${item.familyName ?? ''}`.trim() || id;
}

function readBriefs(value: unknown, topics: readonly Labelled[], warn: Warn): Record<string, TopicBrief> {
  if (!isPlainRecord(value)) {
    if (value !== undefined) warn({ kind: 'field-reset', field: 'topicBriefs' });
    return {};
  }
  const briefs: Record<string, TopicBrief> = {};
  for (const [topicId, raw] of Object.entries(value)) {
    const topic = labelOf(topicId, topics);
    if (!isId(topicId) || !isPlainRecord(raw)) {
      warn({ kind: 'brief-part-dropped', topic: isId(topicId) ? topic : nameOf(raw), part: 'brief' });
      continue;
    }
    const prose = (part: 'summary' | 'background'): string => {
      const text = raw[part];
      if (text === undefined) return '';
      if (typeof text !== 'string') {
        warn({ kind: 'brief-part-dropped', topic, part });
        return '';
      }
      if (text.length > MAX_PROSE_LENGTH) warn({ kind: 'brief-cut', topic, part, kept: MAX_PROSE_LENGTH });
      return cutText(text, MAX_PROSE_LENGTH);
    };
    const points: string[] = [];
    const rawPoints = raw['pointsToMake'];
    if (rawPoints !== undefined && !Array.isArray(rawPoints))
      warn({ kind: 'brief-part-dropped', topic, part: 'points' });
    for (const point of Array.isArray(rawPoints) ? rawPoints : []) {
      if (typeof point !== 'string') {
        warn({ kind: 'brief-part-dropped', topic, part: 'point' });
        continue;
      }
      if (point.length > MAX_PROSE_LENGTH) warn({ kind: 'brief-cut', topic, part: 'point', kept: MAX_PROSE_LENGTH });
      points.push(cutText(point, MAX_PROSE_LENGTH));
    }
    // More points than the format holds: the rest are joined onto the last one rather than lost.
    if (points.length > MAX_POINTS) points.splice(MAX_POINTS - 1, Infinity, points.slice(MAX_POINTS - 1).join('\n'));
    const last = points[points.length - 1];
    if (last !== undefined && last.length > MAX_PROSE_LENGTH) {
      warn({ kind: 'brief-cut', topic, part: 'points', kept: MAX_PROSE_LENGTH });
      points[points.length - 1] = cutText(last, MAX_PROSE_LENGTH);
    }
    briefs[topicId] = { summary: prose('summary'), pointsToMake: points, background: prose('background') };
  }
  return briefs;
}

function readBios(value: unknown, people: readonly Labelled[], warn: Warn): Record<string, BioOverride> {
  if (!isPlainRecord(value)) {
    if (value !== undefined) warn({ kind: 'field-reset', field: 'bioOverrides' });
    return {};
  }
  const bios: Record<string, BioOverride> = {};
  for (const [personId, raw] of Object.entries(value)) {
    const person = labelOf(personId, people);
    if (!isId(personId) || !isPlainRecord(raw)) {
      warn({ kind: 'bio-part-dropped', person: isId(personId) ? person : 'unnamed' });
      continue;
    }
    const bio: BioOverride = {};
    for (const [language, text] of Object.entries(raw)) {
      if (!(CONTENT_LANGUAGES as readonly string[]).includes(language) || typeof text !== 'string') {
        warn({ kind: 'bio-part-dropped', person, language: language.slice(0, 20) });
        continue;
      }
      if (text.length > MAX_PROSE_LENGTH) warn({ kind: 'bio-cut', person, language, kept: MAX_PROSE_LENGTH });
      bio[language as keyof BioOverride] = cutText(text, MAX_PROSE_LENGTH);
    }
    if (Object.keys(bio).length > 0) bios[personId] = bio;
  }
  return bios;
}
