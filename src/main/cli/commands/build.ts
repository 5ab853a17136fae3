import { resolve } from 'node:path';
import { type Pack, createDefaultPack } from '../../../shared/pack';
import { checkPackFitsCatalogue, loadPackFile } from '../../services/packs';
import { defineCommand } from '../command';
import { CliUsageError, EXIT_FAILURE, EXIT_OK } from '../errors';
import { exportPackFiles, loadCatalogueForBuild } from '../export-pack';
import { PACK_OPTIONS, applyPackOptions } from '../pack-options';

function todayIsoDate(): string {
  return new Date().toISOString().slice(0, 10);
}

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'export a briefing pack to PDF and/or DOCX',
  details: ['Without --pack, a pack of every seminar and topic of the catalogue; the options below override the pack.'],
  options: {
    catalogue: { type: 'string', value: '<file>', help: 'the catalogue file (default: the built-in catalogue)' },
    pack: { type: 'string', value: '<file.briefpack>', help: 'the pack to export' },
    ...PACK_OPTIONS,
    pdf: { type: 'string', value: '<out.pdf>', help: 'write the PDF here' },
    docx: { type: 'string', value: '<out.docx>', help: 'write the DOCX here' },
  },
  async run(context, { values }) {
    if (values.pdf === undefined && values.docx === undefined)
      throw new CliUsageError('say where to write the pack: --pdf out.pdf and/or --docx out.docx.');
    const catalogue = await loadCatalogueForBuild(context, values.catalogue);
    let pack: Pack;
    if (values.pack !== undefined) {
      const loaded = await loadPackFile(resolve(context.io.cwd, values.pack));
      if (!loaded.ok) throw new CliUsageError(loaded.message);
      pack = loaded.data;
    } else {
      pack = createDefaultPack(catalogue, { today: todayIsoDate() });
    }
    pack = applyPackOptions(pack, catalogue, values);
    const fits = checkPackFitsCatalogue(pack, catalogue);
    if (!fits.ok) throw new CliUsageError(fits.message);
    const written = await exportPackFiles(context, pack, catalogue, {
      ...(values.pdf !== undefined ? { pdfPath: resolve(context.io.cwd, values.pdf) } : {}),
      ...(values.docx !== undefined ? { docxPath: resolve(context.io.cwd, values.docx) } : {}),
    });
    return written ? EXIT_OK : EXIT_FAILURE;
  },
});
