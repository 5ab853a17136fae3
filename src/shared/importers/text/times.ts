/**
 * Reads the time window of a seminar ("7.00 a.m. – 8.45 a.m. UTC",
 * "15.00 – 16.45 UTC", "3 pm to 4:45 pm GMT+1").
 */
export interface TimeRange {
  /** Minutes after midnight, in the zone written on the line. */
  startMinutes: number;
  endMinutes: number;
  /** Offset of that zone from UTC in minutes (UTC+2 → 120). */
  offsetMinutes: number;
  /** Things the reader should know about how the line was read. */
  notes: string[];
}

type Meridiem = 'am' | 'pm' | undefined;

const CLOCK = String.raw`(\d{1,2})(?:\s*[.:h]\s*(\d{2})|\s*h)?\s*(?:([ap])\.?\s?m\b\.?)?`;
const SEPARATOR = String.raw`(?:[-–—‒―−]|to|until|till|à|au|a|hasta|al)`;
const RANGE = new RegExp(String.raw`^${CLOCK}\s*${SEPARATOR}\s*${CLOCK}\s*(.*)$`, 'iu');
const ZONE = /^\(?\s*(?:UTC|GMT|Z)\s*(?:([+\-−])\s*(\d{1,2})(?:\s*:?\s*(\d{2}))?)?\s*\)?(?=$|[\s,;.])[\s,;.]*(.*)$/iu;

interface Clock {
  hour: number;
  minute: number;
  meridiem: Meridiem;
}

function readClock(hourText: string | undefined, minuteText: string | undefined, meridiemText: string | undefined) {
  const meridiem: Meridiem = meridiemText === undefined ? undefined : meridiemText.toLowerCase() === 'a' ? 'am' : 'pm';
  return { hour: Number(hourText), minute: minuteText === undefined ? 0 : Number(minuteText), meridiem };
}

/** Minutes after midnight, or undefined when the clock reading is impossible (13 p.m., 8.75). */
function toMinutes(clock: Clock, meridiem: Meridiem): number | undefined {
  if (clock.minute > 59) return undefined;
  if (meridiem === undefined) return clock.hour <= 23 ? clock.hour * 60 + clock.minute : undefined;
  if (clock.hour < 1 || clock.hour > 12) return undefined;
  // 12 a.m. is midnight and 12 p.m. is noon.
  const hour = (clock.hour % 12) + (meridiem === 'pm' ? 12 : 0);
  return hour * 60 + clock.minute;
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
  const other: Meridiem = shared === 'am' ? 'pm' : 'am';
  const attempt = (borrowed: Meridiem) =>
    [
      toMinutes(start, start.meridiem ?? (bareCanBorrow(start) ? borrowed : undefined)),
      toMinutes(end, end.meridiem ?? (bareCanBorrow(end) ? borrowed : undefined)),
    ] as [number | undefined, number | undefined];
  const same = attempt(shared);
  if (same[0] !== undefined && same[1] !== undefined && same[1] > same[0]) return same;
  const flipped = attempt(other);
  if (flipped[0] !== undefined && flipped[1] !== undefined && flipped[1] > flipped[0]) return flipped;
  return same;
}

/** Parses the text of a time line (after "Time:"); an error message when it cannot. */
export function parseTimeRange(text: string): TimeRange | { error: string } {
  const match = RANGE.exec(text);
  if (!match) return { error: 'expected a time range such as "7.00 a.m. – 8.45 a.m. UTC"' };
  const [, h1, m1, mer1, h2, m2, mer2, rest = ''] = match;
  const start = readClock(h1, m1, mer1);
  const end = readClock(h2, m2, mer2);
  const [startMinutes, endMinutes] = resolveMeridiems(start, end);
  if (startMinutes === undefined || endMinutes === undefined) {
    return { error: 'the time range contains an impossible time' };
  }
  const notes: string[] = [];
  let offsetMinutes = 0;
  const zone = ZONE.exec(rest.trim());
  if (zone) {
    const [, sign, offsetHours, offsetMins, trailing = ''] = zone;
    if (offsetHours !== undefined) {
      const hours = Number(offsetHours);
      const minutes = offsetMins === undefined ? 0 : Number(offsetMins);
      if (hours > 14 || minutes > 59) return { error: 'the UTC offset is out of range' };
      offsetMinutes = (sign === '+' ? 1 : -1) * (hours * 60 + minutes);
    }
    if (trailing.trim() !== '') notes.push(`text after the time was ignored: "${trailing.trim()}"`);
  } else if (rest.trim() === '') {
    notes.push('no time zone given; times taken as UTC');
  } else {
    notes.push(`time zone "${rest.trim()}" not recognised; times taken as UTC`);
  }
  return { startMinutes, endMinutes, offsetMinutes, notes };
}
