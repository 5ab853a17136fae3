/**
 * Packs in the six UN languages, with names in all their scripts (the scripts
 * catalogue), as PDFs read back by readers independent of pdfkit: pdf.js for the
 * text (in logical order), pikepdf for the glyphs each font draws (no .notdef,
 * every glyph mapped to its text) and for the /Lang of spans in another language.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../../../src/main/services/export/writers/pdf/document';
import { LANGUAGES, type Language } from '../../../../../../src/shared/catalogue/languages';
import type { Block, BriefingDocument, TextRun } from '../../../../../../src/shared/document/model';
import { scriptsDocument } from '../../../../../fixtures/documents/scripts-document';
import { readPdf } from '../../../../../helpers/pdfText';

const projectDir = path.resolve(__dirname, '../../../../../..');
const fontsDir = path.join(projectDir, 'resources/fonts');
const glyphReader = path.join(projectDir, 'tests/helpers/pdf_glyphs.py');
const python = '/usr/bin/python3';
const hasPikepdf = spawnSync(python, ['-c', 'import pikepdf'], { encoding: 'utf8' }).status === 0;

const runsText = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

/** Each piece of text the model prints on its own line or in its own cell, in the model's order. */
function printedTexts(doc: BriefingDocument): string[] {
  const ofBlock = (block: Block): string[] => {
    switch (block.kind) {
      case 'heading':
        return [block.text];
      case 'paragraph':
        return [runsText(block.runs)];
      case 'list':
        return block.items.map(runsText);
      case 'table':
        return [...block.header, ...block.rows.flatMap((row) => row.map(runsText))];
      case 'fields':
        return block.rows.flatMap((row) => [row.label, runsText(row.value)]);
      case 'notice':
        return [block.title, ...block.blocks.flatMap(ofBlock)];
    }
  };
  const cover = doc.cover
    ? [
        doc.cover.marking,
        doc.cover.title,
        ...doc.cover.fields.flatMap((f) => [f.label, f.value]),
        ...doc.cover.seminars,
      ]
    : [];
  return [...cover, ...doc.sections.flatMap((section) => section.blocks.flatMap(ofBlock))].filter((t) => t !== '');
}

/** Text compared without its spaces (pdf.js places its own between items), as NFKC. */
const squeezed = (text: string): string => text.normalize('NFKC').replace(/[\s\u200b]+/gu, '');

interface Rendered {
  doc: BriefingDocument;
  bytes: Uint8Array;
  file: string;
}

let scratch: string;
const rendered = new Map<Language, Rendered>();

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'pdf-languages-'));
  for (const language of LANGUAGES) {
    const doc = scriptsDocument(language);
    const { bytes } = await renderPdf(doc, { fontsDir });
    const file = path.join(scratch, `${language}.pdf`);
    writeFileSync(file, bytes);
    rendered.set(language, { doc, bytes, file });
  }
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(LANGUAGES)('a pack in %s with names in every script', (language) => {
  it('reads back, text by text, as the model wrote it (logical order)', async () => {
    const { doc, bytes } = rendered.get(language)!;
    const pdf = await readPdf(bytes);
    // The body of each page (the page furniture, top and bottom, aside), in drawing order.
    const body = squeezed(
      pdf.pages
        .map((page) =>
          page.items
            .filter((item) => item.top > 70 && item.top < page.height - 60)
            .map((item) => item.str)
            .join(''),
        )
        .join(''),
    );
    const missing = printedTexts(doc).filter((text) => !body.includes(squeezed(text)));
    expect(missing).toEqual([]);
  });

  it.runIf(hasPikepdf)('draws no .notdef glyph, and every glyph it draws maps to its text', () => {
    const { file } = rendered.get(language)!;
    const glyphs = JSON.parse(execFileSync(python, [glyphReader, file], { encoding: 'utf8' })) as {
      fonts: Record<string, { glyphs: number; notdef: number; unmapped: number[] }>;
    };
    const fonts = Object.entries(glyphs.fonts);
    expect(fonts.map(([name]) => name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(
      expect.arrayContaining(['NotoSans-Regular', 'NotoSansArabic-Regular', 'NotoSansSC-Regular']),
    );
    for (const [name, font] of fonts) {
      expect(font.notdef, name).toBe(0);
      expect(font.unmapped, name).toEqual([]);
    }
  });
});

describe('the checks can fail', () => {
  it.runIf(hasPikepdf)('finds the .notdef glyph of a script no font has (Hebrew)', async () => {
    const doc = scriptsDocument('en');
    doc.sections[0]!.blocks.push({ kind: 'paragraph', runs: [{ text: 'שלום' }] });
    const file = path.join(scratch, 'hebrew.pdf');
    writeFileSync(file, (await renderPdf(doc, { fontsDir })).bytes);
    const glyphs = JSON.parse(execFileSync(python, [glyphReader, file], { encoding: 'utf8' })) as {
      fonts: Record<string, { notdef: number }>;
    };
    expect(Object.values(glyphs.fonts).reduce((sum, font) => sum + font.notdef, 0)).toBeGreaterThan(0);
  });
});

describe('languages of parts', () => {
  it.runIf(hasPikepdf)('marks Arabic and Chinese names in an English pack with their /Lang, and none in Latin', () => {
    const spans = (language: Language) =>
      (
        JSON.parse(execFileSync(python, [glyphReader, rendered.get(language)!.file], { encoding: 'utf8' })) as {
          spans: string[];
        }
      ).spans;
    expect(new Set(spans('en'))).toEqual(new Set(['ar', 'zh']));
    // In the Arabic pack Arabic is the document's language: only Chinese is marked.
    expect(new Set(spans('ar'))).toEqual(new Set(['zh']));
  });
});

describe('an Arabic pack is laid out right to left', () => {
  it('puts labels right of their values, the first table column rightmost, and page numbers left', async () => {
    const pdf = await readPdf(rendered.get('ar')!.bytes);
    const agenda = pdf.pages.find((page) => page.text.includes('جدول الأعمال') && page.text.includes('الموضوع'))!;
    const x = (text: string) => agenda.items.find((item) => item.str.includes(text))!.x;
    expect(x('الموضوع')).toBeGreaterThan(x('المتكلم'));
    expect(x('المتكلم')).toBeGreaterThan(x('الصفة'));
    expect(x('الرئاسة')).toBeGreaterThan(x('11:00'));
    const footer = agenda.items.filter((item) => item.top > agenda.height - 60);
    const pageNumber = footer.find((item) => /الصفحة|\d/.test(item.str))!;
    expect(pageNumber.x).toBeLessThan(agenda.width / 2);
  });

  it('renders the same document to the same bytes', async () => {
    const again = await renderPdf(rendered.get('ar')!.doc, { fontsDir });
    expect(Buffer.from(again.bytes).equals(Buffer.from(rendered.get('ar')!.bytes))).toBe(true);
  });
});
