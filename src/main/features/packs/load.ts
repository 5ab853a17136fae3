import { basename } from 'node:path';
import type { Catalogue } from '../../../shared/catalogue/schema';
import type { IpcErrorCode } from '../../../shared/ipc/contract';
import type { Pack } from '../../../shared/pack';
import { type FileProblem, type Result, aboutFile, err, ok } from '../../../shared/result';
import type { CatalogueStore } from '../../services/catalogue-store';
import { type PackFileErrorCode, checkPackFitsCatalogue, loadPackFile } from '../../services/packs';

function ipcCode(code: PackFileErrorCode): IpcErrorCode {
  switch (code) {
    case 'not-found':
    case 'too-large':
    case 'newer-version':
    case 'pack-catalogue-mismatch':
      return code;
    default:
      return 'invalid-file';
  }
}

/** What the person is told about a pack file that does not open. */
function fileProblem(code: PackFileErrorCode): FileProblem | undefined {
  switch (code) {
    case 'not-found':
    case 'too-large':
    case 'not-json':
    case 'not-text':
    case 'not-a-pack':
    case 'newer-version':
      return code;
    case 'unreadable':
      return 'no-permission';
    case 'invalid-pack':
      return 'damaged';
    case 'pack-catalogue-mismatch':
      return undefined;
  }
}

/** The pack's catalogue (its catalogueId, or the built-in one), and a refusal naming the ids it lacks. */
export async function checkPackAgainstItsCatalogue(
  pack: Pack,
  catalogues: CatalogueStore,
  what: string,
): Promise<Result<Catalogue, IpcErrorCode>> {
  const catalogue = await catalogues.get(pack.catalogueId);
  if (!catalogue.ok) {
    if (catalogue.code !== 'not-found') return catalogue;
    return err(
      'pack-catalogue-mismatch',
      `${what} uses the catalogue "${pack.catalogueId}", which is not in this app. Import that catalogue first.`,
    );
  }
  const fits = checkPackFitsCatalogue(pack, catalogue.data);
  if (!fits.ok) return err('pack-catalogue-mismatch', `${what}: ${fits.message}`, fits.problems);
  return ok(catalogue.data);
}

/** Reads a pack file (never writing to it) and checks it against its catalogue. */
export async function loadPackForUse(
  path: string,
  catalogues: CatalogueStore,
): Promise<Result<{ pack: Pack; catalogue: Catalogue }, IpcErrorCode>> {
  const pack = await loadPackFile(path);
  if (!pack.ok)
    return aboutFile(err(ipcCode(pack.code), pack.message, pack.problems), basename(path), fileProblem(pack.code));
  const catalogue = await checkPackAgainstItsCatalogue(pack.data, catalogues, basename(path));
  if (!catalogue.ok) return aboutFile(catalogue, basename(path));
  return ok({ pack: pack.data, catalogue: catalogue.data });
}
