import type { Language } from '../catalogue/languages';
import { intlLocale, t } from '../i18n/dictionary';
import { UN_ARABIC_MONTHS } from '../i18n/un-arabic-months';
import { localisedCity } from '../i18n/zone-cities';

/**
 * Dates and times for the document. Seminar times are stored as UTC instants;
 * everything here is computed with Intl so that daylight saving and historical
 * offsets come from the runtime's time zone database, never from our own tables.
 */

const MINUS_SIGN = '\u2212';
const EN_DASH = '\u2013';
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Accepts an ISO instant (`2020-06-24T07:00:00Z`) or a calendar date (`2020-06-24`, read as UTC). */
function parseInstant(value: string): Date | undefined {
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? undefined : new Date(millis);
}

/**
 * Creating an Intl.DateTimeFormat costs far more than using one, and a pack
 * formats hundreds of dates: keep one formatter per (kind, locale or zone).
 */
const formatterCache = new Map<string, Intl.DateTimeFormat>();
function cachedFormatter(key: string, create: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = create();
    formatterCache.set(key, formatter);
  }
  return formatter;
}

/**
 * "24 June 2020", "24 juin 2020", "24 de junio de 2020", "2020年6月24日",
 * "24 июня 2020 г.", "24 حزيران/يونيه 2020": the UTC calendar date of the value.
 */
export function formatDate(value: string, language: Language): string {
  return formatCalendarDate(value, language, 'long');
}

/** "24 Jun 2020", "24 juin 2020", "24 jun 2020", "24 июн. 2020 г.": for lists where the long form is too wide. */
export function formatShortDate(value: string, language: Language): string {
  return formatCalendarDate(value, language, 'short');
}

function formatCalendarDate(value: string, language: Language, month: 'long' | 'short'): string {
  const instant = parseInstant(value);
  if (!instant) return value;
  const formatter = cachedFormatter(
    `${month}:${language}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(language), {
        day: 'numeric',
        month,
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  if (language !== 'ar') return formatter.format(instant);
  // Arabic has no short month names: both forms take the UN's double name in Intl's order of the parts.
  return formatter
    .formatToParts(instant)
    .map((part) => (part.type === 'month' ? (UN_ARABIC_MONTHS[instant.getUTCMonth()] ?? part.value) : part.value))
    .join('');
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** Minutes east of UTC at this instant (daylight saving included). */
  offsetMinutes: number;
}

/**
 * The wall-clock reading of `instant` in `timeZone`. The offset is derived from
 * the same reading (local wall time minus UTC), which is exact for every zone,
 * including half- and quarter-hour ones, and needs no parsing of zone names.
 */
function wallClock(instant: Date, timeZone: string): WallClock {
  const formatter = cachedFormatter(
    `wall:${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
      }),
  );
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const year = part('year');
  const month = part('month');
  const day = part('day');
  // Some engines print midnight as 24 even with h23; it still means hour 0 of the same day.
  const hour = part('hour') % 24;
  const minute = part('minute');
  const second = part('second');
  const localAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((localAsUtc - wholeSeconds) / MS_PER_MINUTE);
  return { year, month, day, hour, minute, offsetMinutes };
}

/** Minutes east of UTC in `timeZone` at `instant` (daylight saving included). Throws for an unknown zone. */
export function utcOffsetMinutes(timeZone: string, instant: Date): number {
  return wallClock(instant, timeZone).offsetMinutes;
}

/** "UTC+2", "UTC−4" (with a true minus sign), "UTC+5:30", "UTC+0". */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? MINUS_SIGN : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = Math.floor(absolute / 60);
  const minutes = absolute % 60;
  return `UTC${sign}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
}

/** "New York" from "America/New_York", "Buenos Aires" from "America/Argentina/Buenos_Aires". */
export function cityOfTimeZone(timeZone: string): string {
  const lastSegment = timeZone.slice(timeZone.lastIndexOf('/') + 1);
  return lastSegment.replace(/_/g, ' ');
}

export interface TimeWindowInZone {
  /** "New York (UTC−4)"; both offsets when the window crosses a daylight saving change: "New York (UTC−5/UTC−4)". */
  zoneLabel: string;
  /** 24-hour local times: "03:00–04:45". */
  range: string;
  /** "(+1 day)" / "(−1 day)" in the given language, or '' when the local start date is the UTC start date. */
  dayShift: string;
  /** The same shift as a number of days (local start date minus UTC start date). */
  dayOffset: number;
}

const pad2 = (value: number): string => String(value).padStart(2, '0');
const clockText = (clock: WallClock): string => `${pad2(clock.hour)}:${pad2(clock.minute)}`;

/**
 * A seminar's UTC window as read in another zone. The day shift compares the
 * local start date with the UTC start date because agenda headings carry the UTC
 * date; a window that then crosses local midnight reads naturally ("23:00–00:45").
 */
export function formatTimeWindow(
  startIso: string,
  endIso: string,
  timeZone: string,
  language: Language,
): TimeWindowInZone {
  const start = parseInstant(startIso);
  const end = parseInstant(endIso);
  if (!start || !end)
    return { zoneLabel: timeZone, range: `${startIso}${EN_DASH}${endIso}`, dayShift: '', dayOffset: 0 };

  const localStart = wallClock(start, timeZone);
  const localEnd = wallClock(end, timeZone);
  const startOffset = formatUtcOffset(localStart.offsetMinutes);
  const endOffset = formatUtcOffset(localEnd.offsetMinutes);
  const offsets = startOffset === endOffset ? startOffset : `${startOffset}/${endOffset}`;
  // Etc/GMT+5 style names are offsets already (with the sign inverted), so a "city" would mislead.
  const zoneLabel =
    timeZone === 'UTC' || timeZone.startsWith('Etc/') ? offsets : `${zoneName(timeZone, language, start)} (${offsets})`;

  const utcStartDay = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const localStartDay = Date.UTC(localStart.year, localStart.month - 1, localStart.day);
  const dayOffset = Math.round((localStartDay - utcStartDay) / MS_PER_DAY);

  return {
    zoneLabel,
    range: `${clockText(localStart)}${EN_DASH}${clockText(localEnd)}`,
    dayShift: formatDayShift(dayOffset, language),
    dayOffset,
  };
}

/**
 * The zone as a pack in `language` names it: the city (in Arabic, Chinese and
 * Russian from zone-cities.ts, else Intl's generic name in that language; in
 * English, French and Spanish the zone's own city name).
 */
function zoneName(timeZone: string, language: Language, at: Date): string {
  if (language !== 'ar' && language !== 'zh' && language !== 'ru') return cityOfTimeZone(timeZone);
  const city = localisedCity(timeZone, language);
  if (city !== undefined) return city;
  const generic = cachedFormatter(
    `zone:${language}:${timeZone}`,
    () => new Intl.DateTimeFormat(intlLocale(language), { timeZone, timeZoneName: 'longGeneric' }),
  )
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return generic ?? cityOfTimeZone(timeZone);
}

function formatDayShift(dayOffset: number, language: Language): string {
  if (dayOffset === 0) return '';
  const sign = dayOffset > 0 ? '+' : MINUS_SIGN;
  const count = Math.abs(dayOffset);
  return `(${sign}${count} ${t(language, count === 1 ? 'day' : 'days')})`;
}

/** True for any zone name the runtime's Intl accepts, spelled with its canonical capitalisation. */
/**
 * Answers already worked out, by zone name: creating an Intl.DateTimeFormat costs
 * about a tenth of a millisecond, and the document build checks each zone of each
 * seminar (thousands of calls for a large pack). Bounded, as names can come from files.
 */
const timeZoneValidity = new Map<string, boolean>();
const MAX_REMEMBERED_ZONES = 1_000;

export function isValidTimeZone(name: string): boolean {
  const known = timeZoneValidity.get(name);
  if (known !== undefined) return known;
  const valid = checkTimeZone(name);
  if (timeZoneValidity.size < MAX_REMEMBERED_ZONES) timeZoneValidity.set(name, valid);
  return valid;
}

function checkTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 100) return false;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat(undefined, { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  // Intl accepts "america/new_york"; we do not, because the name is printed as a city.
  // Aliases (Asia/Kolkata may resolve to Asia/Calcutta) differ by more than case and are fine.
  return resolved.toLowerCase() !== name.toLowerCase() || resolved === name;
}

/** True for UTC and its aliases (Etc/UTC, GMT, Zulu…), which Intl resolves to "UTC". */
export function isUtcAlias(name: string): boolean {
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: name }).resolvedOptions().timeZone === 'UTC';
  } catch {
    return false;
  }
}

/** Every zone the runtime knows, sorted, for pickers. */
export function listTimeZones(): string[] {
  return [...Intl.supportedValuesOf('timeZone')].sort();
}
