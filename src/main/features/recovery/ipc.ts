import { basename } from 'node:path';
import type { OpenedPack } from '../../../shared/ipc/contract';
import { err, ok } from '../../../shared/result';
import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import { describeFsError } from '../../services/files/fs-errors';
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
  const { recovery, files } = context.services;

  registerApiMethod(
    registrar,
    'writeRecovery',
    async ({ pack, filePath, displayName }) => {
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
      const entries = await recovery.list();
      // The renderer may save a restored pack back to where it came from.
      for (const entry of entries) if (entry.filePath !== null) files.allowPack(entry.filePath);
      return ok(entries);
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
      if (copy.filePath !== null) files.allowPack(copy.filePath);
      const displayName = copy.displayName || (copy.filePath ? basename(copy.filePath) : 'Untitled');
      return ok({ pack: copy.pack, filePath: copy.filePath, displayName } satisfies OpenedPack);
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
