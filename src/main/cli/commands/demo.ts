import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Language } from '../../../shared/catalogue/schema';
import { settlePack, snapshotAsCatalogue } from '../../../shared/pack';
import { loadPackFile } from '../../services/packs';
import { defineCommand } from '../command';
import { CliUsageError, EXIT_OK } from '../errors';
import { loadCatalogueForBuild } from '../catalogue-input';
import { applyPackOptions } from '../pack-options';

/** `npm run demo`: the sample pack of the built-in catalogue, in English (PDF + DOCX), French and Spanish (PDF). */
export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'build the sample pack into briefing-packs/ (English PDF and DOCX, French and Spanish PDF)',
  options: {},
  async run(context) {
    const catalogue = await loadCatalogueForBuild(context, undefined);
    const samplePath = join(context.resourcesDir, 'packs', 'sample.briefpack');
    const loaded = await loadPackFile(samplePath);
    if (!loaded.ok) throw new CliUsageError(loaded.message);
    const sample = settlePack(loaded.data.pack, catalogue).pack;
    const programme = snapshotAsCatalogue(sample.programme);
    const { exportPackFiles, madeTarget } = await import('../export-pack');
    const outDir = resolve(context.io.cwd, 'briefing-packs');
    await mkdir(outDir, { recursive: true });
    const editions: { language: Language; docx: boolean }[] = [
      { language: 'en', docx: true },
      { language: 'fr', docx: false },
      { language: 'es', docx: false },
    ];
    for (const edition of editions) {
      const pack = applyPackOptions(sample, programme, { lang: edition.language });
      const base = join(outDir, `briefing-pack-${edition.language}`);
      const code = await exportPackFiles(context, pack, programme, {
        pdf: madeTarget(context, `${base}.pdf`),
        ...(edition.docx ? { docx: madeTarget(context, `${base}.docx`) } : {}),
      });
      if (code !== EXIT_OK) return code;
    }
    return EXIT_OK;
  },
});
