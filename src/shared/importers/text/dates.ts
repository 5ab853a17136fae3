import type { Language } from '../../catalogue/schema';
import { foldForMatching } from './text';

/** A calendar date as written in a seminar heading (no time zone: times come from the time line). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type SeminarHeading =
  | { kind: 'heading'; date: CalendarDate; title: string; language: Language }
  | { kind: 'invalid-date'; message: string };

// Keys are folded (lower case, no accents) so "Février", "fevrier" and "FÉVRIER" all match.
const MONTHS: ReadonlyMap<string, { month: number; language: Language }> = new Map<
  string,
  { month: number; language: Language }
>(
  (
    [
      [
        'en',
        [
          'january',
          'february',
          'march',
          'april',
          'may',
          'june',
          'july',
          'august',
          'september',
          'october',
          'november',
          'december',
        ],
      ],
      [
        'fr',
        [
          'janvier',
          'fevrier',
          'mars',
          'avril',
          'mai',
          'juin',
          'juillet',
          'aout',
          'septembre',
          'octobre',
          'novembre',
          'decembre',
        ],
      ],
      [
        'es',
        [
          'enero',
          'febrero',
          'marzo',
          'abril',
          'mayo',
          'junio',
          'julio',
          'agosto',
          'septiembre',
          'octubre',
          'noviembre',
          'diciembre',
        ],
      ],
    ] as const
  ).flatMap(([language, names]) => names.map((name, index) => [name, { month: index + 1, language }] as const)),
).set('setiembre', { month: 9, language: 'es' }); // accepted Spanish spelling

const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|' +
  'lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo';
const YEAR = '([1-9]\\d{3})';
const WEEKDAY_PREFIX = `(?:(?:${WEEKDAYS})\\.?,?\\s+)?`;

// "24 June 2020", "1er juillet 2020", "22 de Julio de 2020", "13th of May 2021", "le jeudi 17 juin 2021".
const DAY_FIRST = new RegExp(
  `^(?:(?:le|el)\\s+)?${WEEKDAY_PREFIX}(?:(?:le|el)\\s+)?(\\d{1,2})(?:er|ᵉʳ|st|nd|rd|th|º|°)?\\.?\\s+(?:(?:de|of)\\s+)?(\\p{L}+)\\.?,?\\s+(?:del?\\s+)?${YEAR}(?![\\d:.h])(.*)$`,
  'iu',
);
// "June 24, 2020", the usual American order.
const MONTH_FIRST = new RegExp(
  `^${WEEKDAY_PREFIX}(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}(?![\\d:.h])(.*)$`,
  'iu',
);
// "2021-06-04", ISO 8601.
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})(?![\d:])(.*)$/u;
const DASH = /^\s*[-–—‒―−:]\s*/u;

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export type LeadingDate =
  | { kind: 'date'; date: CalendarDate; language: Language | undefined; rest: string }
  | { kind: 'invalid-date'; message: string };

/**
 * A calendar date at the start of a line, in English, French or Spanish (or
 * ISO 8601), and the rest of the line. Null when the line does not start with
 * one; `invalid-date` for a date that does not exist (31 June), so the caller
 * can warn rather than read the line as something else.
 */
export function parseLeadingDate(line: string): LeadingDate | null {
  const iso = ISO_DATE.exec(line);
  if (iso) {
    const [, yearText, monthText, dayText, rest = ''] = iso;
    return checkedDate(Number(yearText), Number(monthText), Number(dayText), undefined, rest, line);
  }
  let dayText: string | undefined;
  let monthText: string | undefined;
  let yearText: string | undefined;
  let rest: string | undefined;
  const dayFirst = DAY_FIRST.exec(line);
  if (dayFirst) [, dayText, monthText, yearText, rest] = dayFirst;
  else {
    const monthFirst = MONTH_FIRST.exec(line);
    if (!monthFirst) return null;
    [, monthText, dayText, yearText, rest] = monthFirst;
  }
  const month = MONTHS.get(foldForMatching(monthText ?? ''));
  if (!month) return null;
  return checkedDate(
    Number(yearText),
    month.month,
    Number(dayText),
    month.language,
    rest ?? '',
    `${dayText} ${monthText} ${yearText}`,
  );
}

function checkedDate(
  year: number,
  month: number,
  day: number,
  language: Language | undefined,
  rest: string,
  written: string,
): LeadingDate {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'invalid-date', message: `"${written.trim()}" is not a real date` };
  }
  return { kind: 'date', date: { year, month, day }, language, rest: rest.trim() };
}

/**
 * Recognises a seminar heading (a date, then a dash and the seminar title), or
 * a bare date line (empty title). Returns null for lines that are not headings
 * at all, and `invalid-date` for lines shaped like a heading whose date does
 * not exist.
 */
export function parseSeminarHeading(line: string): SeminarHeading | null {
  const leading = parseLeadingDate(line);
  if (!leading) return null;
  if (leading.kind === 'invalid-date') return leading;
  let title: string;
  if (leading.rest === '') title = '';
  else {
    const dash = DASH.exec(leading.rest);
    if (!dash) return null;
    title = leading.rest.slice(dash[0].length).trim();
  }
  return { kind: 'heading', date: leading.date, title, language: leading.language ?? 'en' };
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
