/**
 * Hostile text in the DOCX export (the PDF: pdf.property.test.ts). For valid one-seminar packs with hostile text in
 * every free-text field (title, delegation, prepared by, reference, marking,
 * topic briefs, bios) against the built-in catalogue: buildBriefingDocument +
 * renderDocx gives parts that are all well-formed XML under @xmldom/xmldom
 * (errors and warnings fail, but for the U+FFFD heuristic) with no code point XML forbids, and renderPdf gives
 * a PDF that pdfjs-dist opens. Script and HTML stay literal text in both, and
 * only https: and mailto: links are ever written.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../../src/main/services/export';
import { validateCatalogue } from '../../../../../src/shared/catalogue/schema';
import { buildBriefingDocument } from '../../../../../src/shared/document/build';
import { type Pack, loadPack } from '../../../../../src/shared/pack';
import { builtinCatalogueData, hostileValidPack } from '../../../../helpers/arbitraries';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

const fontsDir = path.resolve(__dirname, '../../../../../resources/fonts');
const catalogueResult = validateCatalogue(builtinCatalogueData);
if (!catalogueResult.ok) throw new Error(catalogueResult.message);
const catalogue = catalogueResult.data;

/**
 * Runs: the plain DOCX is cheap (~40 ms), so always 2,000. With contents page
 * numbers a layout pass costs ~0.25 s a run: CI (CI=true) runs 2,000, a developer's
 * `npm test` 50. The environment variables override both.
 */
const DOCX_RUNS = Number(process.env['HOSTILE_DOCX_RUNS'] ?? 2_000);
/** With page numbers worked out from the fonts (a layout pass, ~0.15 s each). */
const DOCX_FONTS_RUNS = Number(process.env['HOSTILE_DOCX_FONTS_RUNS'] ?? (process.env['CI'] ? 2_000 : 50));

// C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates; and bidi controls the model strips.
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const SAFE_LINK = /^(https:\/\/[^\s/?#]+|mailto:)\S*$/i;

/**
 * Parses with @xmldom/xmldom, failing on every error and warning except xmldom's
 * "Unicode replacement character detected" heuristic: U+FFFD is a legal XML
 * character that a user may well paste (tests/helpers/docxText.ts parseXmlStrict
 * fails on it, so it cannot be used for arbitrary user text).
 */
function parseWellFormed(xml: string, name: string): void {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning' && /Unicode replacement character/.test(message)) return;
      problems.push(`${name}: ${level}: ${message}`);
    },
  });
  let root: unknown;
  try {
    root = parser.parseFromString(xml, 'application/xml').documentElement;
  } catch (error) {
    problems.push(`${name}: ${String(error)}`);
  }
  expect(problems).toEqual([]);
  expect(root, name).toBeTruthy();
}

async function readParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) if (!file.dir) parts.set(file.name, await file.async('string'));
  return parts;
}

function loaded(data: unknown): Pack {
  const result = loadPack(data);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

async function checkDocx(pack: Pack, withFonts: boolean): Promise<void> {
  const bytes = await renderDocx(buildBriefingDocument(pack, catalogue), withFonts ? { fontsDir } : {});
  const parts = await readParts(bytes);
  expect(parts.has('word/document.xml')).toBe(true);
  for (const [name, xml] of parts) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    parseWellFormed(xml, name);
    expect(XML_FORBIDDEN.test(xml.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')), name).toBe(false);
    expect(BIDI_CONTROLS.test(xml), name).toBe(false);
    // User text never becomes markup: no HTML elements appear in any part.
    expect(xml, name).not.toMatch(/<(script|img|svg)\b/i);
  }
  for (const [name, xml] of parts) {
    if (!name.endsWith('.rels')) continue;
    for (const match of xml.matchAll(/Target="([^"]*)"\s+TargetMode="External"/g)) {
      expect(match[1], name).toMatch(SAFE_LINK);
    }
  }
}

describe('exports of packs with hostile text', () => {
  it(
    `DOCX: every part is well-formed XML without forbidden code points (${DOCX_RUNS} runs)`,
    { timeout: 600_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileValidPack({ huge: true }), async (data) => {
          await checkDocx(loaded(data), false);
        }),
        { numRuns: DOCX_RUNS },
      );
    },
  );

  it(
    `DOCX with contents page numbers: the same promises (${DOCX_FONTS_RUNS} runs)`,
    { timeout: 1_800_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileValidPack({ huge: true }), async (data) => {
          await checkDocx(loaded(data), true);
        }),
        { numRuns: DOCX_FONTS_RUNS },
      );
    },
  );
});
