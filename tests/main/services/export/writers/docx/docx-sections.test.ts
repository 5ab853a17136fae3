import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { rememberTheOnlySection } from '../../../../../../src/main/services/export/writers/docx/document';

const table = (text: string) =>
  new Table({
    rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph(text)] })] })],
  });

/** A fresh document each time: docx documents are written once. */
function documentWith(sectionCount: number): Document {
  return new Document({
    sections: Array.from({ length: sectionCount }, (_, section) => ({
      properties: { page: { size: { width: 12240 + section * 1000, height: 15840 } } },
      children: [
        new Paragraph(`Section ${section}`),
        table(`a${section}`),
        new Paragraph('between'),
        table(`b${section}`),
      ],
    })),
  });
}

async function bodyXml(document: Document): Promise<string> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  return zip.file('word/document.xml')!.async('string');
}

describe('rememberTheOnlySection', () => {
  it.each([1, 3])('writes the same body as docx’s own search (%i section(s))', async (sections) => {
    const plain = await bodyXml(documentWith(sections));
    const remembered = documentWith(sections);
    rememberTheOnlySection(remembered);
    expect(await bodyXml(remembered)).toBe(plain);
  });

  it('answers every lookup of a one-section body from the first, without searching again', () => {
    const document = documentWith(1);
    rememberTheOnlySection(document);
    const body = document.Document.View.Body;
    const first = body.getSectionPropertiesFor();
    expect(first).toBeDefined();
    expect(body.getSectionPropertiesFor(table('elsewhere'))).toBe(first);
  });
});
