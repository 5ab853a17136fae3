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
