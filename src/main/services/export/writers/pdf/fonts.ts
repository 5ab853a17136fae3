/**
 * Fonts: a family per script, read from `fontsDir` once per process and folder,
 * then served from pdfmake's virtual file system under fixed keys that never
 * contain user text. Noto Sans (Latin, Greek, Cyrillic; four faces) is read
 * before every render; Noto Sans Arabic and Noto Sans SC (Chinese, 10.5 MB a
 * weight) only when a document first needs them, so a Latin document reads
 * nothing more than it always did. Neither has italics: their italic faces are
 * the upright ones, as Arabic and Chinese typography sets no italics.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create as openFont } from 'fontkit';
import pdfmake from 'pdfmake';
import PDFDocument from 'pdfmake/js/PDFDocument.js';
import { shareWordCache } from './pdfkit-word-cache';

const FACE_NAMES = ['normal', 'bold', 'italics', 'bolditalics'] as const;
type Face = (typeof FACE_NAMES)[number];
export type FontKeys = Record<Face, string>;

/** The scripts the writer has a family for. */
export type Script = 'latin' | 'arabic' | 'cjk';

interface FamilyFiles {
  /** pdfmake's name of the family (what a text node's `font` says). */
  name: string;
  files: Record<Face, string>;
  /**
   * Line metrics used instead of the font's own, in font units of 1000 per em:
   * Noto Sans Arabic's (1374/−738) make a line half as tall again as Noto Sans's
   * (1069/−293), and Noto Sans SC's ascender (1160) would drop the baseline of a
   * line with one Chinese character below its neighbours'. Both keep Noto Sans's
   * ascender, so all scripts share a baseline in a line and across a table row,
   * and take the descender their glyphs need (Arabic letters reach −440 with marks).
   */
  metrics?: { ascender: number; descender: number };
}

export const FAMILIES: Readonly<Record<Script, FamilyFiles>> = {
  latin: {
    name: 'NotoSans',
    files: {
      normal: 'NotoSans-Regular.ttf',
      bold: 'NotoSans-Bold.ttf',
      italics: 'NotoSans-Italic.ttf',
      bolditalics: 'NotoSans-BoldItalic.ttf',
    },
  },
  arabic: {
    name: 'NotoSansArabic',
    files: {
      normal: 'NotoSansArabic-Regular.ttf',
      bold: 'NotoSansArabic-Bold.ttf',
      italics: 'NotoSansArabic-Regular.ttf',
      bolditalics: 'NotoSansArabic-Bold.ttf',
    },
    metrics: { ascender: 1069, descender: -440 },
  },
  cjk: {
    name: 'NotoSansSC',
    files: {
      normal: 'NotoSansSC-Regular.ttf',
      bold: 'NotoSansSC-Bold.ttf',
      italics: 'NotoSansSC-Regular.ttf',
      bolditalics: 'NotoSansSC-Bold.ttf',
    },
    metrics: { ascender: 1069, descender: -379 },
  },
};

/** The characters a family has glyphs for, and its pdfmake keys once it is loaded. */
interface LoadedFamily {
  keys: FontKeys;
  covers: (codePoint: number) => boolean;
}

/** The fonts of one folder: Latin loaded, Arabic and Chinese on first use. */
export class FontSet {
  private readonly loaded = new Map<Script, LoadedFamily>();

  constructor(
    readonly fontsDir: string,
    private readonly slot: number,
    latin: LoadedFamily,
  ) {
    this.loaded.set('latin', latin);
  }

  /** Whether the family of `script` has a glyph for the character (loading the family if it is not yet). */
  covers(script: Script, codePoint: number): boolean {
    return this.family(script).covers(codePoint);
  }

  /** pdfmake's `fonts` for setFonts: the families loaded so far (the only ones any text node names). */
  pdfmakeFonts(): Record<string, FontKeys> {
    return Object.fromEntries([...this.loaded].map(([script, family]) => [FAMILIES[script].name, { ...family.keys }]));
  }

  private family(script: Script): LoadedFamily {
    let family = this.loaded.get(script);
    if (!family) {
      // Synchronous on purpose: text nodes are built in one synchronous pass, which finds out here what it needs.
      family = loadFamily(this.fontsDir, this.slot, script, (file) => {
        try {
          return readFileSync(file);
        } catch (error) {
          throw new Error(
            `The font ${path.basename(file)} is missing from ${this.fontsDir} (npm install copies it there)`,
            {
              cause: error,
            },
          );
        }
      });
      this.loaded.set(script, family);
    }
    return family;
  }
}

function loadFamily(fontsDir: string, slot: number, script: Script, read: (file: string) => Buffer): LoadedFamily {
  const keys = {} as FontKeys;
  const data = new Map<string, Buffer>();
  for (const face of FACE_NAMES) {
    const fileName = FAMILIES[script].files[face];
    let bytes = data.get(fileName);
    if (!bytes) {
      bytes = read(path.join(fontsDir, fileName));
      data.set(fileName, bytes);
    }
    const key = `briefing-pack-fonts/${slot}/${fileName}`;
    pdfmake.virtualfs.writeFileSync(key, bytes);
    keys[face] = key;
  }
  const regular = openFont(data.get(FAMILIES[script].files.normal)!);
  const characters = new Set(regular.characterSet);
  return { keys, covers: (codePoint) => characters.has(codePoint) };
}

const fontCache = new Map<string, Promise<FontSet>>();

/** The fonts of `fontsDir` (once per folder and process), with Noto Sans read into pdfmake's virtual file system. */
export function loadFonts(fontsDir: string): Promise<FontSet> {
  const cached = fontCache.get(fontsDir);
  if (cached) return cached;
  const slot = fontCache.size;
  const loading = (async () => {
    const files = new Map<string, Buffer>();
    for (const face of FACE_NAMES) {
      const fileName = FAMILIES.latin.files[face];
      files.set(fileName, await readFile(path.join(fontsDir, fileName)));
    }
    const latin = loadFamily(fontsDir, slot, 'latin', (file) => files.get(path.basename(file))!);
    return new FontSet(fontsDir, slot, latin);
  })();
  fontCache.set(fontsDir, loading);
  loading.catch(() => fontCache.delete(fontsDir));
  return loading;
}

/** pdfkit's font object, as far as its line metrics and its fontkit font go. */
interface PdfKitFont {
  ascender: number;
  descender: number;
  font?: { layout: (text: string, features?: unknown, ...rest: unknown[]) => unknown };
}

const METRICS_BY_NAME = new Map(
  Object.values(FAMILIES).flatMap((family) => (family.metrics ? [[family.name, family.metrics] as const] : [])),
);
const ADJUSTED = Symbol('fontAdjusted');

/** Arabic presentation forms (positional forms and ligatures), as some fonts' glyphs name their text. */
const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;

interface ShapedRun {
  direction?: string;
  glyphs: { codePoints: number[] }[];
}

const glyphsWithText = new WeakSet<object>();

/**
 * The text each glyph stands for, as the PDF's ToUnicode gives it (pdfkit writes
 * it from the first text the glyph was drawn for). Two things fontkit leaves to
 * readers that they do not do:
 *
 * - Some Arabic glyphs carry a presentation form (U+FEDF, an initial lam) where
 *   the text had the letter itself: their compatibility decomposition is the text.
 * - A ligature of a right-to-left run (لا, لأ) stands for two letters; its glyph is
 *   drawn in visual order, and readers (pdf.js, poppler's pdftotext) reverse the
 *   run's text character by character, the ligature's letters too. Its letters are
 *   given in visual order, so that they read back in the order they were written.
 */
function textOfGlyphs(run: ShapedRun): void {
  for (const glyph of run.glyphs) {
    if (glyphsWithText.has(glyph)) continue;
    glyphsWithText.add(glyph);
    let codePoints = glyph.codePoints;
    if (codePoints.some((codePoint) => PRESENTATION_FORM.test(String.fromCodePoint(codePoint)))) {
      const text = String.fromCodePoint(...codePoints)
        .normalize('NFKC')
        .replace(/ /g, '');
      codePoints = Array.from(text, (char) => char.codePointAt(0)!);
    }
    if (run.direction === 'rtl' && codePoints.length > 1) codePoints = [...codePoints].reverse();
    glyph.codePoints = codePoints;
  }
}

/**
 * fontkit 2.0.4 throws ("reading 'xCoordinate'") when it positions a mark whose
 * anchor a font leaves empty (Noto Sans Arabic 2.012 did for U+0615–0617, U+06A2,
 * U+0760 and about 20 more; found by the hostile-text test): such a word is shaped
 * again without mark positioning, rather than the export failing.
 */
function shapeSafely(font: NonNullable<PdfKitFont['font']>): void {
  const layout = font.layout.bind(font);
  font.layout = (text, features, ...rest) => {
    let run: unknown;
    try {
      run = layout(text, features, ...rest);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      const asked = Array.isArray(features)
        ? Object.fromEntries(features.map((feature: string) => [feature, true]))
        : ((features as Record<string, boolean> | undefined) ?? {});
      run = layout(text, { ...asked, mark: false, mkmk: false }, ...rest);
    }
    textOfGlyphs(run as ShapedRun);
    return run;
  };
}

let installed = false;

/**
 * Where pdfmake asks pdfkit for a font (once per document and face): gives the
 * Arabic and Chinese faces the line metrics of FAMILIES (pdfmake and pdfkit both
 * read them from the font object: line heights, baselines and the embedded
 * font's Ascent and Descent), and shapes their text safely (shapeSafely).
 */
export function installFontAdjustments(): void {
  if (installed) return;
  installed = true;
  const prototype = PDFDocument.prototype as unknown as {
    provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont;
  };
  const provideFont = prototype.provideFont;
  prototype.provideFont = function provideAdjustedFont(family, bold, italics) {
    const font = provideFont.call(this, family, bold, italics) as PdfKitFont & { [ADJUSTED]?: true };
    if (font[ADJUSTED]) return font;
    font[ADJUSTED] = true;
    shareWordCache(font);
    const metrics = METRICS_BY_NAME.get(family);
    if (metrics) {
      font.ascender = metrics.ascender;
      font.descender = metrics.descender;
    }
    if (metrics && font.font) shapeSafely(font.font);
    return font;
  };
}

/** Whether `candidate` lies inside `folder` (the local access policy: fonts only). */
export function isInside(folder: string, candidate: string): boolean {
  const rel = path.relative(folder, path.resolve(candidate));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
