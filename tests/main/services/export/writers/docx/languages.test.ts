/**
 * The DOCX in the six languages: Word and LibreOffice lay out scripts and
 * directions themselves, so the file must say what each run and paragraph is.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../../../src/main/services/export/writers/docx/document';
import { readDocx } from '../../../../../helpers/docxText';
import { scriptsDocument } from '../../../../../fixtures/documents/scripts-document';

async function parts(language: Parameters<typeof scriptsDocument>[0]) {
  const readback = await readDocx(await renderDocx(scriptsDocument(language)));
  return { document: readback.parts.get('word/document.xml')!, styles: readback.parts.get('word/styles.xml')! };
}

/** The run (w:r) holding `text`, as XML. */
function runWith(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}<`);
  expect(at, text).toBeGreaterThan(0);
  return xml.slice(xml.lastIndexOf('<w:r>', at), at);
}

/** The paragraph properties (w:pPr) of the paragraph whose text starts with `text`. */
function paragraphWith(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}`);
  expect(at, text).toBeGreaterThan(0);
  const start = xml.lastIndexOf('<w:p>', at);
  return xml.slice(start, xml.indexOf('</w:pPr>', start));
}

describe('DOCX in any script', () => {
  it('gives each script its font and language, in the document defaults', async () => {
    const { styles } = await parts('en');
    expect(styles).toContain(
      'w:ascii="Noto Sans" w:cs="Noto Sans Arabic" w:eastAsia="Noto Sans SC" w:hAnsi="Noto Sans"',
    );
    expect(styles).toContain('<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar"/>');
    // Headings too: a font name alone would set all four to Noto Sans.
    expect(styles).not.toMatch(/w:rFonts w:ascii="Noto Sans" w:cs="Noto Sans"/);
  });

  it('marks Arabic runs right to left and Arabic, Chinese runs with their language', async () => {
    const { document } = await parts('en');
    expect(runWith(document, 'أمينة الهاشمي')).toMatch(/<w:rtl\/><w:lang w:bidi="ar"\/>/);
    expect(runWith(document, '王小明')).toContain('<w:lang w:eastAsia="zh-CN"/>');
    expect(runWith(document, '王小明')).not.toContain('<w:rtl/>');
    // Latin and Cyrillic runs are left as they were.
    expect(runWith(document, 'Patryk PAWLAK')).not.toMatch(/w:rtl|w:lang/);
  });

  it('lays an Arabic document out right to left: paragraphs by default, tables from the right', async () => {
    const { document, styles } = await parts('ar');
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:bidi\/>/);
    expect(document).toContain('<w:bidiVisual/>');
    // A paragraph with no Arabic letter (an English role) is left to right, and on the right as in the PDF.
    const english = paragraphWith(document, 'Brussels Executive Officer, EUISS');
    expect(english).toContain('<w:bidi w:val="false"/>');
    expect(english).toContain('<w:jc w:val="right"/>');
    expect(paragraphWith(document, 'جدول الأعمال')).not.toContain('w:bidi');
  });

  it('leaves an English document left to right, but for an Arabic-only paragraph', async () => {
    const { document, styles } = await parts('en');
    expect(styles).not.toContain('<w:bidi/>');
    expect(document).not.toContain('w:bidiVisual');
    const arabic = paragraphWith(document, 'مستشارة قانونية');
    expect(arabic).toContain('<w:bidi/>');
    // On the left, as in the PDF: in a right-to-left paragraph Word reads "right" as its end, the left.
    expect(arabic).toContain('<w:jc w:val="right"/>');
  });
});
