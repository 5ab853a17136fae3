/**
 * Hostile text in the DOCX export (the PDF: pdf.property.test.ts). For valid one-seminar packs with hostile text in
 * every free-text field (title, delegation, prepared by, reference, marking,
 * topic briefs, bios) against the built-in catalogue: buildBriefingDocument +
 * renderDocx gives parts that are all well-formed XML under @xmldom/xmldom
 * (errors and warnings fail, but for the U+FFFD heuristic) with no code point XML forbids, and renderPdf gives
 * a PDF that pdfjs-dist opens. Script and HTML stay literal text in both, and
 * only https: and mailto: links are ever written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DocxRenderOptions, renderDocx } from '../../../../../src/main/services/export';
import { validateCatalogue } from '../../../../../src/shared/catalogue';
import { buildBriefingDocument } from '../../../../../src/shared/document/build';
import { type Pack, loadPack } from '../../../../../src/shared/pack';
import { builtinCatalogueData, hostileValidPack } from '../../../../helpers/arbitraries';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

const catalogueResult = validateCatalogue(builtinCatalogueData);
if (!catalogueResult.ok) throw new Error(catalogueResult.message);
const catalogue = catalogueResult.data;

/**
 * Runs: the DOCX is cheap (~40 ms), so 2,000 each, without and with contents page
 * numbers (arbitrary pages and page counts, as the PDF's layout hands them over).
 * HOSTILE_DOCX_RUNS overrides both.
 */
const DOCX_RUNS = Number(process.env['HOSTILE_DOCX_RUNS'] ?? 2_000);

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
  return result.data.pack;
}

/** As the PDF would hand them over: a page for each heading the contents list, drawn from `pages`. */
interface PagesDrawn {
  pageCount: number;
  pages: (number | undefined)[];
}

async function checkDocx(pack: Pack, drawn?: PagesDrawn): Promise<void> {
  const document = buildBriefingDocument(pack, catalogue);
  const listed = document.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'heading' && b.level <= 2);
  const options: DocxRenderOptions = drawn
    ? {
        pagination: {
          pageCount: drawn.pageCount,
          contentsPages: listed.map((_, index) => drawn.pages[index % drawn.pages.length]),
        },
      }
    : {};
  const bytes = await renderDocx(document, options);
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
          await checkDocx(loaded(data));
        }),
        { numRuns: DOCX_RUNS },
      );
    },
  );

  it(`DOCX with contents page numbers: the same promises (${DOCX_RUNS} runs)`, { timeout: 600_000 }, async () => {
    const pagination = fc.record({
      pageCount: fc.integer({ min: 1, max: 100_000 }),
      pages: fc.array(fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }), {
        minLength: 1,
        maxLength: 40,
      }),
    });
    await fc.assert(
      fc.asyncProperty(hostileValidPack({ huge: true }), pagination, async (data, pages) => {
        await checkDocx(loaded(data), pages);
      }),
      { numRuns: DOCX_RUNS },
    );
  });
});
