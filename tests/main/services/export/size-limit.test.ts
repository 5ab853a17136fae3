import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullPack, syntheticCatalogue } from '../../../../bench/synthetic';
import { exportBriefingDocument } from '../../../../src/main/services/export';
import { MAX_EXPORT_PAGES, estimatePages } from '../../../../src/main/services/export/size-limit';
import { buildBriefingDocument } from '../../../../src/shared/document/build';
import { runIn } from '../../cli/support';

const fontsDir = path.resolve(__dirname, '../../../../resources/fonts');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bpb-size-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the up-front export limit (issue 10, item 7)', () => {
  it('estimates pages near what the writer lays out (benchmark: 200 seminars 457 pages, 1,000 seminars 2,271)', () => {
    for (const [seminars, pages] of [
      [200, 457],
      [1000, 2271],
    ] as const) {
      const catalogue = syntheticCatalogue(seminars);
      const estimate = estimatePages(buildBriefingDocument(fullPack(catalogue), catalogue));
      expect(estimate / pages).toBeGreaterThan(0.8);
      expect(estimate / pages).toBeLessThan(1.25);
    }
  });

  it('refuses a document over the limit at once, before any layout, with a plain message and no file', async () => {
    const catalogue = syntheticCatalogue(1_200);
    const document = buildBriefingDocument(fullPack(catalogue), catalogue);
    expect(estimatePages(document)).toBeGreaterThan(MAX_EXPORT_PAGES);
    const started = performance.now();
    const result = await exportBriefingDocument(
      document,
      { pdfPath: path.join(dir, 'p.pdf'), docxPath: path.join(dir, 'p.docx') },
      { fontsDir },
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    expect(result.ok ? '' : result.message).toMatch(
      /^This pack is too large to export in one file: it would come to about 2,\d00 pages, and one export can make at most about 2,500 pages \(some 1,000 seminars with their speakers\)\. Choose fewer seminars or sections, or split it into several packs\.$/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('the command line exits 2 with that one line', async () => {
    const catalogue = syntheticCatalogue(1_200);
    await writeFile(path.join(dir, 'big.json'), JSON.stringify(catalogue));
    const result = await runIn(dir, ['build', '--catalogue', 'big.json', '--docx', 'big.docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^briefpack: This pack is too large to export in one file: .*\n$/);
    expect(await readdir(dir)).toEqual(['big.json']);
  });
});
