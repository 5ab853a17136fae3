/** The part of fontkit (pdfkit's font engine, MIT) the PDF writer uses to know which characters a font has. */
declare module 'fontkit' {
  interface FontkitFont {
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
  }
  export function create(buffer: Buffer): FontkitFont;
}
