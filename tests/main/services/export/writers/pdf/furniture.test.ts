/**
 * Page furniture is built while pdfmake lays the pages out, after pdfmake was
 * given the fonts the document's nodes asked for. A script that appears only in
 * the furniture (a Chinese reference, an Arabic marking) must still have its font
 * (found by the hostile-text property: "Font 'NotoSansSC' … is not defined").
 * Its own file, so no other test has loaded the Arabic or Chinese fonts first
 * (they are loaded once per process and folder).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../../../src/main/services/export/writers/pdf/document';
import { readPdf } from '../../../../../helpers/pdfText';
import { sampleDocument } from '../../../../../fixtures/documents/sample-document';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');

describe('page furniture in a script the content does not use', () => {
  it('prints a Chinese reference and an Arabic marking in a Latin document', async () => {
    const base = sampleDocument();
    const doc = { ...base, furniture: { ...base.furniture, reference: '参考 2020/7', marking: 'سري OFFICIAL' } };
    const result = await renderPdf(doc, { fontsDir });
    const pdf = await readPdf(result.bytes);
    const page = pdf.pages[1]!.text.replace(/\s+/g, '');
    expect(page).toContain('参考2020/7');
    expect(page).toContain('OFFICIAL');
    expect(page).toMatch(/سري|يرس/u);
  });
});
