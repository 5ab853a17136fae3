/**
 * The pack a command works on: a .briefpack file (which carries its programme)
 * or a new pack on a catalogue, with the command's pack options applied and
 * its programme snapshot brought up to the seminars chosen.
 */
import { type Catalogue, catalogueIdentity } from '../../shared/catalogue';
import {
  BUILTIN_CATALOGUE_ID,
  type Pack,
  createDefaultPack,
  describePackWarning,
  programmeWithSource,
  settlePack,
  withSeminars,
} from '../../shared/pack';
import { loadPackFile } from '../services/packs';
import type { CommandContext, OptionValues } from './command';
import { CliUsageError } from './errors';
import { loadCatalogueForBuild } from './catalogue-input';
import type { PACK_OPTIONS } from './pack-options';
import { applyPackOptions } from './pack-options';
import type { NamedFile } from './paths';

export function todayIsoDate(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface PackInput {
  /** The .briefpack file; without it, a new pack of every seminar of the catalogue. */
  packFile?: NamedFile | undefined;
  /** `--catalogue` as given: the catalogue to draw seminars from (default: the built-in one when the pack uses it). */
  cataloguePath?: string | undefined;
}

export async function resolvePackInput(
  context: CommandContext,
  input: PackInput,
  values: OptionValues<typeof PACK_OPTIONS>,
): Promise<Pack> {
  let pack: Pack;
  let source: Catalogue | undefined;
  if (input.packFile) {
    const loaded = await loadPackFile(input.packFile.path, { label: input.packFile.label, today: todayIsoDate() });
    if (!loaded.ok) throw new CliUsageError(loaded.message);
    for (const warning of loaded.data.warnings) context.io.stderr(`warning: ${describePackWarning(warning)}\n`);
    pack = loaded.data.pack;
    const usesBuiltin = pack.programme.source.catalogueId === BUILTIN_CATALOGUE_ID;
    if (input.cataloguePath !== undefined || usesBuiltin)
      source = await loadCatalogueForBuild(context, input.cataloguePath);
  } else {
    source = await loadCatalogueForBuild(context, input.cataloguePath);
    const catalogueId = input.cataloguePath === undefined ? BUILTIN_CATALOGUE_ID : catalogueIdentity(source);
    pack = createDefaultPack(source, { today: todayIsoDate(), catalogueId });
  }
  // Seminar and topic ids given as options may come from the pack's own programme or from the catalogue.
  const available = programmeWithSource(pack.programme, source);
  pack = applyPackOptions(pack, available, values);
  pack = { ...pack, programme: withSeminars(pack.programme, available, pack.seminarIds) };
  const settled = settlePack(pack, source);
  for (const warning of settled.warnings) context.io.stderr(`warning: ${describePackWarning(warning)}\n`);
  return settled.pack;
}
