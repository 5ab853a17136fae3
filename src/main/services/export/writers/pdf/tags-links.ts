/**
 * Links in the structure tree (PDF/UA-1 7.18.5, Matterhorn 28-xxx): the words of
 * a link are drawn as content of a `Link` structure element, and every link
 * annotation pdfmake creates for them (pdfkit's `link`, `goTo`, `annotate`) is
 * referenced from that element by an `OBJR`, gets a `/StructParent` (the parent
 * tree maps it back to the element) and a `/Contents` describing it: the link's
 * whole text, else its target.
 *
 * A link that runs on over several lines (a long address, or a contents entry's
 * title and its page number) stays one element while it continues in the same
 * parent on the same page. The element is ended, and so written, before its
 * page is left: pdfkit names the page of an `OBJR` after the page current when
 * the element is written.
 */
export interface PdfStructElement {
  add(child: unknown): PdfStructElement;
  end(): void;
}

interface LinkDocument {
  struct(role: string, options?: object): PdfStructElement;
  annotate(x: number, y: number, w: number, h: number, options?: Record<string, unknown>): unknown;
  addPage(...args: unknown[]): unknown;
  end(): unknown;
}

/** What pdfmake's inlines carry of a link: a URL, a named destination, or a page number. */
export interface LinkedInline {
  text?: unknown;
  link?: unknown;
  linkToDestination?: unknown;
  linkToPage?: unknown;
  /** The text of the whole link this word is part of (set as lines are built). */
  _linkText?: string;
  /** Set on a page number pdfmake fills in at draw time (a contents entry's). */
  _pageNodeRef?: unknown;
}

/** The inline's link target, or undefined (the writer's "no link" is null, '' or 0). */
export function linkTarget(inline: LinkedInline): string | number | undefined {
  if (typeof inline.link === 'string' && inline.link !== '') return inline.link;
  if (typeof inline.linkToDestination === 'string' && inline.linkToDestination !== '') return inline.linkToDestination;
  if (typeof inline.linkToPage === 'number' && inline.linkToPage > 0) return inline.linkToPage;
  return undefined;
}

/** A description as read out: the writer's break opportunities in long words (text.ts) removed, spaces collapsed. */
const plain = (text: string): string =>
  text
    .replace(/\u200b/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * Writes onto each linked word the text of its whole link: the words of a link
 * that are still to be laid out are in the text node's remaining inlines, so the
 * first line a link starts on sees all of it. Called by tags.ts as each line is built.
 */
export function noteLinkTexts(lineInlines: LinkedInline[], remaining: LinkedInline[]): void {
  if (!lineInlines.some((inline) => inline._linkText === undefined && linkTarget(inline) !== undefined)) return;
  const all = [...lineInlines, ...remaining];
  let start = 0;
  while (start < all.length) {
    const target = linkTarget(all[start]!);
    let end = start + 1;
    while (end < all.length && target !== undefined && linkTarget(all[end]!) === target) end++;
    if (target !== undefined && all[start]!._linkText === undefined) {
      const text = plain(
        all
          .slice(start, end)
          .map((inline) => (typeof inline.text === 'string' ? inline.text : ''))
          .join(''),
      );
      for (let i = start; i < end; i++) all[i]!._linkText = text;
    }
    start = end;
  }
}

interface OpenLink {
  element: PdfStructElement;
  parent: PdfStructElement;
  target: string | number;
  description: string;
}

/** One document's links: the one being drawn and the one that may still continue. */
export class LinkTagger {
  private open?: OpenLink;
  private drawing?: OpenLink;

  constructor(private readonly doc: LinkDocument) {
    const annotate = doc.annotate.bind(doc);
    doc.annotate = (x, y, w, h, options = {}) => {
      const link = this.drawing;
      if (link && options['Subtype'] === 'Link') {
        options['structParent'] = link.element;
        if (options['Contents'] === undefined) options['Contents'] = new String(link.description);
      }
      return annotate(x, y, w, h, options);
    };
    const addPage = doc.addPage.bind(doc);
    doc.addPage = (...args) => {
      this.close();
      return addPage(...args);
    };
    const end = doc.end.bind(doc);
    doc.end = () => {
      this.close();
      return end();
    };
  }

  /** Draws a linked run of a line as content of its Link element (created, or continued), under `parent`. */
  drawLinked(parent: PdfStructElement, inlines: LinkedInline[], draw: (element: PdfStructElement) => void): void {
    const target = linkTarget(inlines[0]!)!;
    let link = this.open;
    if (!link || link.parent !== parent || link.target !== target) {
      this.close();
      // A page number's text is filled in as it is drawn: a link starting with one (a contents
      // entry's number always continues its title's link) is described by its target.
      const text = inlines[0]!._pageNodeRef
        ? ''
        : (inlines[0]!._linkText ?? plain(inlines.map((inline) => String(inline.text ?? '')).join('')));
      link = { element: this.doc.struct('Link'), parent, target, description: text || String(target) };
      parent.add(link.element);
      this.open = link;
    }
    this.drawing = link;
    try {
      draw(link.element);
    } finally {
      this.drawing = undefined;
    }
  }

  /** Ends the open link: content that is not part of it is drawn next. */
  close(): void {
    this.open?.element.end();
    this.open = undefined;
  }
}
