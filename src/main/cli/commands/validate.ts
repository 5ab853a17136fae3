import { validateCatalogue } from '../../../shared/catalogue';
import { describeProblems } from '../../services/catalogue';
import { readJsonFile } from '../../services/files/read';
import { defineCommand } from '../command';
import { EXIT_OK, EXIT_USAGE } from '../errors';
import { validatePackData } from '../pack-validation';
import { inputFile } from '../paths';

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'check a catalogue or a .briefpack file, one line per problem',
  positionals: { usage: '<file>', help: 'the catalogue (.json) or pack (.briefpack) file to check', count: 1 },
  options: {
    catalogue: {
      type: 'string',
      value: '<file>',
      help: 'for a pack: a catalogue that may supply seminars its programme lacks (a pack carries its own)',
    },
  },
  async run(context, { values, positionals }) {
    const input = inputFile(context, positionals[0]!);
    const json = await readJsonFile(input.path, { label: input.label });
    if (!json.ok) {
      context.io.stderr(`briefpack validate: ${json.message}\n`);
      return EXIT_USAGE;
    }
    const isPack = (json.data as { format?: unknown } | null)?.format === 'briefing-pack';
    const outcome = isPack
      ? await validatePackData(json.data, context, values.catalogue)
      : validateCatalogue(json.data);
    if (outcome.ok) {
      context.io.stdout(`${input.label}: valid ${isPack ? 'pack' : 'catalogue'}\n`);
      return EXIT_OK;
    }
    // Each problem once: the count on stderr, the problems themselves on stdout.
    const problems = describeProblems(outcome.problems);
    if (problems.length === 0) {
      context.io.stderr(`${input.label}: ${outcome.message}\n`);
    } else {
      const what = isPack ? 'pack' : 'catalogue';
      const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
      context.io.stderr(`${input.label}: not a valid ${what} (${count}):\n`);
      for (const problem of problems) context.io.stdout(`${problem}\n`);
    }
    return EXIT_USAGE;
  },
});
