/** layoutPdf: the PDF's page numbers for a DOCX exported alone, from a layout that draws no page. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPdf, renderPdf } from '../../../../../../src/main/services/export/writers/pdf/document';
import Renderer from 'pdfmake/js/Renderer.js';
import { sampleDocument } from '../../../../../fixtures/documents/sample-document';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');

describe('layoutPdf', () => {
  it("gives renderPdf's page count and contents pages without drawing a line", async () => {
    const doc = sampleDocument();
    const rendered = await renderPdf(doc, { fontsDir });
    const drawLine = Renderer.prototype.renderLine;
    let linesDrawn = 0;
    Renderer.prototype.renderLine = function counted(this: unknown, ...args: [unknown, number, number]) {
      linesDrawn++;
      drawLine.apply(this, args);
    };
    try {
      const laidOut = await layoutPdf(doc, { fontsDir });
      expect(laidOut.pageCount).toBe(rendered.pageCount);
      expect(laidOut.contentsPages).toEqual(rendered.contentsPages);
      expect(laidOut.layout.passes).toBe(1);
      expect(laidOut.layout.placedCharacters).toBe(laidOut.layout.expectedCharacters);
    } finally {
      Renderer.prototype.renderLine = drawLine;
    }
    expect(linesDrawn).toBe(0);
  });
});
