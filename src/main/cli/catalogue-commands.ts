import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validateCatalogue } from '../../shared/catalogue';
import { importProgrammeText } from '../../shared/importers';
import { writeFileAtomic } from '../services/export/atomic-write';
import { readJsonFile, readTextFile } from '../services/files';
import { createCatalogueService, describeProblems } from '../services/catalogue';
import { validatePackData } from './pack-validation';
import { type CommandContext, CliUsageError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, parseCommandArgs } from './run';

function onePositional(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new CliUsageError(`expected exactly one ${what}, got ${positionals.length}.`);
  return positionals[0]!;
}

async function writeJsonOutput(context: CommandContext, json: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    context.io.stdout(json);
    return;
  }
  const path = resolve(context.io.cwd, out);
  await writeFileAtomic(path, new TextEncoder().encode(json));
  context.io.stderr(`Wrote ${path}\n`);
}

export async function importCommand(context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(context.args, { out: { type: 'string' } }, true);
  const path = resolve(context.io.cwd, onePositional(positionals, 'programme text file'));
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
}

export async function catalogueCommand(context: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(context.args, { out: { type: 'string' } }, false);
  const service = createCatalogueService(context.resourcesDir);
  const catalogue = await service.loadBuiltin();
  if (!catalogue.ok) {
    context.io.stderr(`briefpack catalogue: the built-in catalogue is broken: ${catalogue.message}\n`);
    return EXIT_FAILURE;
  }
  // Print the file as shipped, byte for byte, rather than a re-serialisation.
  const json = await readFile(service.builtinCataloguePath, 'utf8');
  await writeJsonOutput(context, json, values.out);
  return EXIT_OK;
}

export async function validateCommand(context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(context.args, { catalogue: { type: 'string' } }, true);
  const path = resolve(context.io.cwd, onePositional(positionals, 'file to validate'));
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
}
