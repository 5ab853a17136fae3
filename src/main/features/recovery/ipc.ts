import { basename, resolve } from 'node:path';
import type { OpenedPack } from '../../../shared/ipc/contract';
import { err, ok } from '../../../shared/result';
import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import { describeFsError } from '../../services/files/fs-errors';
import { settlePackForUse } from '../../services/packs';
import type { FeatureContext } from '../../session/services';

/**
 * Crash recovery: this session's copy (written a few seconds after each edit),
 * the copies earlier sessions left when they did not end cleanly, restore and discard.
 */
export function registerRecoveryIpc(
  registrar: IpcRegistrar,
  context: FeatureContext,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  const { recovery, files, recent } = context.services;

  /**
   * A path read back from a recovery copy is only used when main itself handed it out: this session
   * (opened or saved) or an earlier one (the recent list, which only main writes).
   */
  async function isTrustedPackPath(path: string): Promise<boolean> {
    if (files.isAllowedPack(path)) return true;
    return (await recent.list()).some((entry) => resolve(entry.filePath) === resolve(path));
  }

  registerApiMethod(
    registrar,
    'writeRecovery',
    async ({ pack, filePath, displayName }) => {
      // A copy records only a path main handed out, so a page cannot plant one for a later session to save to.
      if (filePath !== null && !files.isAllowedPack(filePath))
        return err(
          'invalid-request',
          `${basename(filePath)} was not opened or saved in this app, so the recovery copy cannot refer to it.`,
        );
      try {
        return ok(await recovery.write({ pack, filePath, displayName }));
      } catch (error) {
        return err(
          'write-failed',
          `The recovery copy of ${displayName || 'the pack'} could not be written in ${recovery.folder}: ${describeFsError(error)}.`,
        );
      }
    },
    isTrustedSender,
  );

  registerApiMethod(
    registrar,
    'listRecovery',
    async () => {
      return ok(await recovery.list());
    },
    isTrustedSender,
  );

  registerApiMethod(
    registrar,
    'restoreRecovery',
    async ({ id }) => {
      if (id === recovery.sessionId) return err('invalid-request', 'This is the copy of the pack that is open now.');
      const copy = await recovery.read(id);
      if (!copy)
        return err('not-found', 'This recovery copy is no longer available (it may have been restored or discarded).');
      try {
        // The copy becomes this session's own, so it survives another crash before the next edit.
        await recovery.adopt(copy);
      } catch (error) {
        return err('write-failed', `The recovery copy could not be taken over: ${describeFsError(error)}.`);
      }
      // Saved back to where it came from only when main knows that place; otherwise Save asks where.
      const filePath = copy.filePath !== null && (await isTrustedPackPath(copy.filePath)) ? copy.filePath : null;
      if (filePath !== null) files.allowPack(filePath);
      const displayName = copy.displayName || (filePath ? basename(filePath) : 'Untitled');
      const settled = await settlePackForUse(copy.pack, context.services.catalogues);
      return ok({
        pack: settled.pack,
        filePath,
        displayName,
        sourceAvailable: settled.source !== undefined,
        warnings: settled.warnings,
        programmeChanges: settled.programmeChanges,
      } satisfies OpenedPack);
    },
    isTrustedSender,
  );

  registerApiMethod(
    registrar,
    'discardRecovery',
    async ({ id }) => {
      try {
        await recovery.discard(id);
      } catch (error) {
        return err('write-failed', `The recovery copy could not be removed: ${describeFsError(error)}.`);
      }
      return ok({});
    },
    isTrustedSender,
  );
}
