/**
 * Issue 12: no size or shape of pack loses text. Packs of the built-in
 * catalogue's 25 people recurring over 50 to 400 seminars, with and without
 * bios: the PDF's text, read back with pdf.js, holds every word of the model,
 * in one layout pass. Locally 50 and 200 seminars (about 20 s); CI runs every size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../../../src/shared/catalogue/schema';
import { buildBriefingDocument } from '../../../../../../src/shared/document/build';
import type { Block, BriefingDocument, TextRun } from '../../../../../../src/shared/document/model';
import { renderPdf } from '../../../../../../src/main/services/export/writers/pdf/document';
import { fullPack } from '../../../../../../bench/synthetic';
import { readPdf } from '../../../../../helpers/pdfText';
import { recurringCatalogue } from '../../../../../helpers/recurring-catalogue';

const projectDir = path.resolve(__dirname, '../../../../../..');
const fontsDir = path.join(projectDir, 'resources/fonts');
const seed = JSON.parse(
  readFileSync(path.join(projectDir, 'resources/catalogue/builtin.catalogue.json'), 'utf8'),
) as Catalogue;

const SIZES = process.env['CI'] ? [50, 100, 200, 400] : [50, 200];

/** Letter-and-digit words, counted. */
function tokens(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const token of text.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

const joined = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [joined(block.runs)];
    case 'list':
      return block.items.map(joined);
    case 'table':
      return [...block.header, ...block.rows.flatMap((row) => row.map(joined))];
    case 'fields':
      return block.rows.flatMap((row) => [row.label, joined(row.value)]);
    case 'notice':
      return [block.title, ...block.blocks.flatMap(blockTexts)];
  }
}

/** Every text of the model that the pages must show. */
function modelTexts(doc: BriefingDocument): string[] {
  const texts: string[] = [];
  if (doc.cover) {
    const { marking, title, edition, fields, seminarsHeading, seminars } = doc.cover;
    texts.push(
      marking,
      title,
      edition ?? '',
      ...fields.flatMap((f) => [f.label, f.value]),
      seminarsHeading,
      ...seminars,
    );
  }
  if (doc.contents) texts.push(doc.contents.title);
  for (const section of doc.sections) for (const block of section.blocks) texts.push(...blockTexts(block));
  return texts;
}

describe.each(SIZES.flatMap((seminars) => [false, true].map((bios) => ({ seminars, bios }))))(
  'a pack of $seminars seminars of recurring people (bios: $bios)',
  ({ seminars, bios }) => {
    it('prints every word of the model, in one layout pass, with no widowed line or lonely row', async () => {
      const catalogue = recurringCatalogue(seed, seminars, { bios });
      const doc = buildBriefingDocument(fullPack(catalogue), catalogue);
      const result = await renderPdf(doc, { fontsDir });
      expect(result.layout.passes).toBe(1);
      expect(result.layout.placedCharacters).toBe(result.layout.expectedCharacters);

      const pdf = await readPdf(result.bytes);
      const printed = tokens(pdf.pages.map((page) => page.text));
      const missing: string[] = [];
      for (const [token, count] of tokens(modelTexts(doc))) {
        if ((printed.get(token) ?? 0) < count) missing.push(`${token} (${printed.get(token) ?? 0} of ${count})`);
      }
      expect(missing).toEqual([]);

      // Issue 11 §3, on the same pages: no line of an entry alone at the top of a page before the
      // next heading, and no table row alone under its repeated header on an otherwise empty page.
      const problems: string[] = [];
      for (const page of pdf.pages) {
        const lines: { top: number; size: number; text: string }[] = [];
        for (const item of page.items.filter((i) => i.top > 80 && i.top < page.height - 75)) {
          const line = lines.find((l) => Math.abs(l.top - item.top) < 1);
          if (line) line.text += item.str;
          else lines.push({ top: item.top, size: item.size, text: item.str });
        }
        lines.sort((a, b) => a.top - b.top);
        if (lines.length < 2) continue;
        const underHeader = /^(Topic|Name)/.test(lines[0]!.text);
        const firstHeading = lines.findIndex((line) => line.size >= 10.9);
        if (!underHeader && firstHeading === 1) problems.push(`page ${page.number}: "${lines[0]!.text}" alone`);
        if (underHeader && lines.length <= 4 && lines.at(-1)!.top - lines[0]!.top < 40)
          problems.push(`page ${page.number}: a table row alone`);
      }
      expect(problems).toEqual([]);
    }, 600_000);
  },
);
