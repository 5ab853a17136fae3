import { basename } from 'node:path';
import { type ImportFileResult, importProgrammeFile } from '../../../shared/importers';
import { readFileBytes } from '../../services/files/read';
import { defineCommand } from '../command';
import { CliUsageError, EXIT_OK, EXIT_USAGE } from '../errors';
import { writeJsonOutput } from '../json-output';
import { checkOutputs, inputFile } from '../paths';

/** "IST=Asia/Kolkata,CST=America/Chicago" → { IST: 'Asia/Kolkata', CST: 'America/Chicago' }. */
function parseZoneAnswers(text: string | undefined): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const pair of (text ?? '').split(',').filter((part) => part.trim() !== '')) {
    const [abbreviation, zone] = pair.split('=').map((part) => part.trim());
    if (!abbreviation || !zone)
      throw new CliUsageError(`--zone-answers expects ABBREVIATION=Zone pairs, got "${pair}".`);
    answers[abbreviation.toUpperCase()] = zone;
  }
  return answers;
}

function printWarnings(stderr: (text: string) => void, result: ImportFileResult): void {
  for (const warning of result.warnings) {
    const where = warning.line > 0 ? `line ${warning.line}: ` : '';
    stderr(`warning: ${where}${warning.message} (${JSON.stringify(warning.text)})\n`);
  }
}

export const importCommand = defineCommand({
  name: 'import',
  summary:
    'import a programme (text or web page, iCalendar, frab XML, schedule.json, CSV) into a catalogue; JSON to stdout, warnings to stderr',
  positionals: {
    usage: '<file>',
    help: 'the programme: its kind is read from its content, not its name',
    count: 1,
  },
  options: {
    out: { type: 'string', value: '<catalogue.json>', help: 'write the catalogue to this file instead of stdout' },
    'zone-answers': {
      type: 'string',
      value: '<ABBR=Zone,…>',
      help: 'what an ambiguous zone abbreviation means, e.g. IST=Asia/Kolkata',
    },
  },
  async run(context, { values, positionals }) {
    const input = inputFile(context, positionals[0]!);
    await checkOutputs(context, [values.out], [input]);
    const zoneAnswers = parseZoneAnswers(values['zone-answers']);
    const bytes = await readFileBytes(input.path, { label: input.label });
    if (!bytes.ok) {
      context.io.stderr(`briefpack import: ${bytes.message}\n`);
      return EXIT_USAGE;
    }
    const imported = importProgrammeFile({ bytes: bytes.data, name: basename(input.path) }, { zoneAnswers });
    printWarnings(context.io.stderr, imported);
    if (!imported.ok) {
      context.io.stderr(`briefpack import: ${imported.message}\n`);
      return EXIT_USAGE;
    }
    if (imported.questions.length > 0) {
      for (const question of imported.questions) {
        context.io.stderr(
          `question: line ${question.line}: "${question.id}" can mean ${question.choices.join(', ')}; answer with --zone-answers ${question.id}=${question.choices[0]}\n`,
        );
      }
      context.io.stderr('briefpack import: answer the time zone questions above; nothing was written.\n');
      return EXIT_USAGE;
    }
    await writeJsonOutput(context, JSON.stringify(imported.catalogue, null, 2) + '\n', values.out, [input]);
    return EXIT_OK;
  },
});
