/**
 * Script and HTML in any field come out as literal text in the PDF (pdfjs text)
 * and the DOCX (escaped in the XML, literal in the text); `javascript:`, `file:`,
 * `http:`, `data:` and other non-https/mailto reading URLs are never written as links.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '../../../../../src/main/services/export';
import { type Catalogue, validateCatalogue } from '../../../../../src/shared/catalogue';
import { buildBriefingDocument } from '../../../../../src/shared/document/build';
import { loadPack } from '../../../../../src/shared/pack';
import { safeLinkTarget } from '../../../../../src/shared/text/sanitize';
import { builtinCatalogueData, hostileText, samplePackData } from '../../../../helpers/arbitraries';
import { readDocx } from '../../../../helpers/docxText';
import { readPdf } from '../../../../helpers/pdfText';

const fontsDir = path.resolve(__dirname, '../../../../../resources/fonts');
const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(1)</script>';
const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\u0000script:alert(1)',
  'file:///etc/passwd',
  'http://example.org/',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https:evil',
  'https://',
];
const SAFE_LINK = /^(https:\/\/[^\s/?#]+|mailto:)\S*$/i;

function catalogueWithReadings(): Catalogue {
  const data = structuredClone(builtinCatalogueData) as { series: { furtherReadings: unknown[] }[] };
  data.series[0]!.furtherReadings = [
    ...UNSAFE_URLS.map((url, index) => ({ title: `Unsafe reading ${index} ${PAYLOAD}`, url })),
    { title: 'Safe reading', url: 'https://www.coe.int/en/web/cybercrime' },
  ];
  const result = validateCatalogue(data);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

function hostilePackDocument() {
  const result = loadPack({
    ...samplePackData,
    seminarIds: ['seminar-2020-06-24'],
    title: PAYLOAD,
    delegation: `Delegation ${PAYLOAD}`,
    topicBriefs: {
      'what-is-cybercrime': { summary: `Summary ${PAYLOAD}`, pointsToMake: [PAYLOAD], background: '' },
    },
  });
  if (!result.ok) throw new Error(result.message);
  return buildBriefingDocument(result.data.pack, catalogueWithReadings());
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('script and HTML stay literal text in both exports', () => {
  it('DOCX: escaped in the XML, literal in the text, and only https links', async () => {
    const docx = await readDocx(await renderDocx(hostilePackDocument()));
    const xml = docx.parts.get('word/document.xml')!;
    expect(xml).not.toMatch(/<(script|img)\b/i);
    expect(xml).toMatch(/&lt;script(&gt;|>)alert\(1\)&lt;\/script(&gt;|>)/);
    expect(squash(docx.text)).toContain(squash(PAYLOAD));
    expect(squash(docx.text)).toContain(squash(`Summary ${PAYLOAD}`));
    expect(docx.text).toContain('Unsafe reading 0');
    const rels = [...docx.parts]
      .filter(([name]) => name.endsWith('.rels'))
      .map(([, text]) => text)
      .join('\n');
    const external = [...rels.matchAll(/Target="([^"]*)"\s+TargetMode="External"/g)].map((m) => m[1]);
    expect(external).toEqual(['https://www.coe.int/en/web/cybercrime']);
  });

  it('PDF: literal in the page text, and only https links', async () => {
    const { bytes } = await renderPdf(hostilePackDocument(), { fontsDir });
    const pdf = await readPdf(bytes);
    const text = squash(pdf.pages.map((page) => page.text).join(' '));
    expect(text).toContain(squash(PAYLOAD));
    expect(text).toContain(squash(`Summary ${PAYLOAD}`));
    expect(text).toContain(squash('Unsafe reading 0'));
    const urls = pdf.pages.flatMap((page) => page.links.filter((link) => link.dest === undefined));
    // One annotation per line of the linked title: the set of targets is what counts.
    expect([...new Set(urls.map((link) => link.url ?? link.unsafeUrl))]).toEqual([
      'https://www.coe.int/en/web/cybercrime',
    ]);
  });
});

describe('safeLinkTarget', () => {
  it('refuses every unsafe scheme', () => {
    for (const url of UNSAFE_URLS) expect(safeLinkTarget(url), url).toBeUndefined();
  });

  it('only ever returns a well-formed https: or mailto: URL (2,000 runs)', () => {
    const url = fc.oneof(
      hostileText({ maxLength: 100 }),
      fc.webUrl({ validSchemes: ['https', 'http', 'ftp', 'file', 'javascript'] }),
      fc
        .tuple(
          fc.constantFrom('https://', 'HTTPS://', 'mailto:', 'javascript:', 'file://', ' https://'),
          hostileText({ maxLength: 40 }),
        )
        .map(([scheme, rest]) => scheme + rest),
    );
    fc.assert(
      fc.property(url, (candidate) => {
        const target = safeLinkTarget(candidate);
        if (target !== undefined) expect(target).toMatch(SAFE_LINK);
      }),
      { numRuns: 2_000 },
    );
  });
});
