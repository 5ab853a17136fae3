import { summariseSeminars } from '../../../shared/catalogue/summary';
import { ok } from '../../../shared/result';
import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import type { FeatureContext } from '../../session/services';

export const CATALOGUE_IMPORT_FILTERS = [
  { name: 'Programme text or catalogue', extensions: ['txt', 'json'] },
  { name: 'Programme text', extensions: ['txt'] },
  { name: 'Catalogue file', extensions: ['json'] },
];

/** Catalogue feature: the built-in catalogue, catalogues imported from programme text or JSON, their seminars. */
export function registerCatalogueIpc(
  registrar: IpcRegistrar,
  context: FeatureContext,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  const { catalogues } = context.services;

  registerApiMethod(registrar, 'listCatalogues', () => catalogues.list(), isTrustedSender);
  registerApiMethod(registrar, 'getCatalogue', ({ catalogueId }) => catalogues.get(catalogueId), isTrustedSender);
  registerApiMethod(
    registrar,
    'listSeminars',
    async ({ catalogueId }) => {
      const catalogue = await catalogues.get(catalogueId);
      return catalogue.ok ? ok(summariseSeminars(catalogue.data)) : catalogue;
    },
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'previewCatalogueImport',
    async () => {
      const path = await context.dialogs.chooseFileToOpen({
        title: 'Import a programme or a catalogue',
        filters: CATALOGUE_IMPORT_FILTERS,
      });
      if (path === null) return ok({ cancelled: true as const });
      return catalogues.preview(path);
    },
    isTrustedSender,
  );
  registerApiMethod(registrar, 'keepCatalogueImport', ({ token }) => catalogues.keep(token), isTrustedSender);
  registerApiMethod(registrar, 'removeCatalogue', ({ catalogueId }) => catalogues.remove(catalogueId), isTrustedSender);
}
