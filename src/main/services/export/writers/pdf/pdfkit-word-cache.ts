/**
 * Word shapes and widths kept from one export to the next. pdfkit shapes each
 * word once per document (EmbeddedFont.layoutCached) and measures a text by
 * walking it character by character; each export is a new document, so a warm
 * export worker shaped every word of the pack again. (The walk itself is done
 * here too, with the same pieces, without pdfkit's allocations.) Shaping depends only on
 * the font and the text, so the results are kept per face for the process:
 * - shaped words as plain copies (glyph id, width, text, and the positions), so
 *   that no document's font objects are kept alive through them;
 * - the width of each measured text, a number.
 * Features (pdfkit shapes those texts afresh, uncached) are left as they are.
 * Each face keeps at most MAX_ENTRIES of each; past that it starts over.
 */
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  [key: string]: number;
}

interface WordRun {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}

interface LaidOut {
  glyphs: Glyph[] | null;
  positions: Position[] | null;
  advanceWidth: number;
}

interface EmbeddedFont {
  name?: string;
  font?: { numGlyphs?: number; unitsPerEm?: number };
  layoutRun(text: string, features?: unknown): WordRun;
  layoutCached(text: string): WordRun;
  widthOfString(text: string, size: number, features?: unknown): number;
  layout(text: string, features: unknown, onlyWidth: boolean): LaidOut | WordRun;
}

interface FaceCache {
  runs: Map<string, WordRun>;
  widths: Map<string, number>;
}

const MAX_ENTRIES = 100_000;
const faces = new Map<string, FaceCache>();

function faceCache(font: EmbeddedFont): FaceCache {
  const key = `${font.name}|${font.font?.numGlyphs}|${font.font?.unitsPerEm}`;
  let cache = faces.get(key);
  if (!cache) {
    cache = { runs: new Map(), widths: new Map() };
    faces.set(key, cache);
  }
  return cache;
}

/** A shaped word without references into the font that shaped it. */
function plainRun(run: WordRun): WordRun {
  const glyphs = run.glyphs.map(({ id, advanceWidth, codePoints }) => ({ id, advanceWidth, codePoints }));
  const positions = run.positions.map((position) => ({ ...position }));
  return { glyphs, positions, advanceWidth: run.advanceWidth };
}

function remember<T>(map: Map<string, T>, key: string, value: T): T {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
  return value;
}

/** Makes a pdfkit embedded font take its word shapes and text widths from the process-wide cache of its face. */
export function shareWordCache(font: object): void {
  const embedded = font as EmbeddedFont;
  if (typeof embedded.layoutRun !== 'function' || typeof embedded.widthOfString !== 'function') return;
  const cache = faceCache(embedded);
  const widthOfString = embedded.widthOfString;
  embedded.layoutCached = function layoutShared(this: EmbeddedFont, text: string): WordRun {
    return cache.runs.get(text) ?? remember(cache.runs, text, plainRun(this.layoutRun(text)));
  };
  embedded.layout = function layoutWords(this: EmbeddedFont, text: string, features: unknown, onlyWidth: boolean) {
    return features ? this.layoutRun(text, features) : layoutByWords(this, text, onlyWidth);
  };
  // As pdfkit's own widthOfString: the text's advance in font units, then scaled to the size. Only a
  // word (at most a space at its end) is kept: the joined runs of a line drawn are mostly one of a kind.
  embedded.widthOfString = function widthShared(this: EmbeddedFont, text: string, size: number, features?: unknown) {
    if (features) return widthOfString.call(this, text, size, features);
    const space = text.indexOf(' ');
    const word = space === -1 || space === text.length - 1;
    const known = word ? cache.widths.get(text) : undefined;
    const advance = known ?? layoutByWords(this, text, true).advanceWidth;
    if (word && known === undefined) remember(cache.widths, text, advance);
    const scale = size / 1000;
    return advance * scale;
  };
}

/**
 * pdfkit's EmbeddedFont.layout without features: the text cut after each space
 * or tab, each piece shaped once (layoutCached), their glyphs and positions put
 * end to end. The same pieces and sums as pdfkit's; without its array per
 * character and its concatenation per piece.
 */
function layoutByWords(font: EmbeddedFont, text: string, onlyWidth: boolean): LaidOut {
  const glyphs: Glyph[] | null = onlyWidth ? null : [];
  const positions: Position[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  let index = 0;
  while (index <= text.length) {
    const code = text.charCodeAt(index);
    if ((index === text.length && last < index) || code === 0x20 || code === 0x09) {
      const run = font.layoutCached(text.slice(last, ++index));
      if (glyphs && positions) {
        for (const glyph of run.glyphs) glyphs.push(glyph);
        for (const position of run.positions) positions.push(position);
      }
      advanceWidth += run.advanceWidth;
      last = index;
    } else {
      index++;
    }
  }
  return { glyphs, positions, advanceWidth };
}
