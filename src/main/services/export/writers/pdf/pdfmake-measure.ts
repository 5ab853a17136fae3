/**
 * Word measuring for pdfmake that resolves a run's style once rather than once
 * a word, with the same answers. pdfmake splits a text into words, copies the
 * run's own style properties onto each word, and then looks up 22 properties
 * for every word through the style stack (TextInlines.measure): for a 200-seminar
 * pack that is most of the 2.3 million lookups a render makes. A property's
 * value depends only on the word's own properties and the stack, and the stack
 * does not change while one text is measured, so a word whose own properties
 * equal the word before it takes that word's values. Widths, and the cuts for
 * leading and trailing spaces, are still measured word by word.
 */
import StyleContextStack from 'pdfmake/js/StyleContextStack.js';
import TextInlines from 'pdfmake/js/TextInlines.js';

interface PdfFont {
  lineHeight(fontSize: number): number;
}

interface Word {
  text: string;
  font: PdfFont;
  fontSize: number;
  leadingCut?: number;
  leadingIndent?: number;
  trailingCut?: number;
  width?: number;
  height?: number;
  [property: string]: unknown;
}

interface Measurer {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): PdfFont };
  widthOfText(text: string, word: Word): number;
}

type Lookup = (item: object, stack: unknown, property: string, defaultValue: unknown) => unknown;

/** A word's own properties that are not style: the word's text and where it ends or is cut. */
const PER_WORD = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent', 'trailingCut']);

/**
 * The previous word's own style properties, kept in two arrays reused from word
 * to word (a word is measured in about a microsecond: allocating here showed in
 * the collector's share).
 */
class OwnStyle {
  private readonly keys: string[] = [];
  private readonly values: unknown[] = [];
  private count = -1;

  /** Whether `word`'s own style properties are those remembered; if not, remembers them. */
  matches(word: Word): boolean {
    let index = 0;
    let same = this.count >= 0;
    for (const key in word) {
      if (PER_WORD.has(key) || !Object.prototype.hasOwnProperty.call(word, key)) continue;
      const value = word[key];
      if (same && (index >= this.count || this.keys[index] !== key || this.values[index] !== value)) same = false;
      this.keys[index] = key;
      this.values[index] = value;
      index++;
    }
    if (index !== this.count) same = false;
    this.count = index;
    return same;
  }

  /** The remembered properties, as an object. */
  toObject(): Record<string, unknown> {
    const own: Record<string, unknown> = {};
    for (let i = 0; i < this.count; i++) own[this.keys[i]!] = this.values[i];
    return own;
  }
}

/**
 * What a word's style resolves to, as a measured word without its text and
 * sizes: each word of the run is a copy of it (one allocation; adding some 25
 * properties to pdfmake's own word object grew its property store step by step
 * and was the largest allocation of the render).
 */
interface Resolved {
  template: Word;
  lineHeight: number;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

function resolve(measurer: Measurer, word: Word, own: OwnStyle, stack: unknown, lookup: Lookup): Resolved {
  const value = (property: string, defaultValue: unknown): unknown => lookup(word, stack, property, defaultValue);
  const sup = value('sup', false);
  const sub = value('sub', false);
  const fontSize = value('fontSize', 12) as number;
  // One literal, in pdfmake's order, so that V8 keeps it (and its copies) in fast mode.
  const template: Word = {
    text: '',
    ...own.toObject(),
    font: measurer.pdfDocument.provideFont(value('font', 'Roboto'), value('bold', false), value('italics', false)),
    alignment: value('alignment', 'left'),
    // Font size reduction for sup/sub as pdfmake has it.
    fontSize: sup || sub ? fontSize * 0.58 : fontSize,
    fontFeatures: value('fontFeatures', null),
    characterSpacing: value('characterSpacing', 0),
    color: value('color', 'black'),
    decoration: value('decoration', null),
    decorationColor: value('decorationColor', null),
    decorationStyle: value('decorationStyle', null),
    decorationThickness: value('decorationThickness', null),
    background: value('background', null),
    link: value('link', null),
    linkToPage: value('linkToPage', null),
    linkToDestination: value('linkToDestination', null),
    noWrap: value('noWrap', null),
    opacity: value('opacity', 1),
    sup,
    sub,
    width: 0,
    height: 0,
    leadingCut: 0,
    trailingCut: 0,
    // Where the word sits on its line: pdfmake's Line.addInline sets it on every word it places.
    x: 0,
  };
  return {
    template,
    lineHeight: value('lineHeight', 1) as number,
    preserveLeadingSpaces: value('preserveLeadingSpaces', false),
    preserveTrailingSpaces: value('preserveTrailingSpaces', false),
  };
}

const LEADING = /^(\s)+/;
const TRAILING = /(\s)+$/;

let installed = false;

/** Installs the measuring into pdfmake's TextInlines, once per process. */
export function installMeasureOncePerRun(): void {
  if (installed) return;
  installed = true;
  const lookup = (StyleContextStack as unknown as { getStyleProperty: Lookup }).getStyleProperty;
  TextInlines.prototype.measure = function measureOncePerRun(this: unknown, array: object[], stack: unknown) {
    const measurer = this as Measurer;
    const words = array as Word[];
    if (words.length > 0) {
      const leadingIndent = lookup(words[0]!, stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        words[0]!.leadingCut = -leadingIndent;
        words[0]!.leadingIndent = leadingIndent;
      }
    }
    const previous = new OwnStyle();
    let resolved: Resolved | undefined;
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (!previous.matches(word) || !resolved) resolved = resolve(measurer, word, previous, stack, lookup);
      const measured: Word = { ...resolved.template };
      measured.text = word.text;
      if (word['lineEnd'] !== undefined) measured['lineEnd'] = word['lineEnd'];
      if (word['noNewLine'] !== undefined) measured['noNewLine'] = word['noNewLine'];
      if (word.leadingIndent !== undefined) measured.leadingIndent = word.leadingIndent;
      measured.width = measurer.widthOfText(measured.text, measured);
      measured.height = measured.font.lineHeight(measured.fontSize) * resolved.lineHeight;
      measured.leadingCut = word.leadingCut || 0;
      if (!resolved.preserveLeadingSpaces) {
        const leadingSpaces = LEADING.exec(measured.text);
        if (leadingSpaces) measured.leadingCut += measurer.widthOfText(leadingSpaces[0], measured);
      }
      if (!resolved.preserveTrailingSpaces) {
        const trailingSpaces = TRAILING.exec(measured.text);
        if (trailingSpaces) measured.trailingCut = measurer.widthOfText(trailingSpaces[0], measured);
      }
      words[index] = measured;
    }
    return array;
  };
}
