import { resolve } from 'node:path';
import { importProgrammeText } from '../../../shared/importer';
import { readTextFile } from '../../services/files';
import { defineCommand } from '../command';
import { EXIT_OK, EXIT_USAGE } from '../errors';
import { writeJsonOutput } from '../json-output';

export const importCommand = defineCommand({
  name: 'import',
  summary: 'import programme text (English, French or Spanish) into a catalogue; JSON to stdout, warnings to stderr',
  positionals: { usage: '<programme.txt>', help: 'the programme text file', count: 1 },
  options: {
    out: { type: 'string', value: '<catalogue.json>', help: 'write the catalogue to this file instead of stdout' },
  },
  async run(context, { values, positionals }) {
    const path = resolve(context.io.cwd, positionals[0]!);
    const text = await readTextFile(path);
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
    await writeJsonOutput(context, JSON.stringify(imported.catalogue, null, 2) + '\n', values.out);
    return EXIT_OK;
  },
});
