import { snapshotAsCatalogue } from '../../../shared/pack';
import { defineCommand } from '../command';
import { CliUsageError } from '../errors';
import { resolvePackInput } from '../pack-input';
import { PACK_OPTIONS } from '../pack-options';
import { checkOutputs, inputFile } from '../paths';

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'export a briefing pack to PDF and/or DOCX',
  details: [
    'Without --pack, a pack of every seminar and topic of the catalogue; the options below override the pack.',
    'A .briefpack carries its programme, so --pack needs no catalogue; --catalogue adds seminars to choose from.',
  ],
  options: {
    catalogue: {
      type: 'string',
      value: '<file>',
      help: 'the catalogue to take seminars from (default: the built-in catalogue, unless --pack carries its own)',
    },
    pack: { type: 'string', value: '<file.briefpack>', help: 'the pack to export' },
    ...PACK_OPTIONS,
    external: {
      type: 'boolean',
      help: 'the external edition: every "background (not for disclosure)" text is left out',
    },
    pdfa: {
      type: 'boolean',
      help: 'an archival PDF (PDF/A-2b) as well as tagged (PDF/UA-1), which every PDF is',
    },
    'show-gaps': {
      type: 'boolean',
      help: 'a draft that marks what is missing (no biography, no brief…); says DRAFT on every page',
    },
    pdf: { type: 'string', value: '<out.pdf>', help: 'write the PDF here' },
    docx: { type: 'string', value: '<out.docx>', help: 'write the DOCX here' },
  },
  async run(context, { values }) {
    if (values.pdf === undefined && values.docx === undefined)
      throw new CliUsageError('say where to write the pack: --pdf out.pdf and/or --docx out.docx.');
    const packFile = values.pack === undefined ? undefined : inputFile(context, values.pack);
    const catalogueFile = values.catalogue === undefined ? undefined : inputFile(context, values.catalogue);
    const inputs = [packFile, catalogueFile].filter((file) => file !== undefined);
    // Before any work: an output over an input would destroy it, and a bad name would waste the layout.
    const [first, second] = await checkOutputs(context, [values.pdf, values.docx], inputs);
    const pdf = values.pdf !== undefined ? first : undefined;
    const docx = values.docx !== undefined ? (values.pdf !== undefined ? second : first) : undefined;

    const pack = await resolvePackInput(context, { packFile, cataloguePath: values.catalogue }, values);
    // Loaded here, not at start-up: the other commands start without pdfmake and docx.
    const { exportPackFiles } = await import('../export-pack');
    return exportPackFiles(
      context,
      pack,
      snapshotAsCatalogue(pack.programme),
      { ...(pdf ? { pdf } : {}), ...(docx ? { docx } : {}) },
      { edition: values.external ? 'external' : 'internal', showGaps: values['show-gaps'] === true },
      { pdfa: values.pdfa === true },
    );
  },
});
