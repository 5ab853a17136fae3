import path from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../../../src/main/services/export/writers/docx/document';
import { renderPdf } from '../../../../../../src/main/services/export/writers/pdf/document';
import { sampleDocument } from '../../../../../fixtures/documents/sample-document';
import {
  type DocxReadback,
  XmlWellFormednessError,
  parseXmlStrict,
  readDocx,
  wordText,
} from '../../../../../helpers/docxText';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const part = (docx: DocxReadback, name: string): string => {
  const xml = docx.parts.get(name);
  if (xml === undefined) throw new Error(`missing part ${name}`);
  return xml;
};

function styleById(stylesXml: string, id: string): Element | undefined {
  const styles = parseXmlStrict(stylesXml, 'styles.xml').getElementsByTagNameNS(W, 'style');
  for (let i = 0; i < styles.length; i++) {
    const style = styles.item(i)!;
    if (style.getAttributeNS(W, 'styleId') === id) return style;
  }
  return undefined;
}

const childVal = (el: Element, name: string): string | null | undefined => {
  const found = el.getElementsByTagNameNS(W, name).item(0);
  return found ? found.getAttributeNS(W, 'val') : undefined;
};

describe('the XML helper', () => {
  it('fails on ill-formed XML', () => {
    expect(() => parseXmlStrict('<a><b></a>')).toThrow(XmlWellFormednessError);
    expect(() => parseXmlStrict('<a>&bogus;</a>')).toThrow();
    expect(() => parseXmlStrict('<a x="1" x="2"/>')).toThrow();
    expect(
      wordText(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>a</w:t></w:r></w:p></w:body></w:document>`),
    ).toBe('a');
  });
});

describe('renderDocx: the sample pack', () => {
  let docx: DocxReadback;

  beforeAll(async () => {
    docx = await readDocx(await renderDocx(sampleDocument()));
  });

  it('writes only well-formed XML parts', () => {
    expect(docx.xmlPartNames).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'docProps/core.xml', '[Content_Types].xml']),
    );
    // readDocx parsed each of them strictly; nothing else is in the package.
    expect([...docx.parts.keys()].filter((n) => !docx.xmlPartNames.includes(n))).toEqual([]);
  });

  it('contains the cover, agenda, speakers and briefs', () => {
    for (const text of [
      'RESTRICTED',
      'Cybercrime and criminal justice in cyberspace',
      'Seminars covered',
      'Agenda',
      'Seminar with Asia-Pacific countries',
      'New York (UTC−4)',
      'Patryk PAWLAK, Brussels Executive Officer, EUISS',
      'Jayantha FERNANDO',
      'TBC',
      'Points to make',
      'Background (not for disclosure)',
      'Further readings',
    ]) {
      expect(docx.text).toContain(text);
    }
  });

  it('has a real TOC field over heading levels 1–2, with hyperlinks, updated on open', () => {
    const xml = part(docx, 'word/document.xml');
    const instr = /<w:instrText[^>]*>\s*(TOC [^<]*)<\/w:instrText>/.exec(xml)?.[1];
    expect(instr).toBeDefined();
    expect(instr).toContain('\\o &quot;1-2&quot;');
    expect(instr).toContain('\\h');
    expect(xml).toContain('w:docPartGallery w:val="Table of Contents"');
    expect(part(docx, 'word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    expect(docx.text).toContain('Contents');
  });

  it('defines Title, Heading 1–3 with outline levels 0–2, TOC Heading and TOC 1/2', () => {
    const styles = part(docx, 'word/styles.xml');
    expect(styleById(styles, 'Title')).toBeDefined();
    ['Heading1', 'Heading2', 'Heading3'].forEach((id, level) => {
      const style = styleById(styles, id)!;
      expect(style, id).toBeDefined();
      expect(childVal(style, 'outlineLvl'), id).toBe(String(level));
      expect(style.getElementsByTagNameNS(W, 'keepNext').length, id).toBe(1);
    });
    const tocHeading = styleById(styles, 'TOCHeading')!;
    expect(childVal(tocHeading, 'name')).toBe('TOC Heading');
    expect(childVal(styleById(styles, 'TOC1')!, 'name')).toBe('toc 1');
    expect(childVal(styleById(styles, 'TOC2')!, 'name')).toBe('toc 2');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans"/);
    expect(styles).toMatch(/<w:rPrDefault>.*<w:lang w:val="en-GB"/);
  });

  it('starts each section on a new page and keeps headings with what follows', () => {
    const xml = part(docx, 'word/document.xml');
    const h1 = [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/>(.*?)<\/w:pPr>/g)];
    expect(h1.length).toBe(6);
    for (const match of h1) {
      expect(match[1]).toContain('<w:keepNext/>');
      expect(match[1]).toContain('<w:pageBreakBefore/>');
    }
    expect(xml).toMatch(/<w:pStyle w:val="TOCHeading"\/>.*?<w:pageBreakBefore\/>/);
  });

  it('writes real tables with a repeated header row and rows that do not split', () => {
    const xml = part(docx, 'word/document.xml');
    expect(xml).toContain('<w:tblHeader/>');
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    const headerRows = rows.filter((r) => r.includes('<w:tblHeader/>'));
    expect(headerRows.length).toBe(4); // three agenda tables and the speaker index
    expect(headerRows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(xml).toMatch(/<w:shd [^>]*w:fill="FBF5E6"/); // the notice box
  });

  it('puts the marking, reference and PAGE/NUMPAGES fields in the header and footer', () => {
    const headers = [...docx.parts.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n));
    const footers = [...docx.parts.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    const header = wordText(part(docx, headers[0]!), headers[0]);
    expect(header).toContain('RESTRICTED');
    expect(header).toContain('BPB/2020/017');
    const footerXml = part(docx, footers[0]!);
    const footer = wordText(footerXml, footers[0]);
    expect(footer).toContain('RESTRICTED');
    expect(footer).toContain('Page ');
    expect(footer).toContain(' of ');
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it('is A4 (11906 × 16838 twips)', () => {
    expect(part(docx, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('writes the document properties', () => {
    const core = part(docx, 'docProps/core.xml');
    expect(core).toContain(
      '<dc:title>Cybercrime and criminal justice in cyberspace: delegation briefing pack</dc:title>',
    );
    expect(core).toContain('<dc:creator>Cyber Policy Desk</dc:creator>');
    expect(core).toContain('<dc:subject>Briefing for the 2020 webinar series on cybercrime</dc:subject>');
    expect(core).toContain('<cp:keywords>cybercrime, criminal justice, briefing</cp:keywords>');
    expect(core).toContain('<cp:lastModifiedBy>Briefing Pack Builder</cp:lastModifiedBy>');
  });

  it('links the https: and mailto: readings as external hyperlinks', () => {
    const rels = part(docx, 'word/_rels/document.xml.rels');
    expect(rels).toMatch(/Target="https:\/\/www\.unodc\.org\/unodc\/en\/cybercrime\/" TargetMode="External"/);
    expect(rels).toMatch(/Target="mailto:cyber-desk@example\.org" TargetMode="External"/);
  });
});

describe('renderDocx: paper and contents page numbers', () => {
  it('is US Letter (12240 × 15840 twips) when asked', async () => {
    const base = sampleDocument();
    const docx = await readDocx(
      await renderDocx({ ...base, contents: undefined, furniture: { ...base.furniture, paper: 'letter' } }),
    );
    expect(part(docx, 'word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it("writes the PDF's pages into the contents and the page count into the footers", async () => {
    const document = sampleDocument();
    const pdf = await renderPdf(document, { fontsDir });
    // The sample's contents list its level 1 and 2 headings; the PDF found a page for each.
    const listed = document.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'heading' && b.level <= 2);
    expect(pdf.contentsPages).toHaveLength(listed.length);
    expect(pdf.contentsPages.every((page) => typeof page === 'number' && page > 1)).toBe(true);

    const withNumbers = await readDocx(await renderDocx(document, { pagination: pdf }));
    const lines = withNumbers.text.split('\n');
    listed.forEach((heading, index) => {
      if (heading.kind !== 'heading') throw new Error('not a heading');
      expect(lines).toContain(`${heading.text} ${pdf.contentsPages[index]}`);
    });
    // NUMPAGES in the footer carries the PDF's page count.
    const footers = [...withNumbers.parts.entries()].filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.some(([, xml]) => wordText(xml).includes(` ${pdf.pageCount}`))).toBe(true);
  });

  it('leaves the numbers for Word to fill in without the PDF pages, or when they do not match the headings', async () => {
    const document = sampleDocument();
    const plain = await readDocx(await renderDocx(document));
    expect(plain.text.split('\n')).toContain('Agenda ');
    const mismatched = await readDocx(
      await renderDocx(document, { pagination: { pageCount: 9, contentsPages: [3, 4] } }),
    );
    expect(mismatched.text.split('\n')).toContain('Agenda ');
    expect(mismatched.text).not.toMatch(/^Agenda \d/m);
  });

  it('breaks its pages before the headings the PDF begins a page with', async () => {
    const document = sampleDocument();
    const pdf = await renderPdf(document, { fontsDir });
    expect(pdf.pageStarts.length).toBeGreaterThan(0);
    const xml = part(await readDocx(await renderDocx(document, { pagination: pdf })), 'word/document.xml');
    const paragraphs = xml.split('</w:p>');
    const headings = document.sections
      .flatMap((section) => section.blocks)
      .flatMap((block) => (block.kind === 'heading' ? [block] : []));
    const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const headingParagraphs = paragraphs.filter((p) => /<w:pStyle w:val="Heading\d"\/>/.test(p));
    expect(headingParagraphs.map(textOf)).toEqual(headings.map((h) => h.text));
    for (const anchor of pdf.pageStarts) {
      const index = headings.findIndex((h) => h.anchor === anchor);
      const text = headings[index]!.text;
      const paragraph = headingParagraphs[index];
      expect(paragraph, text).toBeDefined();
      expect(paragraph, text).toContain('<w:pageBreakBefore/>');
    }
  });
});
