import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic } from '../../../../src/main/services/files/atomic-write';
import { type ExportProgress, exportBriefingDocument } from '../../../../src/main/services/export';
import { sampleDocument } from '../../../fixtures/documents/sample-document';
import { readDocx } from '../../../helpers/docxText';
import { readPdf } from '../../../helpers/pdfText';

const fontsDir = path.resolve(__dirname, '../../../../resources/fonts');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('names its temporary file short and hidden, in the same folder', () => {
    const temp = tempPathFor('/some/folder/pack.pdf');
    expect(path.dirname(temp)).toBe('/some/folder');
    expect(path.basename(temp)).toMatch(new RegExp(`^\\.~bpb\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`));
    expect(tempPathFor('/x/a.pdf')).not.toBe(tempPathFor('/x/a.pdf'));
  });

  it('writes a new file and replaces an existing one', async () => {
    const target = path.join(dir, 'out.bin');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    await writeFileAtomic(target, new Uint8Array([9]));
    expect([...(await readFile(target))]).toEqual([9]);
    expect(await readdir(dir)).toEqual(['out.bin']);
  });

  it('removes its temporary file and rethrows when the rename fails', async () => {
    const target = path.join(dir, 'taken');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'keep');
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep');
  });

  it('rethrows when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'out.bin'), new Uint8Array([1]))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('exportBriefingDocument', () => {
  it('renders both formats, writes them and reports progress', async () => {
    const pdfPath = path.join(dir, 'pack.pdf');
    const docxPath = path.join(dir, 'pack.docx');
    const progress: ExportProgress[] = [];
    const result = await exportBriefingDocument(
      sampleDocument(),
      { pdfPath, docxPath },
      { fontsDir, onProgress: (p) => progress.push(p) },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { pdf, docx } = result.data;
    expect(pdf?.path).toBe(pdfPath);
    expect(pdf?.bytes).toBe((await stat(pdfPath)).size);
    expect(docx?.path).toBe(docxPath);
    expect(docx?.bytes).toBe((await stat(docxPath)).size);
    const readBack = await readPdf(new Uint8Array(await readFile(pdfPath)));
    expect(pdf?.pageCount).toBe(readBack.pageCount);
    expect((await readDocx(new Uint8Array(await readFile(docxPath)))).text).toContain('Agenda');
    expect(progress.map((p) => p.stage)).toEqual(['pdf', 'docx', 'writing', 'done']);
    const fractions = progress.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['pack.docx', 'pack.pdf']);
  });

  it('writes only the formats asked for', async () => {
    const docxPath = path.join(dir, 'only.docx');
    const result = await exportBriefingDocument(sampleDocument({ contents: undefined }), { docxPath }, { fontsDir });
    expect(result.ok && result.data.pdf === undefined && result.data.docx?.path === docxPath).toBe(true);
    expect(await readdir(dir)).toEqual(['only.docx']);
  });

  it("gives a DOCX alone its contents' page numbers, laying out the PDF without writing it", async () => {
    const docxPath = path.join(dir, 'only.docx');
    const stages: string[] = [];
    const result = await exportBriefingDocument(
      sampleDocument(),
      { docxPath },
      { fontsDir, onProgress: (p) => stages.push(p.stage) },
    );
    expect(result.ok && result.data.pdf === undefined).toBe(true);
    // The layout is part of making the DOCX, as far as the user is told.
    expect(stages).toEqual(['docx', 'writing', 'done']);
    expect(await readdir(dir)).toEqual(['only.docx']);
    const text = (await readDocx(new Uint8Array(await readFile(docxPath)))).text.split('\n');
    expect(text).toContain('Agenda 3');
    expect(text.some((line) => /^Further readings \d+$/.test(line))).toBe(true);
  });

  it('still writes a DOCX alone when the PDF layout fails, its contents left for Word to number', async () => {
    const docxPath = path.join(dir, 'only.docx');
    const result = await exportBriefingDocument(sampleDocument(), { docxPath }, { fontsDir: path.join(dir, 'none') });
    expect(result.ok).toBe(true);
    expect((await readDocx(new Uint8Array(await readFile(docxPath)))).text.split('\n')).toContain('Agenda ');
  });

  it('leaves no file, no temporary file and an existing target untouched when rendering fails', async () => {
    const pdfPath = path.join(dir, 'pack.pdf');
    const docxPath = path.join(dir, 'pack.docx');
    await writeFile(docxPath, 'previous version');
    const result = await exportBriefingDocument(
      sampleDocument(),
      { pdfPath, docxPath },
      { fontsDir: path.join(dir, 'no-fonts-here') },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('export-failed');
    expect(result.message).toContain('pack.pdf');
    expect(await readdir(dir)).toEqual(['pack.docx']);
    expect(await readFile(docxPath, 'utf8')).toBe('previous version');
  });

  it('returns write-failed naming the file when a target cannot be written', async () => {
    const pdfPath = path.join(dir, 'pack.pdf');
    const docxPath = path.join(dir, 'no-such-folder', 'pack.docx');
    const result = await exportBriefingDocument(
      sampleDocument({ contents: undefined }),
      { pdfPath, docxPath },
      { fontsDir },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('write-failed');
    expect(result.message).toContain(docxPath);
    expect(result.message).toContain('folder does not exist');
    // The PDF, written first, is complete; nothing temporary is left behind.
    expect(await readdir(dir)).toEqual(['pack.pdf']);
    expect((await readPdf(new Uint8Array(await readFile(pdfPath)))).pageCount).toBeGreaterThan(1);
  });

  it('refuses an empty or contradictory request', async () => {
    const none = await exportBriefingDocument(sampleDocument(), {}, { fontsDir });
    expect(none.ok === false && none.code === 'export-failed').toBe(true);
    const same = path.join(dir, 'same.out');
    const both = await exportBriefingDocument(sampleDocument(), { pdfPath: same, docxPath: same }, { fontsDir });
    expect(both.ok === false && both.code === 'export-failed').toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('survives a throwing progress listener', async () => {
    const result = await exportBriefingDocument(
      sampleDocument({ cover: undefined, contents: undefined, sections: [] }),
      { pdfPath: path.join(dir, 'x.pdf') },
      {
        fontsDir,
        onProgress: () => {
          throw new Error('listener broke');
        },
      },
    );
    expect(result.ok).toBe(true);
  });
});
