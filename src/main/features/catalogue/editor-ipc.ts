import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import type { FeatureContext } from '../../session/services';

/** The catalogue editor: new catalogues, copies, renaming, editing under a lock, drafts, imports to correct. */
export function registerCatalogueEditorIpc(
  registrar: IpcRegistrar,
  context: FeatureContext,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  const { catalogues, catalogueEditing: editing } = context.services;

  registerApiMethod(
    registrar,
    'getCatalogueImport',
    ({ token, zoneAnswers }) => catalogues.pending(token, zoneAnswers),
    isTrustedSender,
  );
  registerApiMethod(registrar, 'createCatalogue', ({ title }) => editing.create(title), isTrustedSender);
  registerApiMethod(
    registrar,
    'duplicateCatalogue',
    ({ catalogueId, title }) => editing.duplicate(catalogueId, title),
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'renameCatalogue',
    ({ catalogueId, title }) => editing.rename(catalogueId, title),
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'openCatalogueEditor',
    ({ catalogueId, takeOver }) => editing.open(catalogueId, takeOver),
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'saveCatalogue',
    ({ catalogueId, catalogue }) => editing.save(catalogueId, catalogue),
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'writeCatalogueDraft',
    ({ catalogueId, catalogue }) => editing.writeDraft(catalogueId, catalogue),
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'closeCatalogueEditor',
    ({ catalogueId, discardDraft }) => editing.close(catalogueId, discardDraft),
    isTrustedSender,
  );
}
