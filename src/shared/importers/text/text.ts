import { stripXmlForbidden } from '../../text/sanitize';

/**
 * Text helpers for the programme importer. Everything here is total: any
 * string in, a string out, never an exception.
 */

// Invisible characters that only ever get in the way of matching (zero-width
// space, word joiner, BOM). ZWJ/ZWNJ and bidi marks are kept: they can matter
// in names written in other scripts.
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
// C1 controls other than NEL are never meaningful in a programme.
const C1_CONTROLS = /[\u0080-\u0084\u0086-\u009F]/g;
// Tabs, NBSP, vertical tab, form feed, NEL, line/paragraph separators and other
// space characters all become a plain space so that regexes only see ' '.
const SPACE_RUN = /[\s\u0085]+/gu;
const EDGE_SPACE_OR_FORMAT = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/** Splits a text into lines exactly as an editor numbers them (CRLF, CR or LF). */
export function splitLines(text: string): string[] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/);
}

/** One line made safe and regular: forbidden code points gone, spaces collapsed, trimmed. */
export function cleanLine(raw: string): string {
  const spaced = raw.replace(/[\t\v\f]/g, ' ');
  return stripXmlForbidden(spaced)
    .replace(INVISIBLE, '')
    .replace(C1_CONTROLS, '')
    .replace(SPACE_RUN, ' ')
    .replace(EDGE_SPACE_OR_FORMAT, '');
}

// Letters that NFKD does not decompose into a base letter plus marks.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};

/**
 * Folds text for comparison: lower case, accents stripped, apostrophes, hyphens
 * and other punctuation turned into single spaces. "Qu’est-ce que" and
 * "Qu'est ce que" fold to the same key.
 */
export function foldForMatching(text: string): string {
  return text
    .replace(/[ßæÆœŒøØđĐłŁþÞı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SLUG_MAX = 80;

/** ASCII slug ("Alexander SEGER" → "alexander-seger"); empty when nothing ASCII is left. */
export function slugify(text: string): string {
  return foldForMatching(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}

/**
 * Hands out ids: `base`, or `base-2`, `base-3`… whichever is not yet taken.
 * Each base remembers the last suffix it reached, so claiming the same base n
 * times costs n steps in all, not n²/2 (20,000 seminars on one date took 63 s).
 */
export class UniqueIds {
  private readonly used: Set<string>;
  private readonly nextSuffix = new Map<string, number>();

  constructor(taken: Iterable<string> = []) {
    this.used = new Set(taken);
  }

  claim(base: string): string {
    let candidate = base;
    let n = this.nextSuffix.get(base) ?? 2;
    if (this.used.has(candidate)) {
      do candidate = `${base}-${n++}`;
      while (this.used.has(candidate));
      this.nextSuffix.set(base, n);
    }
    this.used.add(candidate);
    return candidate;
  }
}

/** Cuts text to at most `max` UTF-16 units without leaving half a surrogate pair behind. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return text.slice(0, cut);
}

/** The line as quoted in a warning: at most ~200 characters. */
export function quoteLine(line: string): string {
  return line.length <= 200 ? line : `${truncate(line, 199)}…`;
}
