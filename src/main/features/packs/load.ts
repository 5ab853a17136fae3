import { basename } from 'node:path';
import type { IpcErrorCode } from '../../../shared/ipc/contract';
import { type FileProblem, type Result, aboutFile, err, ok } from '../../../shared/result';
import type { CatalogueStore } from '../../services/catalogue-store';
import { type PackFileErrorCode, type PackForUse, loadPackFile, settlePackForUse } from '../../services/packs';

function ipcCode(code: PackFileErrorCode): IpcErrorCode {
  switch (code) {
    case 'not-found':
    case 'too-large':
    case 'newer-version':
      return code;
    default:
      return 'invalid-file';
  }
}

/** What the person is told about a pack file that does not open. */
function fileProblem(code: PackFileErrorCode): FileProblem {
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
  }
}

/** Reads a pack file (never writing to it) and settles it against what this computer has. */
export async function loadPackForUse(
  path: string,
  catalogues: CatalogueStore,
  today: string,
): Promise<Result<PackForUse, IpcErrorCode>> {
  const loaded = await loadPackFile(path, { today });
  if (!loaded.ok)
    return aboutFile(
      err(ipcCode(loaded.code), loaded.message, loaded.problems),
      basename(path),
      fileProblem(loaded.code),
    );
  return ok(await settlePackForUse(loaded.data.pack, catalogues, loaded.data.warnings));
}
