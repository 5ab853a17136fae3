import { readFile } from 'node:fs/promises';
import { createCatalogueService } from '../../services/catalogue';
import { defineCommand } from '../command';
import { EXIT_FAILURE, EXIT_OK } from '../errors';
import { writeJsonOutput } from '../json-output';

export const catalogueCommand = defineCommand({
  name: 'catalogue',
  summary: 'write the built-in catalogue (JSON) to stdout or a file',
  options: {
    out: { type: 'string', value: '<file>', help: 'write it to this file instead of stdout' },
  },
  async run(context, { values }) {
    const service = createCatalogueService(context.resourcesDir);
    const catalogue = await service.loadBuiltin();
    if (!catalogue.ok) {
      context.io.stderr(`briefpack catalogue: the built-in catalogue is broken: ${catalogue.message}\n`);
      return EXIT_FAILURE;
    }
    // Print the file as shipped, byte for byte, rather than a re-serialisation.
    const json = await readFile(service.builtinCataloguePath, 'utf8');
    // Never over the shipped file itself.
    await writeJsonOutput(context, json, values.out, [
      { path: service.builtinCataloguePath, label: 'the built-in catalogue' },
    ]);
    return EXIT_OK;
  },
});
