import { randomBytes } from 'node:crypto';
import type { Catalogue } from '../../../shared/catalogue';
import type { ZoneQuestion } from '../../../shared/importers';
import type { IpcErrorCode } from '../../../shared/ipc/contract';
import { type Result, err, ok } from '../../../shared/result';
import { type ImportWarningView, checkZoneAnswers } from './import-job';
import type { ImportRunner } from './import-runner';

/** Previews waiting for keep/cancel; older ones are dropped so memory stays bounded. */
const MAX_PENDING_PREVIEWS = 5;

/** An import the user has previewed and not yet kept or left. */
export interface PendingImport {
  catalogue: Catalogue;
  fileName: string;
  /** While zone questions wait for their answers: the file, imported again with them when kept. */
  path?: string;
  questions?: ZoneQuestion[];
  /** The lines the importer could not place, for the editor's import notes. */
  warnings?: ImportWarningView[];
}

export interface PendingImports {
  /** Holds a preview under a new random token, the only handle the renderer gets for it. */
  hold(waiting: PendingImport): string;
  /** The import waiting under `token`, or the error that tells the user to choose the file again. */
  waiting(token: string): Result<PendingImport, IpcErrorCode>;
  drop(token: string): void;
  /** The catalogue to keep: as previewed, or the file imported again with the answers to its zone questions. */
  answer(
    waiting: PendingImport,
    zoneAnswers: Readonly<Record<string, string>>,
  ): Promise<Result<PendingImport, IpcErrorCode>>;
}

export function createPendingImports(importRunner: ImportRunner): PendingImports {
  const pending = new Map<string, PendingImport>();
  return {
    hold(waiting) {
      const token = randomBytes(18).toString('hex');
      pending.set(token, waiting);
      while (pending.size > MAX_PENDING_PREVIEWS) pending.delete(pending.keys().next().value!);
      return token;
    },

    waiting(token) {
      const waiting = pending.get(token);
      if (!waiting)
        return err('not-found', 'This import is no longer waiting to be kept. Choose the file again to import it.');
      return ok(waiting);
    },

    drop(token) {
      pending.delete(token);
    },

    async answer(waiting, zoneAnswers) {
      if (!waiting.path || !waiting.questions) return ok(waiting);
      const answered = checkZoneAnswers(waiting.questions, zoneAnswers);
      if (!answered.ok) return answered;
      const imported = await importRunner.run(waiting.path, () => undefined, zoneAnswers);
      if (!imported.ok) return imported;
      // The file changed since the preview and asks something new: it must be previewed again.
      const stillOpen = checkZoneAnswers(imported.data.questions, zoneAnswers);
      if (!stillOpen.ok) return stillOpen;
      return ok({ catalogue: imported.data.catalogue, fileName: waiting.fileName });
    },
  };
}
