import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDocument } from '../../../../src/shared/document/model';
import { renderDocx } from '../../../../src/main/services/export/writers/docx/document';
import { renderPdf } from '../../../../src/main/services/export/writers/pdf/document';
import { hostileDocument, sampleDocument } from '../../../fixtures/documents/sample-document';
import { type DocxReadback, readDocx } from '../../../helpers/docxText';
import { type PdfReadback, readPdf } from '../../../helpers/pdfText';

const fontsDir = path.resolve(__dirname, '../../../../resources/fonts');

/** Whether `text` holds a code point XML 1.0 forbids (controls, U+FFFE/U+FFFF, unpaired surrogates). */
function hasForbidden(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    if (c === 0xfffe || c === 0xffff) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}
const UNSAFE_SCHEME = /^\s*(javascript|file|data|vbscript):/i;

describe('hostile document: DOCX', () => {
  let docx: DocxReadback;

  beforeAll(async () => {
    docx = await readDocx(await renderDocx(hostileDocument()));
  });

  it('has only well-formed parts without forbidden characters', () => {
    expect(docx.xmlPartNames.length).toBeGreaterThan(5);
    for (const [name, xml] of docx.parts) {
      expect(hasForbidden(xml), name).toBe(false);
    }
  });

  it('keeps markup-like text as escaped literal text', () => {
    const xml = docx.parts.get('word/document.xml')!;
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(docx.text).toContain('<script>alert(1)</script> ]]> &amp; "quotes"');
    expect(docx.text).toContain('Second <b>level</b> ]]>');
    for (const [name, part] of docx.parts) expect(part.includes('<script>'), name).toBe(false);
    const core = docx.parts.get('docProps/core.xml')!;
    expect(core).toContain('Author &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes no javascript:, file: or data: hyperlink targets', () => {
    const rels = docx.parts.get('word/_rels/document.xml.rels')!;
    const targets = [...rels.matchAll(/Target="([^"]*)"/g)].map((m) => m[1]!);
    expect(targets.some((t) => UNSAFE_SCHEME.test(t))).toBe(false);
    expect(targets).toContain('https://example.org/ok');
    // The text of a dropped link is still printed.
    expect(docx.text).toContain('javascript link');
    expect(docx.text).toContain('file link');
  });

  it('keeps the 10,000-character paragraph whole', () => {
    expect(docx.text).toContain('X'.repeat(1200) + ' lorem ipsum');
  });
});

describe('hostile document: PDF', () => {
  let pdf: PdfReadback;

  beforeAll(async () => {
    pdf = await readPdf((await renderPdf(hostileDocument(), { fontsDir })).bytes);
  });

  it('prints markup-like text literally', () => {
    const all = pdf.pages.map((p) => p.text).join(' ');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('Second <b>level</b> ]]>');
    expect(pdf.pages.every((p) => p.text.includes('SECRET <script>alert(1)</script>'))).toBe(true);
  });

  it('has no link annotations with javascript:, file: or data: targets', () => {
    const links = pdf.pages.flatMap((p) => p.links);
    const targets = links.flatMap((l) => [l.url, l.unsafeUrl]).filter((u): u is string => typeof u === 'string');
    expect(targets.some((t) => UNSAFE_SCHEME.test(t))).toBe(false);
    expect(targets).toContain('https://example.org/ok');
  });

  it('keeps metadata free of forbidden characters', () => {
    for (const key of ['Title', 'Author', 'Subject', 'Keywords']) {
      expect(hasForbidden(String(pdf.info[key])), key).toBe(false);
    }
    expect(String(pdf.info.Author)).toContain('<script>');
  });
});

describe('arbitrary text (property)', () => {
  const withText = (text: string, link?: string): BriefingDocument => {
    const base = sampleDocument({ cover: undefined, contents: undefined });
    return {
      ...base,
      metadata: { ...base.metadata, title: text },
      furniture: { ...base.furniture, marking: text, reference: text },
      sections: [
        {
          id: 'background',
          blocks: [
            { kind: 'heading', level: 1, text, anchor: 'a' },
            { kind: 'paragraph', runs: [{ text, ...(link !== undefined ? { link } : {}) }] },
            { kind: 'table', header: [text, text], widths: [1, 1], rows: [[[{ text }], [{ text, bold: true }]]] },
            { kind: 'fields', rows: [{ label: text, value: [{ text, italic: true }] }] },
            { kind: 'notice', title: text, blocks: [{ kind: 'list', ordered: true, items: [[{ text }]] }] },
          ],
        },
      ],
    };
  };
  // Any code point, with the troublesome ones (controls, non-characters, lone surrogates,
  // bidi and zero-width marks, markup) much more likely than chance. U+FFFD is left out:
  // it is valid XML, but the strict parser warns about it.
  const nasty = fc.constantFrom(
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000B',
    '\u000C',
    '\u001F',
    '\uFFFE',
    '\uFFFF',
    '\uD800',
    '\uDBFF',
    '\uDC00',
    '\u202E',
    '\u200F',
    '\u200B',
    '\uFEFF',
    '<',
    '>',
    '&',
    '"',
    ']]>',
    '<script>',
    '&amp;',
    '\n',
    '\t',
  );
  const anyText = fc
    .string({ unit: fc.oneof(nasty, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 })
    .map((s) => s.replace(/\uFFFD/g, ''));
  const anyLink = fc.option(
    fc.oneof(
      fc.webUrl(),
      fc.string({ maxLength: 30 }).map((s) => `javascript:${s}`),
    ),
    {
      nil: undefined,
    },
  );

  it('always gives a well-formed DOCX without forbidden characters', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyLink, async (text, link) => {
        const docx = await readDocx(await renderDocx(withText(text, link)));
        for (const [name, xml] of docx.parts) {
          if (hasForbidden(xml)) throw new Error(`forbidden character in ${name}`);
        }
        const rels = docx.parts.get('word/_rels/document.xml.rels')!;
        if (/Target="\s*javascript:/i.test(rels)) throw new Error('javascript: link written');
      }),
      { numRuns: 25 },
    );
  });

  it('always renders a readable PDF', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const { bytes, pageCount } = await renderPdf(withText(text), { fontsDir });
        const pdf = await readPdf(bytes);
        if (pdf.pageCount !== pageCount) throw new Error('page count mismatch');
      }),
      { numRuns: 8 },
    );
  });
});
