/**
 * Tagged PDF (PDF/UA-1): the structure tree comes from the document model. The
 * writer gives each text node it builds a `tag`, a place in a tree of plain
 * descriptors (Document › Sect › H1…H3, P, L › LI › LBody, Table › THead/TBody ›
 * TR › TH/TD, TOC › TOCI › Reference); this patch carries the tag from the text
 * node onto each line pdfmake lays out, and where pdfmake draws a line, marks it
 * as content of that structure element (creating the elements in drawing order,
 * which is the model's order), its linked words as a Link element with their
 * annotations (tags-links.ts). Page furniture, repeated table headers, rules, fills and
 * list bullets are marked as artifacts, so no content is outside marked content.
 * pdfmake passes `tagged` to pdfkit but never marks anything itself.
 */
import LayoutBuilder from 'pdfmake/js/LayoutBuilder.js';
import Renderer from 'pdfmake/js/Renderer.js';
import { type LinkedInline, LinkTagger, type PdfStructElement, linkTarget, noteLinkTexts } from './tags-links';
import { completeMetadata } from './xmp';

/** A structure element to be: its role, its parent, its attributes. */
export interface StructTag {
  role: string;
  parent?: StructTag;
  options?: { title?: string; lang?: string; scope?: 'Row' | 'Column' };
  /** A sibling read before this element though drawn after it (an ordered item's number before its body). */
  precededBy?: StructTag;
  /** The pdfkit element, once something of it has been drawn. */
  element?: PdfStructElement;
}

interface PdfKitDocument {
  struct(role: string, options?: object): PdfStructElement;
  addStructure(element: PdfStructElement): void;
  markStructureContent(role: string, options?: object): unknown;
  markContent(tag: string, options?: object): void;
  endMarkedContent(): void;
}

/** What one tagged render needs at draw time, found through the pdfkit document. */
export interface Tagging {
  root: StructTag;
  /** The contents' TOC element: pdfmake builds the entries itself, untagged. */
  toc?: StructTag;
}

export const tag = (role: string, parent?: StructTag, options?: StructTag['options']): StructTag => ({
  role,
  ...(parent ? { parent } : {}),
  ...(options ? { options } : {}),
});

const TAGGING = Symbol('tagging');

/** Attaches the tagging to a definition's content array, where the layout patch finds it. */
export function tagContent(content: unknown[], tagging: Tagging): void {
  Object.defineProperty(content, TAGGING, { value: tagging, enumerable: false });
}

export function taggingOf(content: unknown): Tagging | undefined {
  return content !== null && typeof content === 'object'
    ? (content as Record<symbol, Tagging | undefined>)[TAGGING]
    : undefined;
}
const TOC_ENTRY = Symbol('tocEntry');
const LINKS = Symbol('links');

/**
 * Attaches the tagging to the pdfkit document pdfmake lays out with (from the
 * layout patch), and has the document write complete XMP (xmp.ts): PDF/UA-1
 * identification when tagged.
 */
export function attachTagging(pdfDocument: object, tagging: Tagging | undefined): void {
  completeMetadata(pdfDocument, { pdfUa: tagging !== undefined });
  if (!tagging) return;
  (pdfDocument as Record<symbol, unknown>)[TAGGING] = tagging;
  (pdfDocument as Record<symbol, unknown>)[LINKS] = new LinkTagger(
    pdfDocument as ConstructorParameters<typeof LinkTagger>[0],
  );
}

function elementFor(descriptor: StructTag, doc: PdfKitDocument): PdfStructElement {
  if (descriptor.element) return descriptor.element;
  if (descriptor.precededBy) elementFor(descriptor.precededBy, doc);
  const element = doc.struct(descriptor.role, descriptor.options ?? {});
  descriptor.element = element;
  if (descriptor.parent) elementFor(descriptor.parent, doc).add(element);
  else doc.addStructure(element);
  return element;
}

interface DrawnInline {
  furniture?: boolean;
  /** On an ordered list's number: its Lbl (set by the list patch below from the item's `listLabel`). */
  listLabel?: StructTag;
  linkToDestination?: unknown;
  _pageNodeRef?: unknown;
}
interface DrawnLine {
  tag?: StructTag;
  repeated?: boolean;
  _pageNodeRef?: unknown;
  inlines?: DrawnInline[];
}

/** The element a line's content belongs to; undefined for an artifact. */
function structureOf(line: DrawnLine, tagging: Tagging, doc: Record<symbol, unknown>): StructTag | undefined {
  if (line.repeated) return undefined; // a table header repeated on a new page
  if (line.tag) return line.tag;
  const inlines = line.inlines ?? [];
  if (inlines.length === 0 || inlines.every((inline) => inline.furniture)) return undefined;
  if (inlines[0]!.listLabel) return inlines[0]!.listLabel;
  if (tagging.toc) {
    // A contents entry: its title starts a TOCI › Reference (the entry's Link goes in it), its page number joins it.
    if (line._pageNodeRef !== undefined || inlines.some((inline) => inline._pageNodeRef !== undefined))
      return doc[TOC_ENTRY] as StructTag | undefined;
    const destination = inlines.find(
      (inline) => typeof inline.linkToDestination === 'string' && inline.linkToDestination !== '',
    )?.linkToDestination;
    if (destination !== undefined) {
      // A title drawn in several parts (bidi.ts) is still one entry.
      const current = doc[TOC_ENTRY] as (StructTag & { destination?: unknown }) | undefined;
      if (current?.destination === destination) return current;
      const entry: StructTag & { destination?: unknown } = tag('Reference', tag('TOCI', tagging.toc));
      entry.destination = destination;
      doc[TOC_ENTRY] = entry;
      return entry;
    }
  }
  return undefined; // anything else pdfmake adds of its own
}

interface LineInParts extends DrawnLine {
  id?: unknown;
  _outline?: unknown;
  inlines?: (DrawnInline & LinkedInline & { lang?: string })[];
  getHeight(): number;
  getAscenderHeight(): number;
  clone(): LineInParts;
}
type PartInline = NonNullable<LineInParts['inlines']>[number];

/**
 * Draws a line as runs of neighbouring words that share a key (a language, a
 * link), each run a copy of the line with only its words. Each part keeps the
 * whole line's height and baseline; only the first opens its bookmark and
 * destination. A line of one run is drawn as it is.
 */
function drawInParts<K>(
  line: LineInParts,
  keyOf: (inline: PartInline) => K,
  draw: (part: LineInParts, key: K) => void,
): void {
  const inlines = line.inlines ?? [];
  const first = inlines.length > 0 ? keyOf(inlines[0]!) : undefined;
  if (inlines.every((inline) => keyOf(inline) === first)) {
    draw(line, first as K);
    return;
  }
  const height = line.getHeight();
  const ascender = line.getAscenderHeight();
  let start = 0;
  while (start < inlines.length) {
    const key = keyOf(inlines[start]!);
    let end = start + 1;
    while (end < inlines.length && keyOf(inlines[end]!) === key) end++;
    const part = line.clone();
    part.inlines = inlines.slice(start, end);
    part.getHeight = () => height;
    part.getAscenderHeight = () => ascender;
    if (start > 0) {
      delete part.id;
      delete part._outline;
      delete part._pageNodeRef;
    }
    draw(part, key);
    start = end;
  }
}

/**
 * Draws a line whose words carry a `lang` (an Arabic or Chinese name in a
 * document of another language: scripts.ts) as marked-content spans with /Lang,
 * a group of neighbouring words at a time; any other line as it is.
 */
function renderInLanguages(doc: PdfKitDocument, draw: (line: DrawnLine) => void, line: LineInParts): void {
  if (!(line.inlines ?? []).some((inline) => inline.lang !== undefined)) {
    draw(line);
    return;
  }
  drawInParts(line, languageOf, (part, lang) => {
    if (lang !== undefined) doc.markContent('Span', { lang });
    draw(part);
    if (lang !== undefined) doc.endMarkedContent();
  });
}
const languageOf = (inline: PartInline): string | undefined => inline.lang;

/**
 * Draws a line as content of its structure element: its linked words as content
 * of a Link element inside it (tags-links.ts), the rest directly.
 */
function renderTagged(
  doc: PdfKitDocument,
  links: LinkTagger,
  structure: StructTag,
  draw: (line: DrawnLine) => void,
  line: LineInParts,
): void {
  const element = elementFor(structure, doc);
  const drawAs = (part: LineInParts, role: string, into: PdfStructElement) => {
    into.add(doc.markStructureContent(role));
    renderInLanguages(doc, draw, part);
    doc.endMarkedContent();
  };
  if (!(line.inlines ?? []).some((inline) => linkTarget(inline) !== undefined)) {
    links.close();
    drawAs(line, structure.role, element);
    return;
  }
  drawInParts(line, linkTarget, (part, target) => {
    if (target === undefined) {
      links.close();
      drawAs(part, structure.role, element);
    } else {
      links.drawLinked(element, part.inlines ?? [], (link) => drawAs(part, 'Link', link));
    }
  });
}

let installed = false;

/** Installs the tagging into pdfmake's layout (lines take their node's tag) and renderer, once per process. */
export function installTagging(): void {
  if (installed) return;
  installed = true;
  const builder = LayoutBuilder.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const buildNextLine = builder['buildNextLine']!;
  builder['buildNextLine'] = function buildTaggedLine(this: unknown, textNode: unknown) {
    const line = buildNextLine.call(this, textNode) as DrawnLine | null;
    const nodeTag = (textNode as { tag?: StructTag } | null)?.tag;
    if (line && nodeTag) line.tag = nodeTag;
    if (line?.inlines) noteLinkTexts(line.inlines, (textNode as { _inlines?: LinkedInline[] })._inlines ?? []);
    return line;
  };
  // pdfmake draws an ordered item's number from the marker it measured for the item: the number takes the item's Lbl.
  const processList = builder['processList']!;
  builder['processList'] = function processLabelledList(this: unknown, ordered: unknown, node: unknown) {
    const items = ordered ? ((node as { ol?: unknown[] }).ol ?? []) : [];
    for (const item of items as { listLabel?: StructTag; listMarker?: { _inlines?: DrawnInline[] } }[]) {
      const number = item.listMarker?._inlines?.[0];
      if (item.listLabel && number) number.listLabel = item.listLabel;
    }
    return processList.call(this, ordered, node);
  };

  const renderer = Renderer.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const renderLine = renderer['renderLine']!;
  renderer['renderLine'] = function renderTaggedLine(this: { pdfDocument: PdfKitDocument }, ...args: unknown[]) {
    const doc = this.pdfDocument;
    const tagging = (doc as unknown as Record<symbol, Tagging | undefined>)[TAGGING];
    if (!tagging) return renderLine.apply(this, args);
    const structure = structureOf(args[0] as DrawnLine, tagging, doc as unknown as Record<symbol, unknown>);
    if (!structure) {
      doc.markContent('Artifact', { type: 'Pagination' });
      renderLine.apply(this, args);
      doc.endMarkedContent();
      return undefined;
    }
    const links = (doc as unknown as Record<symbol, LinkTagger>)[LINKS]!;
    const draw = (line: DrawnLine) => renderLine.call(this, line, ...args.slice(1));
    renderTagged(doc, links, structure, draw, args[0] as LineInParts);
    return undefined;
  };

  const renderVector = renderer['renderVector']!;
  renderer['renderVector'] = function renderArtifactVector(this: { pdfDocument: PdfKitDocument }, ...args: unknown[]) {
    const doc = this.pdfDocument;
    if (!(doc as unknown as Record<symbol, unknown>)[TAGGING]) return renderVector.apply(this, args);
    doc.markContent('Artifact', { type: 'Layout' });
    renderVector.apply(this, args);
    doc.endMarkedContent();
    return undefined;
  };
}
