/**
 * Draws each line's words as few text runs as possible. pdfmake measures and
 * places text word by word, and then draws every word with its own pdfkit
 * `text()` call: colour, opacity, font size, a text object and a positioning
 * matrix per word. pdfmake itself notes the fix in renderLine ("lines without
 * differently styled inlines should be written to pdf as one stream"); this
 * does it just before a line is drawn: neighbouring words that look the same
 * and touch become one run with their texts joined.
 *
 * What is drawn is the same: pdfkit lays text out word by word (it splits at
 * spaces and caches each word), so a joined run is exactly as wide as its words
 * were, and each run starts where its first word did. On a 457-page pack this
 * takes the drawing from about 10 to about 3 calls a line.
 */
import Renderer from 'pdfmake/js/Renderer.js';

/** The parts of pdfmake's inline (a placed word) that decide how it is drawn. */
interface PlacedInline {
  text: string;
  x: number;
  width: number;
  [property: string]: unknown;
}

interface PlacedLine {
  inlines: PlacedInline[];
}

/**
 * Everything pdfmake's Renderer and TextDecorator read from an inline, apart from
 * text, x and width: two words can share a run only if all of these are the same.
 */
const DRAWN_AS = [
  'font',
  'fontSize',
  'fontFeatures',
  'color',
  'opacity',
  'characterSpacing',
  'link',
  'linkToPage',
  'linkToDestination',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'sup',
  'sub',
  'height',
  'alignment',
] as const;

/** Inlines the merge must leave alone: page references (filled in at draw time) and justified words. */
function mustStayAlone(inline: PlacedInline): boolean {
  return inline['_pageNodeRef'] !== undefined || inline['justifyShift'] !== undefined;
}

function drawnAlike(a: PlacedInline, b: PlacedInline): boolean {
  for (const property of DRAWN_AS) if (a[property] !== b[property]) return false;
  return true;
}

/** Sub-point gaps are rounding; anything wider is space pdfmake put between words on purpose. */
const TOUCHING = 0.01;

/** Joins each run of neighbouring, touching, alike inlines of a line into one (exported for the tests). */
export function joinLineRuns(line: PlacedLine): void {
  const { inlines } = line;
  if (!Array.isArray(inlines) || inlines.length < 2) return;
  const joined: PlacedInline[] = [];
  let current: PlacedInline | undefined;
  let currentIsOwnCopy = false;
  for (const inline of inlines) {
    if (
      current !== undefined &&
      !mustStayAlone(current) &&
      !mustStayAlone(inline) &&
      typeof inline.text === 'string' &&
      Math.abs(current.x + current.width - inline.x) < TOUCHING &&
      drawnAlike(current, inline)
    ) {
      if (!currentIsOwnCopy) {
        // Copy on the first join, so the layout's own inlines stay as pdfmake left them.
        current = { ...current };
        joined[joined.length - 1] = current;
        currentIsOwnCopy = true;
      }
      current.text += inline.text;
      current.width += inline.width;
      continue;
    }
    current = inline;
    currentIsOwnCopy = false;
    joined.push(current);
  }
  line.inlines = joined;
}

let installed = false;

/** Installs the merge into pdfmake's renderer, once per process. */
export function installLineRunJoining(): void {
  if (installed) return;
  installed = true;
  const drawLine = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = function renderJoinedLine(this: unknown, line: unknown, x: number, y: number) {
    joinLineRuns(line as PlacedLine);
    drawLine.call(this, line, x, y);
  };
}
