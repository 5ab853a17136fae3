import { importProgrammeText } from '../../../shared/importers';
import { readTextFile } from '../../services/files/read';
import { defineCommand } from '../command';
import { EXIT_OK, EXIT_USAGE } from '../errors';
import { writeJsonOutput } from '../json-output';
import { checkOutputs, inputFile } from '../paths';

export const importCommand = defineCommand({
  name: 'import',
  summary: 'import programme text (English, French or Spanish) into a catalogue; JSON to stdout, warnings to stderr',
  positionals: { usage: '<programme.txt>', help: 'the programme text file (UTF-8, or UTF-16 with a BOM)', count: 1 },
  options: {
    out: { type: 'string', value: '<catalogue.json>', help: 'write the catalogue to this file instead of stdout' },
  },
  async run(context, { values, positionals }) {
    const input = inputFile(context, positionals[0]!);
    await checkOutputs(context, [values.out], [input]);
    const text = await readTextFile(input.path, { label: input.label });
    if (!text.ok) {
      context.io.stderr(`briefpack import: ${text.message}\n`);
      return EXIT_USAGE;
    }
    const imported = importProgrammeText(text.data);
    for (const warning of imported.warnings) {
      context.io.stderr(`warning: line ${warning.line}: ${warning.message} (${JSON.stringify(warning.text)})\n`);
    }
    if (!imported.ok) {
      context.io.stderr(`briefpack import: ${imported.message}\n`);
      return EXIT_USAGE;
    }
    await writeJsonOutput(context, JSON.stringify(imported.catalogue, null, 2) + '\n', values.out, [input]);
    return EXIT_OK;
  },
});
