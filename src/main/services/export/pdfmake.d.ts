/**
 * The small part of pdfmake 0.3's Node API (`require('pdfmake')`, a singleton) that
 * the PDF writer uses. pdfmake ships no type declarations of its own.
 */
declare module 'pdfmake' {
  interface PdfMakeOutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  interface PdfMakeVirtualFs {
    writeFileSync(filename: string, content: Buffer): void;
  }

  interface PdfMakeFontFaces {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  interface PdfMakeServer {
    virtualfs: PdfMakeVirtualFs;
    setFonts(fonts: Record<string, PdfMakeFontFaces>): void;
    setUrlAccessPolicy(callback: ((url: string) => boolean) | undefined): void;
    setLocalAccessPolicy(callback: ((path: string) => boolean) | undefined): void;
    createPdf(docDefinition: object, options?: object): PdfMakeOutputDocument;
  }

  const pdfmake: PdfMakeServer;
  export = pdfmake;
}

/** pdfmake's page renderer: the writer merges each line's runs before it is drawn (writers/pdf/pdfmake-line-runs.ts). */
declare module 'pdfmake/js/Renderer.js' {
  const Renderer: { prototype: { renderLine(line: unknown, x: number, y: number): void } };
  export default Renderer;
}

/** pdfmake's layout engine and page writer: patched by writers/pdf/pdfmake-layout.ts (keep groups, nothing dropped). */
declare module 'pdfmake/js/LayoutBuilder.js' {
  const LayoutBuilder: { prototype: object };
  export default LayoutBuilder;
}

declare module 'pdfmake/js/PageElementWriter.js' {
  const PageElementWriter: { prototype: object };
  export default PageElementWriter;
}

declare module 'pdfmake/js/helpers/tools.js' {
  export function offsetVector(vector: object, x: number, y: number): void;
}

declare module 'pdfmake/js/DocumentContext.js' {
  const DocumentContext: new () => object;
  export default DocumentContext;
}

/** pdfmake's style stack: writers/pdf/pdfmake-styles.ts makes its lookups allocation-free. */
declare module 'pdfmake/js/StyleContextStack.js' {
  const StyleContextStack: { prototype: object };
  export default StyleContextStack;
}

/** pdfmake's pdfkit document: writers/pdf/fonts.ts gives the Arabic and Chinese faces their line metrics. */
declare module 'pdfmake/js/PDFDocument.js' {
  const PDFDocument: { prototype: object };
  export default PDFDocument;
}

/** pdfmake's word measuring: writers/pdf/pdfmake-measure.ts resolves each run's style once, not once a word. */
declare module 'pdfmake/js/TextInlines.js' {
  const TextInlines: { prototype: { measure(array: object[], styleContextStack: unknown): object[] } };
  export default TextInlines;
}

/** pdfmake's measuring pass: writers/pdf/pdfmake-deferred-measure.ts leaves a keep group's lead until it is needed. */
declare module 'pdfmake/js/DocMeasure.js' {
  const DocMeasure: { prototype: object };
  export default DocMeasure;
}
