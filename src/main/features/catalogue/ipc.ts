import { summariseSeminars } from '../../../shared/catalogue/summary';
import { ok } from '../../../shared/result';
import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import type { CatalogueService } from '../../services/catalogue';

/** Catalogue feature: the built-in catalogue and its seminar list. */
export function registerCatalogueIpc(
  registrar: IpcRegistrar,
  catalogues: CatalogueService,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  registerApiMethod(
    registrar,
    'listSeminars',
    async () => {
      const catalogue = await catalogues.loadBuiltin();
      if (!catalogue.ok) return { ok: false, code: 'invalid-file', message: catalogue.message };
      return ok(summariseSeminars(catalogue.data));
    },
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'getCatalogue',
    async () => {
      const catalogue = await catalogues.loadBuiltin();
      if (!catalogue.ok) return { ok: false, code: 'invalid-file', message: catalogue.message };
      return ok(catalogue.data);
    },
    isTrustedSender,
  );
}
