import { resolve } from 'node:path';
import { validateCatalogue } from '../../../shared/catalogue/schema';
import { describeProblems } from '../../services/catalogue';
import { readJsonFile } from '../../services/files';
import { defineCommand } from '../command';
import { EXIT_OK, EXIT_USAGE } from '../errors';
import { validatePackData } from '../pack-validation';

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'check a catalogue or a .briefpack file (a pack also against its catalogue), one line per problem',
  positionals: { usage: '<file>', help: 'the catalogue (.json) or pack (.briefpack) file to check', count: 1 },
  options: {
    catalogue: {
      type: 'string',
      value: '<file>',
      help: 'the catalogue a pack is checked against (default: the built-in catalogue)',
    },
  },
  async run(context, { values, positionals }) {
    const path = resolve(context.io.cwd, positionals[0]!);
    const json = await readJsonFile(path);
    if (!json.ok) {
      context.io.stderr(`briefpack validate: ${json.message}\n`);
      return EXIT_USAGE;
    }
    const format = (json.data as { format?: unknown } | null)?.format;
    const outcome =
      format === 'briefing-pack'
        ? await validatePackData(json.data, context, values.catalogue)
        : validateCatalogue(json.data);
    if (outcome.ok) {
      context.io.stdout(`${path}: valid ${format === 'briefing-pack' ? 'pack' : 'catalogue'}\n`);
      return EXIT_OK;
    }
    const problems = describeProblems(outcome.problems);
    context.io.stderr(`${path}: ${outcome.message}\n`);
    for (const problem of problems) context.io.stdout(`${problem}\n`);
    return EXIT_USAGE;
  },
});
