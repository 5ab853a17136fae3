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
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|' +
  'lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo';
const DASH = '[-–—‒―−:]';
const YEAR = '([1-9]\\d{3})';

// "24 June 2020 - …", "1er juillet 2020 – …", "22 de Julio de 2020 — …", optionally after a weekday.
const DAY_FIRST = new RegExp(
  `^(?:(?:${WEEKDAYS})[,.]?\\s+)?(?:(?:le|el)\\s+)?(\\d{1,2})(?:er|st|nd|rd|th|º|°)?\\.?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:del?\\s+)?${YEAR}\\s*(?:${DASH}\\s*(.*))?$`,
  'iu',
);
// "June 24, 2020 - …", the usual American order.
const MONTH_FIRST = new RegExp(
  `^(?:(?:${WEEKDAYS}),?\\s+)?(\\p{L}+)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\s*(?:${DASH}\\s*(.*))?$`,
  'iu',
);

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Recognises a seminar heading (a date, then a dash and the seminar title).
 * Returns null for lines that are not headings at all, and `invalid-date` for
 * lines shaped like a heading whose date does not exist (31 June), so that the
 * caller can warn rather than silently treat it as a topic.
 */
export function parseSeminarHeading(line: string): SeminarHeading | null {
  let dayText: string | undefined;
  let monthText: string | undefined;
  let yearText: string | undefined;
  let title: string | undefined;
  const dayFirst = DAY_FIRST.exec(line);
  if (dayFirst) [, dayText, monthText, yearText, title] = dayFirst;
  else {
    const monthFirst = MONTH_FIRST.exec(line);
    if (!monthFirst) return null;
    [, monthText, dayText, yearText, title] = monthFirst;
  }
  const month = MONTHS.get(foldForMatching(monthText ?? ''));
  if (!month) return null;
  const year = Number(yearText);
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month.month)) {
    return { kind: 'invalid-date', message: `"${dayText} ${monthText} ${yearText}" is not a real date` };
  }
  return {
    kind: 'heading',
    date: { year, month: month.month, day },
    title: (title ?? '').trim(),
    language: month.language,
  };
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
