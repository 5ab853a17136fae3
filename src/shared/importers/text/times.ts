import { type ZoneAnswers, type ZoneReading, readLeadingZone } from '../zones';

/**
 * Reads times as programmes write them: "7.00 a.m. – 8.45 a.m. UTC",
 * "14 h 00 – 15 h 45 (heure de Paris)", "11:00 AM UTC (14:00 EEST)",
 * "15.00 Central European Time", and durations ("1h30'", "90 minutes").
 * Clock readings stay local here; the caller places them on a date in the zone.
 */

type Meridiem = 'am' | 'pm' | undefined;

interface Clock {
  hour: number;
  minute: number;
  meridiem: Meridiem;
  /** Written with minutes, a meridiem or "h": unmistakably a time, even alone. */
  explicit: boolean;
}

/** The clock readings at the start of a text, and what follows them. */
export interface ClockReading {
  /** Minutes after midnight in the zone written after them. */
  startMinutes: number;
  endMinutes?: number;
  rest: string;
}

/** A time (or a window) with the zone written after it, if any. */
export interface TimeReading {
  startMinutes: number;
  endMinutes?: number;
  /** Undefined when the text names no zone at all. */
  zone?: ZoneReading;
  /** The same time written in another zone ("(14:00 EEST)"), to cross-check. */
  equivalents: Array<{ startMinutes: number; zone: ZoneReading; written: string }>;
  /** Things the reader should know about how the text was read. */
  notes: string[];
}

const CLOCK = String.raw`(\d{1,2})(?:\s*[.:h]\s*(\d{2})|\s*(h)(?![a-z]))?\s*(?:([ap])\.?\s?m\b\.?)?`;
const SEPARATOR = String.raw`(?:[-–—‒―−]|to|until|till|à|au|a|hasta|al|y)`;
const LEAD = String.raw`^(?:(?:from|at|à|a\s+las|a\s+la|de|des|dès|starting\s+at)\s+)?`;
const RANGE = new RegExp(String.raw`${LEAD}${CLOCK}\s*${SEPARATOR}\s*${CLOCK}(?![\d])\s*(.*)$`, 'iu');
const SINGLE = new RegExp(String.raw`${LEAD}${CLOCK}(?![\d])\s*(.*)$`, 'iu');

function readClock(hour?: string, minute?: string, h?: string, meridiem?: string): Clock {
  return {
    hour: Number(hour),
    minute: minute === undefined ? 0 : Number(minute),
    meridiem: meridiem === undefined ? undefined : meridiem.toLowerCase() === 'a' ? 'am' : 'pm',
    explicit: minute !== undefined || h !== undefined || meridiem !== undefined,
  };
}

/** Minutes after midnight, or undefined when the reading is impossible (13 p.m., 8.75). */
function toMinutes(clock: Clock, meridiem: Meridiem): number | undefined {
  if (clock.minute > 59) return undefined;
  if (meridiem === undefined)
    return clock.hour <= 24 && (clock.hour < 24 || clock.minute === 0) ? clock.hour * 60 + clock.minute : undefined;
  if (clock.hour < 1 || clock.hour > 12) return undefined;
  // 12 a.m. is midnight and 12 p.m. is noon.
  return ((clock.hour % 12) + (meridiem === 'pm' ? 12 : 0)) * 60 + clock.minute;
}

/**
 * "7.00 – 8.45 a.m." writes the meridiem once for both ends. The bare end takes
 * the other end's meridiem, unless the other one keeps the window in order
 * ("11 – 1 p.m." is 11 a.m. to 1 p.m.).
 */
function resolveMeridiems(start: Clock, end: Clock): [number | undefined, number | undefined] {
  const shared = start.meridiem ?? end.meridiem;
  const bareCanBorrow = (clock: Clock) => clock.meridiem === undefined && clock.hour >= 1 && clock.hour <= 12;
  if (shared === undefined || (!bareCanBorrow(start) && !bareCanBorrow(end))) {
    return [toMinutes(start, start.meridiem), toMinutes(end, end.meridiem)];
  }
  const attempt = (borrowed: Meridiem): [number | undefined, number | undefined] => [
    toMinutes(start, start.meridiem ?? (bareCanBorrow(start) ? borrowed : undefined)),
    toMinutes(end, end.meridiem ?? (bareCanBorrow(end) ? borrowed : undefined)),
  ];
  const inOrder = ([a, b]: [number | undefined, number | undefined]) => a !== undefined && b !== undefined && b > a;
  const same = attempt(shared);
  if (inOrder(same)) return same;
  const flipped = attempt(shared === 'am' ? 'pm' : 'am');
  return inOrder(flipped) ? flipped : same;
}

/**
 * The clock reading(s) at the start of `text`: a window, or a single time
 * written unmistakably (with minutes, a meridiem or "h"). Null when the text
 * does not start with one; an error for an impossible time.
 */
export function readClocks(text: string): ClockReading | { error: string } | null {
  const range = RANGE.exec(text);
  if (range) {
    const [, h1, m1, hh1, mer1, h2, m2, hh2, mer2, rest = ''] = range;
    const start = readClock(h1, m1, hh1, mer1);
    const end = readClock(h2, m2, hh2, mer2);
    if (start.explicit || end.explicit || /^\s*(?:utc|gmt)\b/iu.test(rest)) {
      const [startMinutes, endMinutes] = resolveMeridiems(start, end);
      if (startMinutes === undefined || endMinutes === undefined)
        return { error: 'the time range contains an impossible time' };
      return { startMinutes, endMinutes, rest: rest.trim() };
    }
  }
  const single = SINGLE.exec(text);
  if (!single) return null;
  const [, h, m, hh, mer, rest = ''] = single;
  const clock = readClock(h, m, hh, mer);
  if (!clock.explicit) return null;
  const startMinutes = toMinutes(clock, clock.meridiem);
  if (startMinutes === undefined) return { error: 'the time is impossible' };
  return { startMinutes, rest: rest.trim() };
}

/** Reads a whole time text (after "Time:", or after the date on a date line). */
export function parseTimeText(text: string, answers: ZoneAnswers = {}): TimeReading | { error: string } {
  const clocks = readClocks(text.trim());
  if (clocks === null) return { error: 'expected a time such as "7.00 a.m. – 8.45 a.m. UTC" or "15:00 CET"' };
  if ('error' in clocks) return clocks;
  const reading: TimeReading = {
    startMinutes: clocks.startMinutes,
    ...(clocks.endMinutes !== undefined ? { endMinutes: clocks.endMinutes } : {}),
    equivalents: [],
    notes: [],
  };
  let rest = clocks.rest;
  const leading = rest === '' ? undefined : readLeadingZone(rest, answers);
  if (leading) {
    reading.zone = leading.reading;
    rest = leading.rest;
  }
  rest = readEquivalents(rest, reading, answers);
  if (rest !== '') {
    if (reading.zone === undefined && reading.equivalents.length === 0)
      reading.zone = { kind: 'unknown', written: rest };
    else reading.notes.push(`text after the time was ignored: "${rest}"`);
  }
  return reading;
}

/** "(14:00 EEST)", "/ 9.00 a.m. EDT", "– 15:00 heure de Paris": the same time in other zones. */
function readEquivalents(text: string, reading: TimeReading, answers: ZoneAnswers): string {
  let rest = text;
  for (let guard = 0; guard < 4 && rest !== ''; guard++) {
    const match = /^(?:\(([^()]*)\)|[/|,;–—-]\s*([^/|;()]*))\s*(.*)$/u.exec(rest);
    if (!match) break;
    const inner = (match[1] ?? match[2] ?? '').trim();
    const parsed = inner === '' ? undefined : readClocks(inner);
    if (!parsed || 'error' in parsed) break;
    const zone = parsed.rest === '' ? undefined : readLeadingZone(parsed.rest, answers);
    if (!zone || zone.rest !== '') break;
    reading.equivalents.push({ startMinutes: parsed.startMinutes, zone: zone.reading, written: inner });
    rest = (match[3] ?? '').trim();
  }
  return rest;
}

const HOUR_UNITS = /^(?:h|hr|hrs|hour|hours|heure|heures|hora|horas)$/iu;
const MINUTE_UNITS = /^(?:'|’|m|mn|min|mins|minute|minutes|minuto|minutos)$/iu;

/** "1h30'", "1 h 30", "90 minutes", "1.5 hours", "2 horas": minutes, or undefined. */
export function parseDuration(text: string): number | undefined {
  const tokens = text
    .trim()
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .match(/\d+(?:[.,]\d+)?|[\p{L}]+|['’]/gu);
  if (!tokens || tokens.length === 0) return undefined;
  let total = 0;
  let sawHours = false;
  let index = 0;
  while (index < tokens.length) {
    const value = Number((tokens[index] ?? '').replace(',', '.'));
    if (!Number.isFinite(value)) {
      if (/^(?:and|et|y|approx|approximately|environ|aproximadamente|about)$/.test(tokens[index] ?? '')) {
        index++;
        continue;
      }
      return undefined;
    }
    const unit = tokens[index + 1];
    if (unit !== undefined && HOUR_UNITS.test(unit)) {
      total += value * 60;
      sawHours = true;
      index += 2;
    } else if (unit !== undefined && MINUTE_UNITS.test(unit)) {
      total += value;
      index += 2;
    } else if (unit === undefined && sawHours) {
      total += value; // "1h30": the number after the hours is minutes
      index += 1;
    } else return undefined;
  }
  const minutes = Math.round(total);
  return minutes > 0 && minutes <= 7 * 24 * 60 ? minutes : undefined;
}
