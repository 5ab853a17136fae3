import { findIana } from 'windows-iana';
import { isValidTimeZone, utcOffsetMinutes } from '../time/format';
import { ZONE_ABBREVIATIONS, ZONE_CITY_ALIASES, ZONE_NAMES } from './zone-names';

/**
 * Time zones as programmes announce them ("UTC+2", "Europe/Vienna", "CEST",
 * "Central European Time", "heure de Paris", "W. Europe Standard Time") and
 * wall-clock times in them turned into UTC instants. Offsets and daylight
 * saving always come from the runtime's zone database (Intl), never from a
 * table of ours: our tables only say which zone a name means.
 */

/** A zone the importer could pin down: an IANA zone, or a fixed offset written as such (UTC+2). */
export type AnnouncedZone =
  { kind: 'iana'; id: string; written: string } | { kind: 'offset'; minutes: number; written: string };

export type ZoneReading =
  | { kind: 'zone'; zone: AnnouncedZone }
  /** An abbreviation with several meanings (IST, CST): the user chooses. */
  | { kind: 'ambiguous'; abbreviation: string; choices: readonly string[] }
  | { kind: 'unknown'; written: string };

/** The user's answers to ambiguous abbreviations: abbreviation (upper case) → IANA zone. */
export type ZoneAnswers = Readonly<Record<string, string>>;

const OFFSET = /^(?:utc|gmt|z)\s*(?:([+\-−–])\s*(\d{1,2})(?:\s*[:h.]?\s*(\d{2}))?)?$/iu;

/** The folded form names are looked up by: lower case, no accents, single spaces, no "the". */
export function zoneKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'+\-/]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
}

let ianaByLowerCase: Map<string, string> | undefined;
let ianaByCity: Map<string, string> | undefined;

function ianaIndexes(): { byName: Map<string, string>; byCity: Map<string, string> } {
  if (!ianaByLowerCase || !ianaByCity) {
    ianaByLowerCase = new Map();
    ianaByCity = new Map();
    let names: string[];
    try {
      names = Intl.supportedValuesOf('timeZone');
    } catch {
      names = [];
    }
    for (const name of names) {
      ianaByLowerCase.set(name.toLowerCase(), name);
      const city = name.split('/').pop() ?? '';
      if (name.includes('/')) ianaByCity.set(zoneKey(city.replace(/_/g, ' ')), name);
    }
  }
  return { byName: ianaByLowerCase, byCity: ianaByCity };
}

/** "europe/vienna" → "Europe/Vienna"; undefined when the computer does not know the zone. */
export function canonicalIanaZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(trimmed)) return undefined;
  if (isValidTimeZone(trimmed)) return trimmed;
  const listed = ianaIndexes().byName.get(trimmed.toLowerCase());
  if (listed) return listed;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
    return isValidTimeZone(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/** A Windows zone id ("W. Europe Standard Time") as the IANA zone Windows means by it. */
export function windowsZoneToIana(name: string): string | undefined {
  let candidates: string[];
  try {
    candidates = findIana(name.trim()) as string[];
  } catch {
    return undefined;
  }
  for (const candidate of candidates) {
    const zone = canonicalIanaZone(candidate);
    if (zone) return zone;
  }
  return undefined;
}

function iana(id: string, written: string): ZoneReading {
  return { kind: 'zone', zone: { kind: 'iana', id, written } };
}

/**
 * Reads a whole zone phrase: "UTC", "GMT+1", "UTC−04:00", "Europe/Vienna",
 * "CEST", "Central European Summer Time", "heure de Paris", "hora de Madrid",
 * "New York time", "W. Europe Standard Time". Answers an ambiguous
 * abbreviation from `answers` when the user has chosen its meaning.
 */
export function readZone(text: string, answers: ZoneAnswers = {}): ZoneReading {
  const written = text
    .trim()
    .replace(/^\(+|\)+$/g, '')
    .trim();
  const offset = OFFSET.exec(written.replace(/\s+/g, ' '));
  if (offset) {
    const [, sign, hoursText, minutesText] = offset;
    if (hoursText === undefined) return { kind: 'zone', zone: { kind: 'offset', minutes: 0, written } };
    const hours = Number(hoursText);
    const minutes = minutesText === undefined ? 0 : Number(minutesText);
    if (hours > 14 || minutes > 59) return { kind: 'unknown', written };
    const total = (sign === '+' ? 1 : -1) * (hours * 60 + minutes);
    return { kind: 'zone', zone: { kind: 'offset', minutes: total, written } };
  }
  const upper = written.toUpperCase().replace(/\./g, '');
  const abbreviation = ZONE_ABBREVIATIONS.get(upper);
  if (abbreviation !== undefined && /^[A-Za-z.]{2,6}$/.test(written)) {
    if (typeof abbreviation === 'string') return iana(abbreviation, written);
    const answered = answers[upper];
    if (answered !== undefined && abbreviation.includes(answered)) return iana(answered, written);
    return { kind: 'ambiguous', abbreviation: upper, choices: abbreviation };
  }
  if (written.includes('/')) {
    const zone = canonicalIanaZone(written.replace(/\s+/g, '_'));
    return zone ? iana(zone, written) : { kind: 'unknown', written };
  }
  const key = zoneKey(written);
  const named = ZONE_NAMES.get(key);
  if (named) return iana(named, written);
  if (/standard time$/i.test(written)) {
    const windows = windowsZoneToIana(written);
    if (windows) return iana(windows, written);
  }
  const city = cityOfPhrase(key);
  if (city !== undefined) {
    const zone = ZONE_CITY_ALIASES.get(city) ?? ianaIndexes().byCity.get(city);
    if (zone && isValidTimeZone(zone)) return iana(zone, written);
  }
  return { kind: 'unknown', written };
}

/** "new york time", "heure de paris", "hora de madrid", "vienna local time" → the city. */
function cityOfPhrase(key: string): string | undefined {
  const patterns = [
    /^(.+?) (?:local )?time(?: zone)?$/,
    /^(?:local )?time (?:in|of) (.+)$/,
    /^heure (?:locale )?(?:de |d'|du |des )(?:la |l')?(.+?)(?: locale)?$/,
    /^hora (?:local )?(?:de |del )(?:la )?(.+?)(?: local)?$/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(key);
    if (match?.[1]) return match[1].replace(/^(?:la|le|l') ?/, '').trim();
  }
  return undefined;
}

/**
 * Finds a zone phrase at the start of `text` ("Central European Time (CET)",
 * "UTC (14:00 EEST)"): the longest leading run of words that reads as a zone,
 * and what follows it.
 */
export function readLeadingZone(
  text: string,
  answers: ZoneAnswers = {},
): { reading: ZoneReading; rest: string } | undefined {
  const trimmed = text.trim();
  const inParentheses = /^\(([^()]{1,80})\)(.*)$/u.exec(trimmed);
  if (inParentheses) {
    const reading = readZone(inParentheses[1] ?? '', answers);
    if (reading.kind !== 'unknown') return { reading, rest: (inParentheses[2] ?? '').trim() };
  }
  const words = trimmed.split(' ');
  for (let count = Math.min(words.length, 7); count >= 1; count--) {
    const phrase = words
      .slice(0, count)
      .join(' ')
      .replace(/[,;.]+$/, '');
    const reading = readZone(phrase, answers);
    if (reading.kind !== 'unknown')
      return {
        reading,
        rest: words
          .slice(count)
          .join(' ')
          .replace(/^[,;.\s]+/, ''),
      };
  }
  return undefined;
}

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  /** Minutes after midnight; may exceed a day (an end after midnight). */
  minutes: number;
}

/** A UTC instant in milliseconds, with a note when the wall-clock time was skipped or repeated by a DST change. */
export interface PlacedInstant {
  ms: number;
  note?: string;
}

/**
 * The UTC instant at which clocks in `zone` showed `local`. A time skipped by
 * the spring change (02:30 on the last Sunday of March in Europe) is moved
 * forward by the change; a time that happens twice in autumn is taken the first
 * time. Both say so in a note.
 */
export function localTimeToUtc(local: LocalDateTime, zone: AnnouncedZone): PlacedInstant | undefined {
  const wall = Date.UTC(local.year, local.month - 1, local.day) + local.minutes * 60_000;
  if (!Number.isFinite(wall)) return undefined;
  if (zone.kind === 'offset') return { ms: wall - zone.minutes * 60_000 };
  const offsetAt = (ms: number): number | undefined => {
    try {
      return utcOffsetMinutes(zone.id, new Date(ms));
    } catch {
      return undefined;
    }
  };
  // The offsets a few hours either side cover every change, however large.
  const before = offsetAt(wall - 14 * 3_600_000);
  const after = offsetAt(wall + 14 * 3_600_000);
  if (before === undefined || after === undefined) return undefined;
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * 60_000)
    .filter((ms) => offsetAt(ms) !== undefined && wall - (offsetAt(ms) ?? 0) * 60_000 === ms)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) {
    return candidates.length > 1
      ? { ms: first, note: 'this time happens twice when the clocks go back; the first was taken' }
      : { ms: first };
  }
  // Skipped by the clocks going forward: the same elapsed time after the last valid instant.
  return {
    ms: wall - before * 60_000,
    note: 'this time does not exist on that day (the clocks go forward); it was moved forward by the change',
  };
}

/** The IANA zone a reading names, for the seminar's announced zone (a bare offset names none). */
export function announcedZoneId(zone: AnnouncedZone): string | undefined {
  if (zone.kind === 'iana') return zone.id;
  return zone.minutes === 0 ? 'UTC' : undefined;
}
