/**
 * Text in any script, as pdfmake text runs: pdfmake sets each run in one font
 * and has no fallback from glyph to glyph, so every run of the model is split
 * here into pieces that one family can set (Noto Sans for Latin, Greek and
 * Cyrillic, Noto Sans Arabic, Noto Sans SC for Chinese), at one bidi level of
 * its paragraph (bidi.ts reorders the pieces of each laid-out line before it is
 * drawn), with the language of Arabic and Chinese pieces in a document of
 * another language (tags.ts marks them with /Lang).
 *
 * A text of Latin script only, in a left-to-right document, is left as it is:
 * such documents are set exactly as they were before other scripts came in.
 */
import bidiFactory from 'bidi-js';
import type { Language } from '../../../../../shared/catalogue/languages';
import { languageTag, writingDirection } from '../../../../../shared/i18n/dictionary';
import { paragraphDirection } from '../../../../../shared/text/direction';
import { ARABIC_CHARACTER, CJK_CHARACTER } from '../../../../../shared/text/scripts';
import { FAMILIES, type FontSet, type Script } from './fonts';

/** How the document being built writes: its direction and language, and the fonts it may use. */
export interface Writing {
  direction: 'ltr' | 'rtl';
  /** BCP 47 tag of the document's language. */
  languageTag: string;
  fonts: FontSet;
}

export function writingFor(language: Language, fonts: FontSet): Writing {
  return { direction: writingDirection(language), languageTag: languageTag(language), fonts };
}

/** The writing of the document whose nodes are being built (they are built in one synchronous pass). */
let current: Writing | undefined;

/** Runs `build` with `writing` as the document's writing, for every text node it builds. */
export function withWriting<T>(writing: Writing, build: () => T): T {
  const previous = current;
  current = writing;
  try {
    return build();
  } finally {
    current = previous;
  }
}

/** A piece of text one font sets, at one bidi level. */
export interface ScriptPiece {
  text: string;
  /** pdfmake's font family; undefined for the document's default (Noto Sans). */
  font?: string;
  /** Bidi embedding level (odd: right to left) and its paragraph's level, when the paragraph needs reordering. */
  bidiLevel?: number;
  bidiBase?: number;
  /** BCP 47 tag, for a piece in another language than the document's. */
  lang?: string;
}

/** Characters that ask for another font than Noto Sans, or for reordering. */
const NEEDS_SPLITTING =
  /[\u0590-\u08FF\u200E\u200F\u202A-\u202E\u2066-\u2069\u2E80-\u2FDF\u3000-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFB1D-\uFDFF\uFE30-\uFE4F\uFE70-\uFEFF\uFF00-\uFFEF]|[\uD840-\uD8BF][\uDC00-\uDFFF]/u;

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
/** Right-to-left characters (Hebrew, Arabic, Syriac, Thaana, N'Ko… and the RLM). */
export const RIGHT_TO_LEFT = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** The script a character asks for, or undefined for one any family may set (spaces, digits, punctuation, marks). */
function scriptOf(char: string): Script | undefined {
  if (ARABIC_CHARACTER.test(char)) return 'arabic';
  if (CJK_CHARACTER.test(char)) {
    // Fullwidth Latin letters and digits are CJK forms too; the CJK punctuation and symbols ask for the CJK face.
    return 'cjk';
  }
  return LETTER.test(char) ? 'latin' : undefined;
}

/** Language of the text a family sets, where the script tells it. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = { arabic: 'ar', cjk: 'zh' };

const FALLBACK_ORDER: readonly Script[] = ['latin', 'arabic', 'cjk'];

let bidi: ReturnType<typeof bidiFactory> | undefined;

/**
 * The runs of one paragraph (one text node) as pieces, each run's pieces in a
 * list of its own (a run keeps its emphasis and link). Texts without anything to
 * split give back one piece each, with no font or level.
 */
export function splitParagraph(texts: readonly string[]): ScriptPiece[][] {
  const writing = current;
  const joined = texts.join('');
  if (!writing || (writing.direction === 'ltr' && !NEEDS_SPLITTING.test(joined)))
    return texts.map((text) => [{ text }]);

  const direction = paragraphDirection(joined, writing.direction);
  const base = direction === 'rtl' ? 1 : 0;
  // In an Arabic document every paragraph is placed by its levels (mirrored pages: bidi.ts), even a Latin one.
  const reorder = writing.direction === 'rtl' || RIGHT_TO_LEFT.test(joined);
  if (reorder) bidi ??= bidiFactory();
  const levels = reorder ? bidi!.getEmbeddingLevels(joined, direction).levels : undefined;

  const chars = Array.from(joined);
  const pointLevels = levels ? levelsByCodePoint(chars, levels) : undefined;
  const scripts = resolveScripts(chars, pointLevels, writing.fonts);
  const documentLanguage = writing.languageTag.split('-')[0];

  const out: ScriptPiece[][] = [];
  let offset = 0; // in UTF-16 units, as bidi-js counts
  let index = 0; // in code points
  for (const text of texts) {
    const pieces: ScriptPiece[] = [];
    const end = offset + text.length;
    let piece: ScriptPiece | undefined;
    while (offset < end) {
      const char = chars[index]!;
      const script = scripts[index]!;
      const level = levels ? levels[offset]! : undefined;
      const lang = SCRIPT_LANGUAGE[script];
      const font = script === 'latin' ? undefined : FAMILIES[script].name;
      const tag = lang !== undefined && lang !== documentLanguage ? lang : undefined;
      if (!piece || piece.font !== font || piece.bidiLevel !== level || piece.lang !== tag) {
        piece = { text: '' };
        if (font !== undefined) piece.font = font;
        if (level !== undefined) {
          piece.bidiLevel = level;
          piece.bidiBase = base;
        }
        if (tag !== undefined) piece.lang = tag;
        pieces.push(piece);
      }
      piece.text += char;
      offset += char.length;
      index++;
    }
    out.push(pieces.length > 0 ? pieces : [{ text }]);
  }
  return out;
}

/** bidi-js gives a level per UTF-16 unit; the splitter walks code points. */
function levelsByCodePoint(chars: readonly string[], levels: Uint8Array): number[] {
  const out: number[] = [];
  let offset = 0;
  for (const char of chars) {
    out.push(levels[offset]!);
    offset += char.length;
  }
  return out;
}

/**
 * The family of each character. A letter takes its script's family; a space,
 * digit or punctuation mark takes the family of the nearest letter at its own
 * bidi level, before it or else after it ("(قيد التأكيد)" is one Arabic piece,
 * the " (" of "محمد (TBC)" goes with "TBC"); a combining mark stays with the
 * character it marks. A character its family lacks goes to a family that has it.
 */
function resolveScripts(chars: readonly string[], levels: readonly number[] | undefined, fonts: FontSet): Script[] {
  const own = chars.map(scriptOf);
  const next: (number | undefined)[] = new Array<number | undefined>(chars.length);
  for (let i = chars.length - 1, after: number | undefined; i >= 0; i--) {
    next[i] = after;
    if (own[i] !== undefined) after = i;
  }
  const sameLevel = (a: number, b: number): boolean => !levels || levels[a] === levels[b];
  const resolved: Script[] = new Array<Script>(chars.length);
  let previous: number | undefined;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const codePoint = char.codePointAt(0)!;
    let script: Script;
    if (own[i] !== undefined) {
      script = own[i]!;
    } else if (MARK.test(char) && i > 0) {
      resolved[i] = resolved[i - 1]!; // a combining mark stays with its letter, whichever font has it
      continue;
    } else {
      const before = previous !== undefined && sameLevel(previous, i) ? previous : undefined;
      const after = next[i] !== undefined && sameLevel(next[i]!, i) ? next[i] : undefined;
      const from = before ?? after ?? previous ?? next[i];
      script = from === undefined ? 'latin' : (resolved[from] ?? own[from]!);
    }
    if (!fonts.covers(script, codePoint)) {
      script = FALLBACK_ORDER.find((candidate) => fonts.covers(candidate, codePoint)) ?? script;
    }
    resolved[i] = script;
    if (own[i] !== undefined) previous = i;
  }
  return resolved;
}
