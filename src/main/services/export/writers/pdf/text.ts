/**
 * Model text → pdfmake text nodes, with every style property resolved onto the
 * node so pdfmake never walks its style stack for a word.
 */
import type { TextRun } from '../../../../../shared/document/model';
import { safeLinkTarget, stripXmlForbidden } from '../../../../../shared/text/sanitize';
import { splitParagraph } from './scripts';
import { DEFAULT_TEXT, type Inline, LINK, type Node, STYLES } from './typography';

export const clean = (text: string): string => stripXmlForbidden(text);

/** A word this long is broken into pieces a line can take (a URL, a code, pasted data). */
const LONG_WORD = /[^\s\u200b]{48,}/gu;
const PIECE_LENGTH = 16;
const ATTACHES = /\p{M}/u;

/**
 * Cuts a word into pieces of 16 characters, each combining mark and each
 * character joined by a zero-width joiner staying with the character before it.
 * Lossless: the pieces joined give the word back.
 */
function pieces(word: string): string[] {
  const out: string[] = [];
  let current = '';
  let count = 0;
  let joined = false;
  for (const char of word) {
    const attaches = joined || char === '\u200d' || ATTACHES.test(char);
    joined = char === '\u200d';
    if (!attaches && count === PIECE_LENGTH) {
      out.push(current);
      current = '';
      count = 0;
    }
    current += char;
    if (!attaches) count++;
  }
  if (current !== '') out.push(current);
  return out;
}

/**
 * Lets pdfmake break a very long word between characters in linear time: it
 * breaks a word too long for a line itself, but measures the whole rest of the
 * word again for every line (a 16,000-character word took 29 s). A zero-width
 * space every 16 characters gives it places to break at instead; it prints nothing.
 */
export function breakLongWords(text: string): string {
  if (text.length < 48) return text;
  return text.replace(LONG_WORD, (word) => pieces(word).join('\u200b'));
}

/** Model text as the PDF prints it. */
export const printable = (text: string): string => breakLongWords(clean(text));

/**
 * Every property pdfmake looks up for each word, set to the value it would
 * otherwise find at the bottom of the style stack, so that it finds it on the
 * word's own node and never walks the whole stack. "Nothing" is '' or 0 here, as pdfmake
 * skips any null value and walks on. Left out, so still looked up: fontFeatures
 * and link, whose "nothing" must stay null (pdfkit shapes differently for any
 * features list, and links any non-null target).
 */
const WORD_DEFAULTS: Inline = {
  ...DEFAULT_TEXT,
  bold: false,
  italics: false,
  alignment: 'left',
  characterSpacing: 0,
  decoration: '',
  decorationColor: '',
  decorationStyle: '',
  decorationThickness: '',
  background: '',
  linkToPage: 0,
  linkToDestination: '',
  noWrap: false,
  opacity: 1,
  sup: false,
  sub: false,
  preserveLeadingSpaces: false,
  preserveTrailingSpaces: false,
  leadingIndent: 0,
};

/** Style properties that belong to the block rather than to its words. */
const BLOCK_PROPERTIES = new Set(['margin']);
const wordStyles = new Map<string, Inline>();

/** The fully resolved word style of a named style (cached: one object per style, copied into each text node). */
function wordStyle(name: string): Inline {
  let resolved = wordStyles.get(name);
  if (!resolved) {
    const textProperties = Object.entries(STYLES[name] ?? {}).filter(([key]) => !BLOCK_PROPERTIES.has(key));
    resolved = { ...WORD_DEFAULTS, ...Object.fromEntries(textProperties) };
    wordStyles.set(name, resolved);
  }
  return resolved;
}

/**
 * A text node in a named style, resolved onto the node: each word finds every
 * property one step up, on its own node. (Not on the words themselves: pdfmake
 * copies a run's properties into each of its words key by key, which pushes
 * V8 objects with that many properties into slow dictionary mode: 160 MB more
 * for a 457-page pack.)
 */
export function styledText(content: string | TextRun[], name: string): Node {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  const node: Node = { ...wordStyle(name), text: inlines(runs) };
  const margin = STYLES[name]?.['margin'];
  if (margin !== undefined) node.margin = margin;
  return node;
}

function inlines(runs: TextRun[]): Inline[] {
  const out: Inline[] = [];
  const pieces = splitParagraph(runs.map((run) => printable(run.text)));
  runs.forEach((run, index) => {
    const style: Inline = {};
    if (run.bold) style.bold = true;
    if (run.italic) style.italics = true;
    const link = safeLinkTarget(run.link);
    if (link !== undefined) {
      style.link = link;
      style.color = LINK;
      style.decoration = 'underline';
    }
    for (const piece of pieces[index]!) out.push({ ...piece, ...style });
  });
  return out.length > 0 ? out : [{ text: '' }];
}

/**
 * A plain string as a text node's `text`: the string itself when one font sets
 * it in order, else its pieces (`extra` is copied onto each piece).
 */
export function scriptText(text: string, extra: Inline = {}): string | Inline[] {
  const [pieces] = splitParagraph([text]);
  if (pieces!.length === 1 && Object.keys(pieces![0]!).length === 1 && Object.keys(extra).length === 0) return text;
  return pieces!.map((piece) => ({ ...piece, ...extra }));
}
