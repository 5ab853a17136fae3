/**
 * Right-to-left pages, drawn by a patch of pdfmake's renderer. An Arabic
 * document is laid out as a left-to-right one and mirrored as it is drawn:
 * every line, rule, fill and bullet at x goes to the page width less x.
 * Left-aligned text becomes right-aligned, table columns run from the right,
 * bullets and the notice's bar stand on the right, the page furniture's
 * reference and page number on the left. Drawing order is unchanged, so the
 * reading order is the model's. Every line with right-to-left text, in any
 * document, has its words placed in visual order first (bidi.ts).
 */
import LayoutBuilder from 'pdfmake/js/LayoutBuilder.js';
import Renderer from 'pdfmake/js/Renderer.js';
import {
  type LineParts,
  type PdfKitCanvas,
  type PdfKitDocument,
  type PlacedLine,
  drawWithMirroredGlyphs,
  reorderLine,
} from './bidi';

const RIGHT_TO_LEFT_PAGES = Symbol('rightToLeftPages');

/** Marks a definition's content array as an Arabic document's (found again when the layout starts). */
export function markRightToLeft(content: unknown[]): void {
  Object.defineProperty(content, RIGHT_TO_LEFT_PAGES, { value: true, enumerable: false });
}

const isRightToLeft = (holder: unknown): boolean =>
  holder !== null && typeof holder === 'object' && (holder as Record<symbol, unknown>)[RIGHT_TO_LEFT_PAGES] === true;

/** The line's alignment as seen once the page is mirrored (a page number placed right ends up left). */
function mirrorAlignment(line: PlacedLine): void {
  for (const inline of line.inlines) {
    if (inline.alignment === 'right') inline.alignment = 'left';
    else if (inline.alignment === 'left') inline.alignment = 'right';
  }
}

type Vector = Record<string, unknown> & { type?: string };

/** A copy of a vector mirrored across the page's vertical axis (the layout's own vector is reused on later pages). */
function mirroredVector(vector: Vector, width: number): Vector {
  const number = (key: string): number => (typeof vector[key] === 'number' ? (vector[key] as number) : 0);
  switch (vector.type) {
    case 'line':
      return { ...vector, x1: width - number('x1'), x2: width - number('x2') };
    case 'rect':
      return { ...vector, x: width - number('x') - number('w') };
    case 'ellipse':
      return { ...vector, x: width - number('x') };
    case 'polyline':
      return {
        ...vector,
        points: (vector['points'] as { x: number; y: number }[]).map((point) => ({ ...point, x: width - point.x })),
      };
    default:
      return vector; // 'path' (an SVG path) is not used by the writer
  }
}

let installed = false;

/** Installs the reordering and the mirroring into pdfmake, once per process (after the tagging: it wraps it). */
export function installRightToLeft(): void {
  if (installed) return;
  installed = true;
  const builder = LayoutBuilder.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const layoutDocument = builder['layoutDocument']!;
  builder['layoutDocument'] = function layoutDocumentWithDirection(this: unknown, ...args: unknown[]) {
    const pdfDocument = args[1] as Record<symbol, unknown> | undefined;
    if (pdfDocument) pdfDocument[RIGHT_TO_LEFT_PAGES] = isRightToLeft(args[0]);
    return layoutDocument.apply(this, args);
  };

  const renderer = Renderer.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const renderLine = renderer['renderLine']!;
  renderer['renderLine'] = function renderLineInVisualOrder(
    this: { pdfDocument: PdfKitDocument },
    line: unknown,
    x: unknown,
    y: unknown,
  ) {
    const placed = line as PlacedLine;
    const mirrored = isRightToLeft(this.pdfDocument);
    const needsOrder = mirrored || placed.inlines?.some((inline) => inline.bidiLevel !== undefined);
    if (!needsOrder || !Array.isArray(placed.inlines) || placed.inlines.length === 0)
      return renderLine.call(this, line, x, y);
    const reordered = reorderLine(placed, mirrored) as LineParts;
    const left = typeof x === 'number' ? x : 0;
    if (mirrored) mirrorAlignment(reordered);
    const start = mirrored ? this.pdfDocument.page.width - left - placed.getWidth() : left;
    drawWithMirroredGlyphs(
      this.pdfDocument as PdfKitCanvas,
      (part, at) => renderLine.call(this, part, at, y),
      reordered,
      start,
    );
    return undefined;
  };

  const renderVector = renderer['renderVector']!;
  renderer['renderVector'] = function renderMirroredVector(this: { pdfDocument: PdfKitDocument }, ...args: unknown[]) {
    if (!isRightToLeft(this.pdfDocument)) return renderVector.apply(this, args);
    return renderVector.call(this, mirroredVector(args[0] as Vector, this.pdfDocument.page.width), ...args.slice(1));
  };

  const beginClip = renderer['beginClip']!;
  renderer['beginClip'] = function beginMirroredClip(this: { pdfDocument: PdfKitDocument }, ...args: unknown[]) {
    if (!isRightToLeft(this.pdfDocument)) return beginClip.apply(this, args);
    const rect = args[0] as { x: number; width: number };
    return beginClip.call(this, { ...rect, x: this.pdfDocument.page.width - rect.x - rect.width });
  };
}
