import { serialisePack } from '../../../shared/pack';
import { writeFileAtomic } from '../../services/files/atomic-write';
import { describeFsError } from '../../services/files/fs-errors';
import { defineCommand } from '../command';
import { CliUsageError, EXIT_OK } from '../errors';
import { resolvePackInput } from '../pack-input';
import { PACK_OPTIONS } from '../pack-options';
import { checkOutputs, inputFile } from '../paths';

/** `briefpack pack`: a self-contained .briefpack (it carries its programme), to open or build anywhere. */
export const packCommand = defineCommand({
  name: 'pack',
  summary: 'write a self-contained .briefpack (it carries the programme it uses)',
  details: [
    'Without --pack, a new pack of every seminar and topic of the catalogue; the options below set its fields.',
    'With --pack, that pack with the options applied (and, for an older pack, its programme taken in).',
  ],
  options: {
    catalogue: {
      type: 'string',
      value: '<file>',
      help: 'the catalogue to take seminars from (default: the built-in catalogue)',
    },
    pack: { type: 'string', value: '<file.briefpack>', help: 'start from this pack instead of a new one' },
    ...PACK_OPTIONS,
    out: { type: 'string', value: '<file.briefpack>', help: 'write the pack here' },
  },
  async run(context, { values }) {
    if (values.out === undefined) throw new CliUsageError('say where to write the pack: --out file.briefpack.');
    const packFile = values.pack === undefined ? undefined : inputFile(context, values.pack);
    const catalogueFile = values.catalogue === undefined ? undefined : inputFile(context, values.catalogue);
    const inputs = [packFile, catalogueFile].filter((file) => file !== undefined);
    const [target] = await checkOutputs(context, [values.out], inputs);
    const pack = await resolvePackInput(context, { packFile, cataloguePath: values.catalogue }, values);
    try {
      await writeFileAtomic(target!.path, new TextEncoder().encode(serialisePack(pack)));
    } catch (error) {
      throw new CliUsageError(`${values.out} could not be written: ${describeFsError(error)}.`);
    }
    const count = pack.seminarIds.length;
    context.io.stdout(`${target!.label}  (pack, ${count} seminar${count === 1 ? '' : 's'})\n`);
    return EXIT_OK;
  },
});
