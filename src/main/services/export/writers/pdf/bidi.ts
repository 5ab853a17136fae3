/**
 * Right-to-left text in a line, for a patch of pdfmake's renderer (mirror.ts).
 * pdfmake and pdfkit lay words out left to right only (pdfmake#184,
 * pdfkit#219); fontkit shapes an Arabic word and puts its glyphs in visual
 * order, but the words of a line stay in the order they were written.
 *
 * Before a line is drawn, its words are placed in visual order by the Unicode
 * bidi algorithm's rule L2 (bidi-js gave each piece its level when the text node
 * was built: scripts.ts), so that numbers and Latin names inside Arabic text,
 * and Arabic names inside English, read as they should. The words are still
 * drawn in the order they were written (only their positions change), so text
 * read back from the PDF, and the structure tree, keep the logical order. A
 * mirrored character set right to left ("(" in Arabic text) is drawn alone and
 * flipped, as neither fontkit nor Noto's `rtlm` mirrors parentheses; it still
 * stands for itself in the text read back.
 */
import bidiFactory from 'bidi-js';
import { RIGHT_TO_LEFT } from './scripts';

export interface PlacedInline {
  text: string;
  x: number;
  width: number;
  alignment?: string;
  bidiLevel?: number;
  bidiBase?: number;
  fontFeatures?: string[] | null;
  [property: string]: unknown;
}

export interface PlacedLine {
  inlines: PlacedInline[];
  leadingCut?: number;
  trailingCut?: number;
  getWidth(): number;
  clone(): PlacedLine;
}

export interface PdfKitDocument {
  page: { width: number };
}

/** L2: the visual order of items at `levels` (reverse each run at or above a level, from the highest to the lowest odd). */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, index) => index);
  if (levels.length === 0) return order;
  const highest = Math.max(...levels);
  const lowest = Math.min(...levels);
  const lowestOdd = lowest % 2 === 1 ? lowest : lowest + 1;
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if (levels[order[i]!]! < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levels[order[j]!]! >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order;
}

const WHITE_SPACE = /^\s*$/u;
const GRAPHEME = /\P{M}\p{M}*|\p{M}+/gu;

let bidi: ReturnType<typeof bidiFactory> | undefined;

/** Whether a character set right to left shows as its mirror image: "(" as ")", "«" as "»". */
function isMirrored(text: string): boolean {
  bidi ??= bidiFactory();
  return text.length > 0 && bidi.getMirroredCharacter(text[0]!) !== null;
}

/**
 * A right-to-left word's parts, in logical order: each mirrored character alone
 * (it is drawn flipped), and neutral characters one by one (fontkit reverses only
 * a run with right-to-left letters in it).
 */
function rightToLeftParts(text: string): string[] {
  const graphemes = text.match(GRAPHEME) ?? [text];
  const hasLetters = RIGHT_TO_LEFT.test(text);
  const parts: string[] = [];
  let run = '';
  const flush = () => {
    if (run === '') return;
    if (RIGHT_TO_LEFT.test(run)) parts.push(run);
    else parts.push(...(run.match(GRAPHEME) ?? [run]));
    run = '';
  };
  for (const grapheme of graphemes) {
    if (isMirrored(grapheme) || !hasLetters) {
      flush();
      parts.push(grapheme);
    } else {
      run += grapheme;
    }
  }
  flush();
  return parts;
}

/** A word's level: the one bidi-js gave it, else (a list number, a page number) the level its characters ask for. */
function levelOf(inline: PlacedInline, base: number): number {
  if (inline.bidiLevel !== undefined) return inline.bidiLevel;
  if (RIGHT_TO_LEFT.test(inline.text)) return 1;
  return base === 1 ? 2 : 0;
}

interface FontMeasure {
  widthOfString(text: string, size: number): number;
}

/** Widths of a word's parts, scaled to add up to the word's width as pdfmake measured it. */
function partWidths(parts: string[], inline: PlacedInline): number[] {
  const font = inline['font'] as FontMeasure | undefined;
  const size = typeof inline['fontSize'] === 'number' ? inline['fontSize'] : 10;
  const measured = parts.map((part) => (font ? font.widthOfString(part, size) : 1));
  const total = measured.reduce((sum, width) => sum + width, 0);
  return measured.map((width) => (total > 0 ? (width / total) * inline.width : inline.width / parts.length));
}

/**
 * The line with its words at their visual positions, in `[0, getWidth()]` from
 * the line's start, still in logical order. The leading and trailing spaces that
 * pdfmake leaves out of the line's width (`leadingCut`, `trailingCut`) stay out.
 * A right-to-left word that fontkit would not reverse whole (neutral characters,
 * mirrored ones) is split into parts placed from its right end.
 */
export function reorderLine(line: PlacedLine, rightToLeftPage: boolean): PlacedLine {
  const inlines = line.inlines;
  const count = inlines.length;
  const base = inlines.find((inline) => inline.bidiBase !== undefined)?.bidiBase ?? (rightToLeftPage ? 1 : 0);
  const levels = inlines.map((inline) => levelOf(inline, base));
  // L1: spaces at the end of the line take the paragraph's level.
  for (let i = count - 1; i >= 0 && WHITE_SPACE.test(inlines[i]!.text); i--) levels[i] = base;

  const positions: number[] = new Array<number>(count);
  let x = 0;
  for (const index of visualOrder(levels)) {
    const inline = inlines[index]!;
    const lead = index === 0 ? (line.leadingCut ?? 0) : 0;
    const trail = index === count - 1 ? (line.trailingCut ?? 0) : 0;
    // A word set right to left is drawn mirrored: its leading spaces on its right, its trailing ones on its left.
    const offset = levels[index]! % 2 === 1 ? trail : lead;
    positions[index] = x - offset;
    x += inline.width - lead - trail;
  }

  const parts: PlacedInline[] = [];
  inlines.forEach((inline, index) => {
    const placed: PlacedInline = { ...inline, x: positions[index]! };
    const split = levels[index]! % 2 === 1 ? rightToLeftParts(inline.text) : [inline.text];
    if (split.length === 1 && !(levels[index]! % 2 === 1 && isMirrored(split[0]!))) {
      parts.push(placed);
      return;
    }
    const widths = partWidths(split, inline);
    let right = placed.x + inline.width;
    split.forEach((text, part) => {
      right -= widths[part]!;
      parts.push({
        ...placed,
        text,
        width: widths[part]!,
        x: right,
        ...(isMirrored(text) ? { mirrorGlyph: true } : {}),
      });
    });
  });
  const reordered = line.clone();
  reordered.inlines = parts;
  return reordered;
}

export interface PdfKitCanvas extends PdfKitDocument {
  save(): void;
  restore(): void;
  transform(m11: number, m12: number, m21: number, m22: number, dx: number, dy: number): void;
}

export interface LineParts extends PlacedLine {
  id?: unknown;
  _outline?: unknown;
  _pageNodeRef?: unknown;
  getHeight(): number;
  getAscenderHeight(): number;
}

/**
 * Draws the line; a mirrored character set right to left ("(" in Arabic text)
 * alone, flipped about its own centre, so it shows as its mirror image and still
 * stands for itself in the text read back from the PDF.
 */
export function drawWithMirroredGlyphs(
  doc: PdfKitCanvas,
  draw: (line: PlacedLine, x: number) => unknown,
  line: LineParts,
  x: number,
): void {
  const inlines = line.inlines;
  if (!inlines.some((inline) => inline['mirrorGlyph'])) {
    draw(line, x);
    return;
  }
  const height = line.getHeight();
  const ascender = line.getAscenderHeight();
  let start = 0;
  while (start < inlines.length) {
    const flipped = inlines[start]!['mirrorGlyph'] === true;
    let end = start + 1;
    while (!flipped && end < inlines.length && !inlines[end]!['mirrorGlyph']) end++;
    const part = line.clone() as LineParts;
    part.inlines = inlines.slice(start, end);
    part.getHeight = () => height;
    part.getAscenderHeight = () => ascender;
    if (start > 0) {
      delete part.id;
      delete part._outline;
      delete part._pageNodeRef;
    }
    if (flipped) {
      const glyph = inlines[start]!;
      doc.save();
      doc.transform(-1, 0, 0, 1, 2 * (x + glyph.x + glyph.width / 2), 0);
      draw(part, x);
      doc.restore();
    } else {
      draw(part, x);
    }
    start = end;
  }
}
