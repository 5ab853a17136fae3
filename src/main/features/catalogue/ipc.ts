import { summariseSeminars } from '../../../shared/catalogue/summary';
import { basename } from 'node:path';
import type { Language } from '../../../shared/catalogue/schema';
import { nativeDialogText } from '../../../shared/i18n/native-dialogs';
import { validateCatalogue } from '../../../shared/catalogue/validate';
import { aboutFile, err, ok } from '../../../shared/result';
import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import { interfaceLanguage } from '../../session/replace-guard';
import type { FeatureContext } from '../../session/services';
import { registerCatalogueEditorIpc } from './editor-ipc';

/**
 * The open dialog's filters: every kind the importer reads. They only help the user find the file; the
 * importer picks the reader from the content, so "All files" is offered too.
 */
export const catalogueImportFilters = (language: Language) => [
  {
    name: nativeDialogText(language, 'programmesAndCatalogues'),
    extensions: ['txt', 'text', 'html', 'htm', 'ics', 'ical', 'xml', 'json', 'csv'],
  },
  { name: nativeDialogText(language, 'programmeText'), extensions: ['txt', 'text'] },
  { name: nativeDialogText(language, 'webPage'), extensions: ['html', 'htm'] },
  { name: nativeDialogText(language, 'calendarFile'), extensions: ['ics', 'ical'] },
  { name: nativeDialogText(language, 'scheduleFile'), extensions: ['xml', 'json'] },
  { name: nativeDialogText(language, 'spreadsheetCsv'), extensions: ['csv'] },
  { name: nativeDialogText(language, 'catalogueFile'), extensions: ['json'] },
  { name: nativeDialogText(language, 'allFiles'), extensions: ['*'] },
];

/** Catalogue feature: the built-in catalogue, catalogues imported from any programme file or JSON, their seminars. */
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
    async ({ jobId }) => {
      const language = await interfaceLanguage(context.services.settings, context.systemLocale);
      const path = await context.dialogs.chooseFileToOpen({
        title: nativeDialogText(language, 'importProgramme'),
        filters: catalogueImportFilters(language),
      });
      if (path === null) return ok({ cancelled: true as const });
      // Off the main thread; repeats of the same progress are not sent again.
      let last = '';
      const preview = await catalogues.preview(path, ({ stage, fraction }) => {
        const rounded = Math.round(fraction * 100) / 100;
        if (jobId === undefined || `${stage}:${rounded}` === last) return;
        last = `${stage}:${rounded}`;
        context.events.send('importProgress', { jobId, stage, fraction: rounded });
      });
      return preview.ok ? preview : aboutFile(preview, basename(path));
    },
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'keepCatalogueImport',
    async ({ token, zoneAnswers, catalogue }) => {
      if (catalogue === undefined) return catalogues.keep(token, zoneAnswers);
      // Corrected in the editor: checked whole, like any catalogue that is kept.
      const checked = validateCatalogue(catalogue);
      if (!checked.ok) return err('invalid-catalogue', checked.message, checked.problems);
      return catalogues.keep(token, zoneAnswers, checked.data);
    },
    isTrustedSender,
  );
  registerApiMethod(
    registrar,
    'removeCatalogue',
    ({ catalogueId }) => context.services.catalogueEditing.remove(catalogueId),
    isTrustedSender,
  );
  registerCatalogueEditorIpc(registrar, context, isTrustedSender);
}
