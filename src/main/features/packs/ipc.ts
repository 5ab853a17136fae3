import { basename, dirname, isAbsolute, resolve } from 'node:path';
import type { OpenedPack } from '../../../shared/ipc/contract';
import { type Pack, createDefaultPack, serialisePack } from '../../../shared/pack';
import type { Language } from '../../../shared/catalogue/schema';
import { nativeDialogText } from '../../../shared/i18n/native-dialogs';
import { aboutFile, err, ok } from '../../../shared/result';
import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import { writeFileAtomic } from '../../services/files/atomic-write';
import { safeFileName, withExtension } from '../../services/files/file-names';
import { describeFsError } from '../../services/files/fs-errors';
import { writeProblem } from '../../ipc/file-problems';
import { UNTITLED } from '../../session/document-state';
import { confirmReplacing, interfaceLanguage } from '../../session/replace-guard';
import type { FeatureContext } from '../../session/services';
import { BUILTIN_CATALOGUE_ID } from '../../services/catalogue-store';
import { localIsoDate } from '../../services/user-data';
import { loadPackForUse } from './load';

export const PACK_EXTENSION = '.briefpack';
const packFilters = (language: Language) => [
  { name: nativeDialogText(language, 'briefingPacks'), extensions: ['briefpack'] },
];
/** The code of "this pack is open in another window or instance" on save (open answers `inUse` instead). */
export const PACK_IN_USE_SAVE_CODE = 'pack-in-use' as const;

/** Pack files: new, open (dialog or a path main gave out), save / save as (atomic), recent files, document state. */
export function registerPackIpc(
  registrar: IpcRegistrar,
  context: FeatureContext,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  const { catalogues, settings, recent, files, documentState, saveOutcomes, packLocks } = context.services;

  /** A path the renderer sends back is only trusted when main offered it first. */
  async function isKnownPackPath(path: string): Promise<boolean> {
    if (!isAbsolute(path)) return false;
    if (files.isAllowedPack(path)) return true;
    return (await recent.list()).some((entry) => resolve(entry.filePath) === resolve(path));
  }

  async function remember(path: string): Promise<void> {
    files.allowPack(path);
    try {
      await recent.add(path);
    } catch (error) {
      // The recent list is a convenience: failing to update it must not fail the open or save.
      console.warn(`[packs] the recent list could not be updated: ${describeFsError(error)}`);
    }
  }

  registerApiMethod(
    registrar,
    'newPack',
    async ({ catalogueId }) => {
      const catalogue = await catalogues.get(catalogueId);
      if (!catalogue.ok) return catalogue;
      const defaults = await settings.get();
      const pack: Pack = createDefaultPack(catalogue.data, {
        today: localIsoDate(context.now()),
        marking: defaults.defaultMarking,
        timeZones: defaults.defaultTimeZones,
        paper: defaults.defaultPaper,
        catalogueId: catalogueId ?? BUILTIN_CATALOGUE_ID,
        // A new pack starts empty: choosing its seminars is the user's first step.
        seminarIds: [],
      });
      // The previous pack of this window is closed: its lock goes.
      await packLocks.switchTo(null);
      return ok({ pack, filePath: null, displayName: UNTITLED, sourceAvailable: true } satisfies OpenedPack);
    },
    isTrustedSender,
  );

  registerApiMethod(
    registrar,
    'openPack',
    async ({ filePath, whenInUse }) => {
      let path: string;
      if (filePath !== undefined) {
        if (!(await isKnownPackPath(filePath)))
          return aboutFile(
            err(
              'invalid-request',
              `${basename(filePath)} was not opened or saved in this app before; use Open… to choose it.`,
            ),
            basename(filePath),
          );
        path = resolve(filePath);
      } else {
        const language = await interfaceLanguage(settings, context.systemLocale);
        const chosen = await context.dialogs.chooseFileToOpen({
          title: nativeDialogText(language, 'openPack'),
          filters: packFilters(language),
        });
        if (chosen === null) return ok({ cancelled: true as const });
        path = resolve(chosen);
      }
      const readOnly = whenInUse === 'readOnly';
      if (!readOnly) {
        // One writer per pack: another window or a live instance having it open is the user's call.
        const claimed = await packLocks.claim(path, whenInUse === 'openAnyway' ? 'takeOver' : 'normal');
        if (!claimed.ok) {
          files.allowPack(path); // the user chose it: it may come back with whenInUse
          return ok({ inUse: { filePath: path, displayName: basename(path), message: claimed.message } });
        }
      }
      const loaded = await loadPackForUse(path, catalogues, localIsoDate(context.now()));
      if (!loaded.ok) {
        if (!readOnly) await packLocks.abandon(path);
        return loaded;
      }
      // Read-only: the window lets its previous pack (and lock) go, and holds none for this one.
      await packLocks.switchTo(readOnly ? null : path);
      files.setReadOnly(path, readOnly);
      await remember(path);
      const { pack, source, warnings, programmeChanges } = loaded.data;
      const opened: OpenedPack = {
        pack,
        filePath: path,
        displayName: basename(path),
        sourceAvailable: source !== undefined,
        warnings,
        programmeChanges,
      };
      return ok(readOnly ? { ...opened, readOnly: true } : opened);
    },
    isTrustedSender,
  );

  registerApiMethod(
    registrar,
    'savePack',
    async ({ pack, filePath, saveAs }) => {
      let target: string;
      const known = filePath !== null && (await isKnownPackPath(filePath));
      // A pack opened read-only is never written by Save: it goes to Save As.
      const readOnly = filePath !== null && files.isReadOnly(filePath);
      if (!saveAs && !readOnly && known && filePath !== null) {
        target = resolve(filePath);
      } else {
        const language = await interfaceLanguage(settings, context.systemLocale);
        const chosen = await context.dialogs.chooseFileToSave({
          title: nativeDialogText(language, saveAs || readOnly ? 'savePackAs' : 'savePack'),
          defaultPath:
            known && filePath !== null ? filePath : `${safeFileName(pack.title, 'Briefing pack')}${PACK_EXTENSION}`,
          filters: packFilters(language),
        });
        if (chosen === null) {
          saveOutcomes.emit('cancelled');
          return ok({ cancelled: true as const });
        }
        target = withExtension(resolve(chosen), PACK_EXTENSION);
        // "notes" became "notes.briefpack" after the dialog checked "notes": ask about the final name.
        if (!(await confirmReplacing(context.dialogs, language, chosen, [target]))) {
          saveOutcomes.emit('cancelled');
          return ok({ cancelled: true as const });
        }
      }
      // Saving to a pack another window or a live instance has open would make two writers.
      const claimed = await packLocks.claim(target);
      if (!claimed.ok) {
        saveOutcomes.emit('failed');
        return aboutFile(
          err(PACK_IN_USE_SAVE_CODE, `${claimed.message} Your changes are still open.`),
          basename(target),
        );
      }
      try {
        await writeFileAtomic(target, Buffer.from(serialisePack(pack), 'utf8'));
      } catch (error) {
        await packLocks.abandon(target);
        saveOutcomes.emit('failed');
        return aboutFile(
          err(
            'write-failed',
            `${basename(target)} could not be saved in ${dirname(target)}: ${describeFsError(error)}. Your changes are still open.`,
          ),
          basename(target),
          writeProblem(error),
        );
      }
      await packLocks.switchTo(target);
      files.setReadOnly(target, false);
      files.markProduced(target);
      await remember(target);
      saveOutcomes.emit('saved');
      return ok({ filePath: target, displayName: basename(target) });
    },
    isTrustedSender,
  );

  registerApiMethod(registrar, 'listRecentPacks', async () => ok(await recent.list()), isTrustedSender);

  registerApiMethod(
    registrar,
    'setDocumentState',
    async (state) => {
      documentState.set({
        displayName: state.displayName,
        dirty: state.dirty,
        filePath: state.filePath !== null && files.isAllowedPack(state.filePath) ? resolve(state.filePath) : null,
      });
      return ok({});
    },
    isTrustedSender,
  );
}
