import { snapshotAsCatalogue } from '../../../shared/pack';
import { defineCommand } from '../command';
import { CliUsageError } from '../errors';
import { resolvePackInput } from '../pack-input';
import { PACK_OPTIONS } from '../pack-options';
import { checkOutputs, inputFile } from '../paths';

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'export a briefing pack or a programme to PDF, DOCX, iCalendar and schedule files',
  details: [
    'Without --pack, a pack of every seminar and topic of the catalogue; the options below override the pack.',
    'A .briefpack carries its programme, so --pack needs no catalogue; --catalogue adds seminars to choose from.',
    'Any of --pdf, --docx, --ics, --frab, --schedule-json, alone or together; each output is checked before any work.',
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
    ics: {
      type: 'string',
      value: '<out.ics>',
      help: 'write an iCalendar file here: one event per seminar, times in UTC',
    },
    frab: { type: 'string', value: '<out.xml>', help: 'write the schedule as frab XML (schedule.xml) here' },
    'schedule-json': { type: 'string', value: '<out.json>', help: 'write the schedule as c3voc schedule.json here' },
  },
  async run(context, { values }) {
    const outputs = [values.pdf, values.docx, values.ics, values.frab, values['schedule-json']];
    if (outputs.every((output) => output === undefined))
      throw new CliUsageError(
        'say where to write the pack: --pdf out.pdf, --docx out.docx, --ics out.ics, --frab out.xml or --schedule-json out.json.',
      );
    const packFile = values.pack === undefined ? undefined : inputFile(context, values.pack);
    const catalogueFile = values.catalogue === undefined ? undefined : inputFile(context, values.catalogue);
    const inputs = [packFile, catalogueFile].filter((file) => file !== undefined);
    // Before any work: an output over an input would destroy it, and a bad name would waste the layout.
    const checked = await checkOutputs(context, outputs, inputs);
    // checkOutputs skips the outputs not given: hand the checked ones back in the order asked.
    const [pdf, docx, ics, frab, scheduleJson] = (() => {
      let next = 0;
      return outputs.map((output) => (output === undefined ? undefined : checked[next++]));
    })();

    const pack = await resolvePackInput(context, { packFile, cataloguePath: values.catalogue }, values);
    // Loaded here, not at start-up: the other commands start without pdfmake and docx.
    const { exportPackFiles } = await import('../export-pack');
    return exportPackFiles(
      context,
      pack,
      snapshotAsCatalogue(pack.programme),
      {
        ...(pdf ? { pdf } : {}),
        ...(docx ? { docx } : {}),
        ...(ics ? { ics } : {}),
        ...(frab ? { frab } : {}),
        ...(scheduleJson ? { scheduleJson } : {}),
      },
      { edition: values.external ? 'external' : 'internal', showGaps: values['show-gaps'] === true },
      { pdfa: values.pdfa === true },
    );
  },
});
