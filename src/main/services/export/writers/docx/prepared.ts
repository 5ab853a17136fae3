/**
 * Runs and paragraphs whose XML is worked out once per format rather than once per run.
 *
 * docx builds a tree of components for each run (a Run, its RunProperties and their
 * parts, a Text and its attributes) and for each paragraph (a ParagraphProperties with
 * a component per property), and then turns every one of them into a plain object for
 * its XML writer: most of the DOCX writer's time, and of its garbage, for a pack of
 * thousands of runs that share a dozen formats. Here docx itself formats one run or one
 * paragraph of each format, with no text, and every run or paragraph of that format
 * reuses those properties: its object is the one docx would have made, with its own
 * text and children, so the XML is the same byte for byte (the before/after diffs of
 * the benchmark packs say so).
 *
 * The shared parts are frozen: docx's passes over the written body (contents, page
 * numbers) replace a paragraph's children or a field's parts, never run or paragraph
 * properties, so a change there would throw rather than reach another paragraph.
 * Anything these cannot stand for exactly (numbered paragraphs, whose properties
 * register a list with the document as they are written, or a paragraph with a
 * hyperlink, which adds a relationship) is left to docx's own components.
 */
import {
  BaseXmlComponent,
  type IContext,
  type IParagraphOptions,
  type IRunOptions,
  type IXmlableObject,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';

type Xml = IXmlableObject;

/** Formats a component that needs nothing from the document it is in (no relationships, lists or media). */
export const CONTEXT_FREE = { stack: [] } as unknown as IContext;

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const part of Object.values(value)) deepFreeze(part);
  }
  return value;
}

/** A component written as an object made beforehand. docx writes any component by its `prepForXml`. */
export class PreparedComponent extends BaseXmlComponent {
  constructor(
    rootKey: string,
    readonly xml: Xml,
  ) {
    super(rootKey);
  }

  prepForXml(): Xml {
    return this.xml;
  }
}

/** A run's parts before its text (properties, breaks), and the attributes of its `w:t`, as docx writes them. */
interface RunTemplate {
  before: readonly unknown[];
  textAttributes: unknown;
}

const runTemplates = new Map<string, RunTemplate | null>();

function runTemplate(options: Omit<IRunOptions, 'text'>, key: string): RunTemplate | null {
  let template = runTemplates.get(key);
  if (template !== undefined) return template;
  template = null;
  const written = new TextRun({ ...options, text: '' }).prepForXml(CONTEXT_FREE)?.['w:r'];
  const text = Array.isArray(written) ? (written[written.length - 1] as Xml | undefined)?.['w:t'] : undefined;
  // Only the shape docx 9 writes, `<w:r>…<w:t xml:space="preserve"></w:t></w:r>`; otherwise docx writes each run.
  if (Array.isArray(text) && text.length === 2 && text[1] === '' && (text[0] as Xml)?.['_attr']) {
    template = deepFreeze({ before: written.slice(0, -1), textAttributes: text[0] });
  }
  runTemplates.set(key, template);
  return template;
}

/** The run properties the text writer uses, all of them in the cache key. */
export interface PreparedRunOptions {
  text: string;
  bold?: boolean;
  italics?: boolean;
  style?: string;
  rightToLeft?: boolean;
  language?: { bidirectional?: string; eastAsia?: string };
  break?: number;
}

/** A text run, written as `new TextRun(options)` is. */
export function preparedRun(options: PreparedRunOptions): ParagraphChild {
  const { text, ...format } = options;
  // Every option, exactly (`bold: false` writes `<w:b w:val="false"/>`, unlike no `bold`).
  const { bold, italics, style, rightToLeft, language, break: breaks } = format;
  const key = JSON.stringify([bold, italics, style, rightToLeft, language?.bidirectional, language?.eastAsia, breaks]);
  const template = runTemplate(format, key);
  if (!template) return new TextRun(options);
  const run = new PreparedComponent('w:r', { 'w:r': [...template.before, { 'w:t': [template.textAttributes, text] }] });
  // docx's types list its own classes; it writes any component (see `elementOf` in docx).
  return run as unknown as ParagraphChild;
}

const paragraphProperties = new Map<string, { properties: Xml | undefined } | null>();

/** The `w:pPr` docx writes for the options, or null when it writes the paragraph differently. */
function paragraphTemplate(options: Omit<IParagraphOptions, 'children'>, key: string) {
  let template = paragraphProperties.get(key);
  if (template !== undefined) return template;
  template = null;
  const written = new Paragraph({ ...options, children: [] }).prepForXml(CONTEXT_FREE)?.['w:p'];
  const onlyProperties = Array.isArray(written) && written.length === 1 && (written[0] as Xml)?.['w:pPr'];
  if (onlyProperties) template = { properties: deepFreeze(written[0] as Xml) };
  else if (written !== undefined && !Array.isArray(written) && Object.keys(written as Xml).length === 0)
    template = { properties: undefined };
  paragraphProperties.set(key, template);
  return template;
}

/**
 * A paragraph, written as `new Paragraph(options)` is. Its children are prepared runs
 * or it is docx's own: only those are written the same wherever they are.
 */
export function preparedParagraph(options: IParagraphOptions): Paragraph {
  const { children = [], ...rest } = options;
  const runs = children.filter((child): child is ParagraphChild => child instanceof PreparedComponent);
  if (runs.length !== children.length || rest.numbering !== undefined || rest.text !== undefined) {
    return new Paragraph(options);
  }
  const template = paragraphTemplate(rest, JSON.stringify(rest));
  if (!template) return new Paragraph(options);
  const content = runs.map((run) => (run as unknown as PreparedComponent).xml);
  if (template.properties) content.unshift(template.properties);
  // A paragraph with nothing in it is written `<w:p/>`, as docx writes it.
  const paragraph = new PreparedParagraph(content.length > 0 ? content : {});
  return paragraph as unknown as Paragraph;
}

/** Each write makes the paragraph's own object: the contents pass bookmarks a heading by replacing its children. */
class PreparedParagraph extends BaseXmlComponent {
  constructor(private readonly content: readonly Xml[] | Xml) {
    super('w:p');
  }

  prepForXml(): Xml {
    return { 'w:p': Array.isArray(this.content) ? [...this.content] : {} };
  }
}

export const isPreparedParagraph = (paragraph: unknown): boolean => paragraph instanceof PreparedParagraph;

/** A prepared paragraph's object, made anew. */
export const preparedXml = (paragraph: Paragraph): Xml => (paragraph as unknown as PreparedParagraph).prepForXml();
