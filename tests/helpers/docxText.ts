/**
 * Reads a DOCX back: every part's text (XML parts checked for well-formedness by a
 * real XML parser that fails on any error or warning) and the document's plain text.
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import JSZip from 'jszip';

export interface DocxReadback {
  /** Every part by its name in the package, e.g. `word/document.xml`. */
  parts: Map<string, string>;
  /** The names of the XML parts (`.xml` and `.rels`). */
  xmlPartNames: string[];
  /** word/document.xml as plain text: paragraphs on separate lines, runs joined. */
  text: string;
}

export class XmlWellFormednessError extends Error {}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Parses `xml`, throwing on any parser error or warning, except @xmldom's notice
 * that the text holds U+FFFD: that character is legal XML and a user may paste it.
 */
export function parseXmlStrict(xml: string, name = 'xml'): Document {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning' && /replacement character/i.test(message)) return;
      problems.push(`${level}: ${message}`);
      throw new XmlWellFormednessError(`${name}: ${level}: ${message}`);
    },
  });
  let parsed: Document;
  try {
    parsed = parser.parseFromString(xml, 'application/xml');
  } catch (error) {
    if (error instanceof XmlWellFormednessError) throw error;
    throw new XmlWellFormednessError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (problems.length > 0) throw new XmlWellFormednessError(`${name}: ${problems.join('; ')}`);
  if (!parsed.documentElement) throw new XmlWellFormednessError(`${name}: no document element`);
  return parsed;
}

/** Property elements: their w:tab children are tab stops, not text. */
const SKIPPED = new Set(['pPr', 'rPr', 'sectPr', 'tblPr', 'trPr', 'tcPr']);

/** Plain text of a WordprocessingML part: each w:p on its own line, tabs and breaks as whitespace. */
export function wordText(xml: string, name = 'word/document.xml'): string {
  const dom = parseXmlStrict(xml, name);
  const lines: string[] = [];
  const paragraphs = dom.getElementsByTagNameNS(W_NS, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i)!;
    let line = '';
    const walk = (node: Node): void => {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeType !== 1) continue;
        const el = c as Element;
        if (el.namespaceURI === W_NS && SKIPPED.has(el.localName ?? '')) continue;
        if (el.namespaceURI === W_NS && el.localName === 't') line += el.textContent ?? '';
        else if (el.namespaceURI === W_NS && (el.localName === 'tab' || el.localName === 'br')) line += ' ';
        else if (!(el.namespaceURI === W_NS && el.localName === 'p')) walk(el);
      }
    };
    walk(p);
    lines.push(line);
  }
  return lines.join('\n');
}

export async function readDocx(bytes: Uint8Array): Promise<DocxReadback> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name]!;
    if (file.dir) continue;
    parts.set(name, await file.async('string'));
  }
  const xmlPartNames = [...parts.keys()].filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  for (const name of xmlPartNames) parseXmlStrict(parts.get(name)!, name);
  const document = parts.get('word/document.xml');
  if (document === undefined) throw new Error('word/document.xml is missing');
  return { parts, xmlPartNames, text: wordText(document) };
}
