import { err, ok } from '../../../shared/result';
import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import { describeFsError } from '../../services/files/fs-errors';
import type { FeatureContext } from '../../session/services';

/** Settings feature: interface language, default marking, zones and paper for new packs. */
export function registerSettingsIpc(
  registrar: IpcRegistrar,
  context: FeatureContext,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  const { settings } = context.services;
  registerApiMethod(
    registrar,
    'getSettings',
    async () => ok({ ...(await settings.get()), systemLocale: context.systemLocale }),
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'updateSettings',
    async (patch) => {
      try {
        return ok(await settings.update(patch));
      } catch (error) {
        return err('write-failed', `Your settings could not be saved to ${settings.path}: ${describeFsError(error)}.`);
      }
    },
    isTrustedSender,
  );
}
