/**
 * Word shapes and widths kept from one export to the next. pdfkit shapes each
 * word once per document (EmbeddedFont.layoutCached) and measures a text by
 * walking it character by character; each export is a new document, so a warm
 * export worker shaped every word of the pack again. Shaping depends only on
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

interface EmbeddedFont {
  name?: string;
  font?: { numGlyphs?: number; unitsPerEm?: number };
  layoutRun(text: string, features?: unknown): WordRun;
  layoutCached(text: string): WordRun;
  widthOfString(text: string, size: number, features?: unknown): number;
  layout(text: string, features: unknown, onlyWidth: boolean): { advanceWidth: number };
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
  // As pdfkit's own widthOfString: the text's advance in font units, then scaled to the size.
  embedded.widthOfString = function widthShared(this: EmbeddedFont, text: string, size: number, features?: unknown) {
    if (features) return widthOfString.call(this, text, size, features);
    const advance =
      cache.widths.get(text) ?? remember(cache.widths, text, this.layout(text, undefined, true).advanceWidth);
    const scale = size / 1000;
    return advance * scale;
  };
}
