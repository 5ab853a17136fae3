/**
 * Issue 17: the PDF is tagged (PDF/UA-1) by default and PDF/A-2b on request,
 * checked with readers independent of pdfkit: pikepdf (Debian python3-pikepdf,
 * run with /usr/bin/python3) for the structure tree, marked content, XMP and
 * output intents, poppler's `pdfinfo -struct-text` and `pdffonts`. Skipped where
 * those tools are missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../../../src/main/services/export/writers/pdf/document';
import type { BriefingDocument } from '../../../../../../src/shared/document/model';
import { buildProgrammeDocument } from '../../../../../../src/shared/document/programme';
import { createDefaultPack } from '../../../../../../src/shared/pack';
import { programmeCatalogue } from '../../../../../fixtures/catalogues/programme-v2';
import { sampleDocument } from '../../../../../fixtures/documents/sample-document';
import { scriptsDocument } from '../../../../../fixtures/documents/scripts-document';

const projectDir = path.resolve(__dirname, '../../../../../..');
const fontsDir = path.join(projectDir, 'resources/fonts');
const reader = path.join(projectDir, 'tests/helpers/pdf_structure.py');
const python = '/usr/bin/python3';
const hasTools =
  spawnSync(python, ['-c', 'import pikepdf'], { encoding: 'utf8' }).status === 0 &&
  spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasTools) console.log('[tags.test] skipped: pikepdf (/usr/bin/python3) or poppler is not installed');

interface StructNode {
  role: string;
  scope?: string;
  content?: number;
  children: StructNode[];
}
interface Structure {
  version: string;
  marked: boolean;
  lang: string;
  displayDocTitle: boolean;
  tree: StructNode[];
  text: { outside: number; artifact: number; tagged: number };
  artifactTypes: string[];
  xmp: Record<string, string>;
  outputIntents: number;
  annotations: {
    page: number;
    subtype: string;
    contents: string;
    chain: string[];
    reachesRoot?: boolean;
    objrPageRight: boolean;
  }[];
  pages: { annots: number; tabs: string }[];
  xmpPacket: {
    wellFormed: boolean;
    extensionSchemas?: { namespaceURI: string; prefix: string; properties: [string, string][] }[];
    values?: Record<string, string | null>;
  };
  info: Record<string, string>;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-tags-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function written(pdfa: boolean, document: BriefingDocument = sampleDocument(), name = ''): Promise<string> {
  const { bytes } = await renderPdf(document, { fontsDir, pdfa });
  const file = path.join(dir, `${name || (pdfa ? 'pdfa' : 'tagged')}.pdf`);
  await writeFile(file, bytes);
  return file;
}

/** A reading whose address is long enough to break over two lines. */
const LONG_ADDRESS = `https://www.unodc.org/unodc/en/cybercrime/${'comprehensive-study-on-cybercrime-'.repeat(4)}2013.html`;

/** An organiser's programme of two seminars (French and English), with its contents and a linked reading. */
function programmeDocument(): BriefingDocument {
  const catalogue = programmeCatalogue();
  catalogue.series[0]!.furtherReadings.push({ title: 'Comprehensive Study on Cybercrime', url: LONG_ADDRESS });
  const pack = createDefaultPack(catalogue, {
    today: '2020-07-01',
    kind: 'programme',
    seminarIds: ['seminar-2020-06-24', 'seminar-2020-07-09'],
  });
  return buildProgrammeDocument({ ...pack, sections: { ...pack.sections, contents: true, readings: true } }, catalogue);
}

const structure = (file: string): Structure =>
  JSON.parse(execFileSync(python, [reader, file], { encoding: 'utf8' })) as Structure;

/** Every path of roles from the root, e.g. "Document/Sect/Table/THead/TR/TH". */
function paths(node: StructNode, prefix = ''): string[] {
  const here = prefix ? `${prefix}/${node.role}` : node.role;
  return [here, ...node.children.flatMap((child) => paths(child, here))];
}

describe.skipIf(!hasTools)('tagged PDF (PDF/UA-1)', () => {
  let file: string;
  let read: Structure;
  beforeAll(async () => {
    file = await written(false);
    read = structure(file);
  });

  it('has one Document root with the model in the expected nesting', () => {
    expect(read.marked).toBe(true);
    expect(read.tree.map((node) => node.role)).toEqual(['Document']);
    const all = new Set(paths(read.tree[0]!));
    for (const expected of [
      'Document/Sect/H1',
      'Document/Sect/H2',
      'Document/Sect/H3',
      'Document/Sect/P',
      'Document/Sect/L/LI/LBody',
      'Document/Sect/Table/THead/TR/TH',
      'Document/Sect/Table/TBody/TR/TD',
      'Document/Sect/Table/TR/TH',
      'Document/Sect/TOC/TOCI',
      'Document/Sect/Div/P',
    ])
      expect(all, expected).toContain(expected);
    const sections = read.tree[0]!.children;
    // Cover, contents, then one Sect per section of the model.
    expect(sections.map((s) => s.role)).toEqual(Array(2 + sampleDocument().sections.length).fill('Sect'));
  });

  it("labels an ordered item's number (Lbl before LBody); bullets stay artifacts", () => {
    const items: StructNode[] = [];
    const collect = (node: StructNode) => {
      if (node.role === 'LI') items.push(node);
      node.children.forEach(collect);
    };
    collect(read.tree[0]!);
    const shapes = new Set(items.map((item) => item.children.map((child) => child.role).join('+')));
    expect(shapes).toEqual(new Set(['Lbl+LBody', 'LBody']));
    const text = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(text).toMatch(/Lbl \(block\)\n\s+"1\. "\n\s+LBody \(block\)\n\s+"Read the topic briefs/);
  });

  it('gives table header cells a scope: Column in tables, Row in label/value fields', () => {
    const cells: StructNode[] = [];
    const collect = (node: StructNode) => {
      if (node.role === 'TH') cells.push(node);
      node.children.forEach(collect);
    };
    collect(read.tree[0]!);
    expect(cells.length).toBeGreaterThan(10);
    expect(new Set(cells.map((cell) => cell.scope))).toEqual(new Set(['Column', 'Row']));
  });

  it('puts every text-showing operator inside marked content, the furniture as Pagination artifacts', () => {
    expect(read.text.outside).toBe(0);
    expect(read.text.tagged).toBeGreaterThan(300);
    expect(read.text.artifact).toBeGreaterThan(0);
    expect(read.artifactTypes).toContain('/Pagination');
    // Poppler reads the tree in the model's order, headers and footers not in it.
    const text = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(text.startsWith('Document')).toBe(true);
    // After the contents (the last TOCI), the sections' headings come in the model's order.
    const body = text.slice(text.indexOf('\n  Sect', text.indexOf('TOC')));
    const order = ['Agenda', 'Speakers', 'Topic briefs', 'Speaker index', 'Further readings'].map((title) =>
      body.indexOf(`"${title}"`),
    );
    expect(order.every((at, i) => at > (order[i - 1] ?? 0))).toBe(true);
    expect(text).not.toContain('Page 1 of');
  });

  it('declares PDF/UA-1, the language and the title in the title bar', () => {
    expect(read.xmp['{http://www.aiim.org/pdfua/ns/id/}part']).toBe('1');
    expect(read.lang).toBe('en-GB');
    expect(read.displayDocTitle).toBe(true);
    expect(read.outputIntents).toBe(0);
  });
});

describe.skipIf(!hasTools)('links in the structure tree (PDF/UA-1 7.18.5)', () => {
  const documents: [string, () => BriefingDocument][] = [
    ['the sample pack', () => sampleDocument()],
    ['a programme', programmeDocument],
    ['an Arabic pack (mirrored pages)', () => scriptsDocument('ar')],
  ];
  it.each(documents)('puts every link annotation of %s in a Link element, described', async (name, document) => {
    const read = structure(await written(false, document(), name.replace(/\W+/g, '-')));
    expect(read.annotations.length, 'the contents link to their headings').toBeGreaterThan(3);
    for (const annotation of read.annotations) {
      const where = `${annotation.subtype} annotation on page ${annotation.page}`;
      expect(annotation.subtype, where).toBe('Link');
      expect(annotation.chain[0], where).toBe('Link');
      expect(annotation.chain.at(-1), where).toBe('Document');
      expect(annotation.reachesRoot, where).toBe(true);
      expect(annotation.objrPageRight, where).toBe(true);
      expect(annotation.contents.trim(), where).not.toBe('');
    }
    // The contents: entry › Reference › Link › (text, OBJR).
    expect(new Set(paths(read.tree[0]!))).toContain('Document/Sect/TOC/TOCI/Reference/Link');
    expect(read.text.outside).toBe(0);
  });

  it("describes a web link by its text and holds the link's words in the Link element", async () => {
    const file = await written(false, sampleDocument(), 'links');
    const read = structure(file);
    const web = read.annotations.filter((annotation) => !annotation.chain.includes('TOCI'));
    expect(web.map((annotation) => annotation.contents)).toEqual([
      'www.unodc.org/unodc/en/cybercrime',
      'cyber-desk@example.org',
    ]);
    const text = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(text).toMatch(/Link \(inline\)\n\s+"www\.unodc\.org\/unodc\/en\/cybercrime"\n\s+Object \d+ \d+/);
  });

  it('keeps a link that breaks over two lines one Link element, each part described by the whole address', async () => {
    const file = await written(false, programmeDocument(), 'long-link');
    const parts = structure(file).annotations.filter((annotation) => annotation.contents === LONG_ADDRESS);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    // One element: its first line's words, their annotation, the next line's words, theirs.
    const text = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(text).toMatch(/Link \(inline\)\n\s+"https:\/\/www\.unod[^"]*"\n\s+Object \d+ \d+\n\s+"[^"]+"\n\s+Object/);
  });

  it('sets the tab order to the structure order on every page with annotations', async () => {
    for (const [name, document] of documents) {
      const read = structure(await written(false, document(), `tabs-${name.replace(/\W+/g, '-')}`));
      const withAnnotations = read.pages.filter((page) => page.annots > 0);
      expect(withAnnotations.length, name).toBeGreaterThan(0);
      for (const page of withAnnotations) expect(page.tabs, name).toBe('/S');
    }
  });
});

describe.skipIf(!hasTools)('archival PDF (PDF/A-2b on request)', () => {
  it('declares PDF/A-2b and PDF/UA-1, with an sRGB output intent and every font embedded', async () => {
    const file = await written(true);
    const read = structure(file);
    expect(read.version).toBe('1.7');
    expect(read.xmp['{http://www.aiim.org/pdfa/ns/id/}part']).toBe('2');
    expect(read.xmp['{http://www.aiim.org/pdfa/ns/id/}conformance']).toBe('B');
    expect(read.xmp['{http://www.aiim.org/pdfua/ns/id/}part']).toBe('1');
    expect(read.outputIntents).toBe(1);
    expect(read.text.outside).toBe(0);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
  });

  it('declares the pdfuaid schema by a PDF/A extension schema, as PDF/A-2 requires for it', async () => {
    const read = structure(await written(true));
    expect(read.xmpPacket.wellFormed).toBe(true);
    expect(read.xmpPacket.extensionSchemas).toEqual([
      { namespaceURI: 'http://www.aiim.org/pdfua/ns/id/', prefix: 'pdfuaid', properties: [['part', 'Integer']] },
    ]);
  });

  it.each([true, false])(
    'writes XMP equal to the info dictionary, even for a title with & and < (pdfa: %s)',
    async (pdfa) => {
      const document = sampleDocument();
      document.metadata = { ...document.metadata, title: 'Cyber & <crime> "2020"', author: 'Desk A & B' };
      const read = structure(await written(pdfa, document, `metadata-${pdfa}`));
      expect(read.xmpPacket.wellFormed).toBe(true);
      expect(read.info['Title']).toBe('Cyber & <crime> "2020"');
      const keys = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate'];
      for (const key of keys) expect(read.xmpPacket.values?.[key], key).toBe(read.info[key]);
    },
  );

  it('is deterministic', async () => {
    const a = await renderPdf(sampleDocument(), { fontsDir, pdfa: true });
    const b = await renderPdf(sampleDocument(), { fontsDir, pdfa: true });
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
  });
});
