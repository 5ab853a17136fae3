import { basename } from 'node:path';
import type { Catalogue } from '../../shared/catalogue/schema';
import {
  type LoadedPack,
  type Pack,
  type PackWarning,
  type ProgrammeChange,
  diffProgramme,
  loadPack,
  settlePack,
} from '../../shared/pack';
import { type Result, err, ok } from '../../shared/result';
import type { CatalogueStore } from './catalogue-store';
import { type ReadOptions, readJsonFile } from './files/read';

export type PackFileErrorCode =
  'not-found' | 'unreadable' | 'too-large' | 'not-json' | 'not-text' | 'not-a-pack' | 'invalid-pack' | 'newer-version';

export interface PackFileOptions extends ReadOptions {
  /** YYYY-MM-DD for a pack whose date cannot be read. */
  today?: string;
}

/**
 * Reads a .briefpack file: an older version is upgraded and a damaged one
 * opens with warnings (see loadPack); never writes to it.
 */
export async function loadPackFile(
  path: string,
  options: PackFileOptions = {},
): Promise<Result<LoadedPack, PackFileErrorCode>> {
  const json = await readJsonFile(path, options);
  if (!json.ok) return json;
  const pack = loadPack(json.data, options.today !== undefined ? { today: options.today } : {});
  if (!pack.ok) return err(pack.code, `${options.label ?? basename(path)}: ${pack.message}`, pack.problems);
  return ok(pack.data);
}

export interface PackForUse {
  pack: Pack;
  /** The catalogue the pack's programme came from, when it is on this computer. */
  source?: Catalogue;
  /** What opening left out or changed because the file was damaged. */
  warnings: PackWarning[];
  /** How the source catalogue differs from the pack's snapshot; empty when it does not, or is not here. */
  programmeChanges: ProgrammeChange[];
}

/**
 * A pack made ready for use, whatever this computer has: the pack carries its
 * programme, so it opens with no catalogue; where its catalogue is here, seminars
 * the snapshot lacks (a v1 pack) are filled in from it and its changes since the
 * snapshot are listed for the user to take or leave.
 */
export async function settlePackForUse(
  pack: Pack,
  catalogues: CatalogueStore,
  loadWarnings: PackWarning[] = [],
): Promise<PackForUse> {
  const found = await catalogues.get(pack.programme.source.catalogueId);
  const source = found.ok ? found.data : undefined;
  const settled = settlePack(pack, source);
  return {
    pack: settled.pack,
    ...(source ? { source } : {}),
    warnings: [...loadWarnings, ...settled.warnings],
    programmeChanges: source ? diffProgramme(settled.pack.programme, source, settled.pack.seminarIds) : [],
  };
}
