import { mkdtemp, readdir, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findResourcesDir } from '../../../../src/main/services/resources';
import { runExportJob } from '../../../../src/main/services/export/runner';
import { createDefaultPack } from '../../../../src/shared/pack';
import { smallCatalogue } from '../../../fixtures/catalogues/load';

const fontsDir = path.join(findResourcesDir(), 'fonts');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-runner-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runExportJob', () => {
  it('refuses a pack with every part switched off, and leaves an existing file alone', async () => {
    const catalogue = smallCatalogue();
    const pack = createDefaultPack(catalogue, { today: '2020-06-20' });
    const off = Object.fromEntries(Object.keys(pack.sections).map((id) => [id, false])) as typeof pack.sections;
    const pdfPath = path.join(dir, 'minutes.pdf');
    await writeFile(pdfPath, 'keep me');
    const result = await runExportJob(
      { pack: { ...pack, sections: off }, catalogue, options: {}, targets: { pdfPath }, fontsDir },
      () => {},
    );
    expect(result).toMatchObject({ ok: false, code: 'nothing-to-print' });
    expect(await readFile(pdfPath, 'utf8')).toBe('keep me');
    expect(await readdir(dir)).toEqual(['minutes.pdf']);
  });
});
