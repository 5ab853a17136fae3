import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run';
import { findResourcesDir } from '../../../src/main/services/resources';
import { readPdf } from '../../helpers/pdfText';

let cwd: string;
let stdout = '';
let code: number;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'bpb-demo-'));
  code = await runCli(['demo'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stdout += text),
    cwd,
    resourcesDir: findResourcesDir(),
  });
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('briefpack demo', () => {
  it('writes the English PDF and DOCX and the French and Spanish PDFs, printing each with its page count', async () => {
    expect(code).toBe(0);
    expect((await readdir(join(cwd, 'briefing-packs'))).sort()).toEqual([
      'briefing-pack-en.docx',
      'briefing-pack-en.pdf',
      'briefing-pack-es.pdf',
      'briefing-pack-fr.pdf',
    ]);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^briefing-packs\/briefing-pack-en\.pdf {2}\(PDF, \d+ pages\)$/);
    expect(lines[1]).toBe('briefing-packs/briefing-pack-en.docx  (DOCX)');
    expect(lines[2]).toMatch(/^briefing-packs\/briefing-pack-fr\.pdf {2}\(PDF, \d+ pages\)$/);
    expect(lines[3]).toMatch(/^briefing-packs\/briefing-pack-es\.pdf {2}\(PDF, \d+ pages\)$/);
  });

  it('prints the page count the PDF really has, and labels each edition in its language', async () => {
    for (const [language, pageWord] of [
      ['en', 'Page 1 of'],
      ['fr', 'Page 1 sur'],
      ['es', 'Página 1 de'],
    ] as const) {
      const pdf = await readPdf(await readFile(join(cwd, `briefing-packs/briefing-pack-${language}.pdf`)));
      const printed = new RegExp(`briefing-pack-${language}\\.pdf {2}\\(PDF, (\\d+) pages\\)`).exec(stdout)?.[1];
      expect(Number(printed)).toBe(pdf.pages.length);
      expect(pdf.pages[0]!.text).toContain(`${pageWord} ${pdf.pages.length}`);
    }
  });
});
