import { type Dispatch, useCallback, useMemo } from 'react';
import type { BriefingApi, OpenedPack, PackInUse, WhenInUse } from '../../../shared/ipc/contract';
import { BUILTIN_CATALOGUE_ID, snapshotAsCatalogue } from '../../../shared/pack/programme';
import { fillPlaceholders } from '../i18n';
import { type OpenDocument, type PackAction, isDirty, packActions } from '../state/pack-store';
import type { ErrorToDescribe } from '../i18n/errors';
import { useLatest } from './useLatest';

/** The answer to "Save the changes you made?". */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** What failed (in the interface language) for each command, filled by the caller. */
export interface CommandMessages {
  failedNew: string;
  failedOpen: string;
  failedSave: string;
  failedCatalogue: string;
  failedRestore: string;
  failedDiscard: string;
  /** "{name} is open read-only…", shown when a pack is opened read-only. */
  openedReadOnly: string;
}

interface DocumentCommandOptions {
  api: BriefingApi;
  document: OpenDocument | null;
  dispatch: Dispatch<PackAction>;
  report: (summary: string, detail?: string | ErrorToDescribe) => void;
  /** Asks Save / Don't save / Cancel about the open pack. */
  askUnsaved: (document: OpenDocument) => Promise<UnsavedChoice>;
  /** The pack is open in another window or instance: Open anyway, Open read-only, or Cancel (null). */
  askInUse: (inUse: PackInUse['inUse']) => Promise<WhenInUse | null>;
  /**
   * Told about a pack that was just opened: what a damaged file lost, and how
   * the programme changed since the pack was made (the caller offers to take it).
   */
  onOpened?: (opened: OpenedPack) => void;
  messages: CommandMessages;
}

export interface DocumentCommands {
  /** A new pack (of the given catalogue, the built-in one by default); asks first about unsaved changes. */
  newPack: (catalogueId?: string) => Promise<boolean>;
  /** An open dialog, or the given file (recent files); asks first about unsaved changes. */
  openPack: (filePath?: string) => Promise<boolean>;
  save: () => Promise<boolean>;
  saveAs: () => Promise<boolean>;
  restoreRecovery: (id: string) => Promise<boolean>;
  discardRecovery: (id: string) => Promise<boolean>;
}

/**
 * New, open, save, save as and recovery, each through window.api. Errors are
 * reported and the open pack is left as it was, so nothing typed is lost.
 */
export function useDocumentCommands(options: DocumentCommandOptions): DocumentCommands {
  const latest = useLatest(options);
  const { api, dispatch } = options;

  const report = useCallback(
    (key: keyof CommandMessages, detail?: ErrorToDescribe) =>
      latest.current.report(latest.current.messages[key], detail),
    [latest],
  );

  const loadOpened = useCallback(
    async (opened: OpenedPack, unsaved = false): Promise<boolean> => {
      const catalogueId = opened.pack.programme.source.catalogueId;
      if (opened.sourceAvailable === false) {
        // The catalogue it came from is not on this computer: the programme the pack carries is all there is.
        dispatch(packActions.loaded(opened, snapshotAsCatalogue(opened.pack.programme), unsaved, true));
        latest.current.onOpened?.(opened);
        return true;
      }
      // The open catalogue is used again as it is when it is the same, so a large one is not copied over
      // once more and its search and preview stay ready (main replaces a catalogue's object when it changes).
      const open = latest.current.document;
      if (open && !open.catalogueFromPack && open.pack.programme.source.catalogueId === catalogueId) {
        dispatch(packActions.loaded(opened, open.catalogue, unsaved));
        latest.current.onOpened?.(opened);
        return true;
      }
      const catalogue = await api.getCatalogue(catalogueId === BUILTIN_CATALOGUE_ID ? {} : { catalogueId });
      if (!catalogue.ok) {
        report('failedCatalogue', catalogue);
        return false;
      }
      dispatch(packActions.loaded(opened, catalogue.data, unsaved));
      latest.current.onOpened?.(opened);
      return true;
    },
    [api, dispatch, latest, report],
  );

  const save = useCallback(
    async (saveAs: boolean): Promise<boolean> => {
      const document = latest.current.document;
      if (!document) return false;
      const { pack } = document;
      const result = await api.savePack({ pack, filePath: document.filePath, saveAs });
      if (!result.ok) {
        report('failedSave', result);
        return false;
      }
      if ('cancelled' in result.data) return false;
      // The pack as written: edits made while the dialog was open stay unsaved.
      dispatch(packActions.saved(result.data.filePath, result.data.displayName, pack));
      const discarded = await api.discardRecovery({});
      if (!discarded.ok) report('failedDiscard', discarded);
      return true;
    },
    [api, dispatch, latest, report],
  );

  /** True when the open pack may be replaced: nothing unsaved, saved now, or the user chose not to save. */
  const confirmReplace = useCallback(async (): Promise<boolean> => {
    const document = latest.current.document;
    if (!document || !isDirty(document)) return true;
    const choice = await latest.current.askUnsaved(document);
    if (choice === 'cancel') return false;
    if (choice === 'save') return save(false);
    return true;
  }, [latest, save]);

  /** After the open pack was replaced: this session's recovery copy belonged to the old one. */
  const forgetSessionCopy = useCallback(async () => {
    const discarded = await api.discardRecovery({});
    if (!discarded.ok) report('failedDiscard', discarded);
  }, [api, report]);

  const newPack = useCallback(
    async (catalogueId?: string): Promise<boolean> => {
      const hadDocument = latest.current.document !== null;
      if (!(await confirmReplace())) return false;
      const result = await api.newPack(catalogueId ? { catalogueId } : {});
      if (!result.ok) {
        report('failedNew', result);
        return false;
      }
      const loaded = await loadOpened(result.data);
      if (loaded && hadDocument) await forgetSessionCopy();
      return loaded;
    },
    [api, confirmReplace, forgetSessionCopy, latest, loadOpened, report],
  );

  const openPack = useCallback(
    async (filePath?: string): Promise<boolean> => {
      if (!(await confirmReplace())) return false;
      let result = await api.openPack(filePath ? { filePath } : {});
      if (result.ok && 'inUse' in result.data) {
        const inUse = result.data.inUse;
        const whenInUse = await latest.current.askInUse(inUse);
        if (whenInUse === null) return false;
        result = await api.openPack({ filePath: inUse.filePath, whenInUse });
      }
      if (!result.ok) {
        report('failedOpen', result);
        return false;
      }
      if ('cancelled' in result.data || 'inUse' in result.data) return false;
      const opened = result.data;
      const loaded = await loadOpened(opened);
      if (loaded) await forgetSessionCopy();
      if (loaded && opened.readOnly)
        latest.current.report(fillPlaceholders(latest.current.messages.openedReadOnly, { name: opened.displayName }));
      return loaded;
    },
    [api, confirmReplace, forgetSessionCopy, latest, loadOpened, report],
  );

  /** Main takes the copy over as this session's own, so it survives another crash before the next edit. */
  const restoreRecovery = useCallback(
    async (id: string): Promise<boolean> => {
      const result = await api.restoreRecovery({ id });
      if (!result.ok) {
        report('failedRestore', result);
        return false;
      }
      // Not in its file (if it has one): unsaved until the user saves it.
      return loadOpened(result.data, true);
    },
    [api, loadOpened, report],
  );

  const discardRecovery = useCallback(
    async (id: string): Promise<boolean> => {
      const result = await api.discardRecovery({ id });
      if (!result.ok) report('failedDiscard', result);
      return result.ok;
    },
    [api, report],
  );

  return useMemo(
    () => ({
      newPack,
      openPack,
      save: () => save(false),
      saveAs: () => save(true),
      restoreRecovery,
      discardRecovery,
    }),
    [newPack, openPack, save, restoreRecovery, discardRecovery],
  );
}
