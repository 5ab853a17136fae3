import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { BriefingApi, OpenedPack, PackInUse, RecoveryEntry, Settings, WhenInUse } from '../../shared/ipc/contract';
import { AboutDialog } from './app/AboutDialog';
import { AlertRegion } from './app/AlertRegion';
import { ApiContext } from './hooks/useApi';
import { CatalogueEditorHost, ExportDialog, PackOpenedNotices, RecoveryPrompt, SettingsDialog } from './app/external';
import { useCatalogueEditorShell } from './app/useCatalogueEditorShell';
import { CatalogueEditorContext } from './hooks/useCatalogueEditor';
import { Header } from './app/Header';
import { ModalTrackerContext } from './components/Modal';
import { PackInUseDialog } from './app/PackInUseDialog';
import { APP_STRINGS } from './app/strings';
import { type UnsavedChoice, UnsavedChangesDialog } from './app/UnsavedChangesDialog';
import { Workspace } from './app/Workspace';
import { AlertsContext, useAlertList } from './hooks/useAlerts';
import { type AppCommand, useCommandKeys } from './hooks/useCommandKeys';
import { useDocumentCommands } from './hooks/useDocumentCommands';
import { useDocumentSync } from './hooks/useDocumentSync';
import { useLatest } from './hooks/useLatest';
import { UiLanguageContext, resolveUiLanguage, uiDirection } from './i18n';
import { type OpenDocument, canRedo, canUndo, isDirty, packActions, packStoreReducer } from './state/pack-store';

type AppSettings = Settings & { systemLocale: string };

const fallbackSettings = (): AppSettings => ({
  interfaceLanguage: null,
  defaultMarking: 'UNCLASSIFIED',
  defaultTimeZones: [],
  defaultPaper: 'a4',
  systemLocale: typeof navigator === 'undefined' ? 'en' : navigator.language,
});

/**
 * The app: starts with the user's settings and any unsaved work left from last
 * time, then shows Catalogue | Pack | Preview for the open pack. Commands come
 * from the header, the keyboard and the application menu.
 */
export function App({ api = window.api }: { api?: BriefingApi }) {
  const { alerts, report, dismiss } = useAlertList();
  const [doc, dispatch] = useReducer(packStoreReducer, null);
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [recovery, setRecovery] = useState<RecoveryEntry[] | null>(null);
  const [startFailed, setStartFailed] = useState(false);
  const [dialog, setDialog] = useState<'export' | 'settings' | 'about' | null>(null);
  const [unsaved, setUnsaved] = useState<{ displayName: string; resolve: (choice: UnsavedChoice) => void } | null>(
    null,
  );
  const [inUse, setInUse] = useState<{ pack: PackInUse['inUse']; resolve: (choice: WhenInUse | null) => void } | null>(
    null,
  );
  /** A pack just opened that has something to say (damage it had, changes to its programme). */
  const [opened, setOpened] = useState<OpenedPack | null>(null);
  const [modalCount, setModalCount] = useState(0);
  const trackModal = useCallback((change: 1 | -1) => setModalCount((count) => count + change), []);

  const current = settings ?? fallbackSettings();
  const language = resolveUiLanguage(current.interfaceLanguage, current.systemLocale);
  const strings = APP_STRINGS[language];
  /** The file name once saved; before that the pack's title, as main's "Untitled" is not translated. */
  const documentName = useCallback(
    (open: OpenDocument) =>
      open.filePath ? open.displayName : open.pack.title.trim() || APP_STRINGS[language].untitledPack,
    [language],
  );
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = uiDirection(language);
  }, [language]);

  const askUnsaved = useCallback(
    (open: OpenDocument) =>
      new Promise<UnsavedChoice>((resolve) => setUnsaved({ displayName: documentName(open), resolve })),
    [documentName],
  );
  const askInUse = useCallback(
    (pack: PackInUse['inUse']) => new Promise<WhenInUse | null>((resolve) => setInUse({ pack, resolve })),
    [],
  );
  const onOpened = useCallback((pack: OpenedPack) => {
    const hasNews = (pack.warnings?.length ?? 0) > 0 || (pack.programmeChanges?.length ?? 0) > 0;
    setOpened(hasNews ? pack : null);
  }, []);
  const commands = useDocumentCommands({
    api,
    document: doc,
    dispatch,
    report,
    askUnsaved,
    askInUse,
    onOpened,
    messages: strings,
  });
  const dirty = useMemo(() => (doc ? isDirty(doc) : false), [doc]);
  const catalogueEditor = useCatalogueEditorShell(doc, dispatch, setOpened);
  useDocumentSync({
    api,
    pack: doc?.pack ?? null,
    filePath: doc?.filePath ?? null,
    displayName: doc?.displayName ?? '',
    dirty,
    report,
    messages: strings,
  });

  const latest = useLatest({ strings, commands });

  // Settings first (interface language), then unsaved work from last time, then a new pack.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const settingsResult = await api.getSettings({});
      if (settingsResult.ok) setSettings(settingsResult.data);
      else report(latest.current.strings.failedSettings, settingsResult);
      const recoveryResult = await api.listRecovery({});
      if (!recoveryResult.ok) report(latest.current.strings.failedRecoveryList, recoveryResult);
      // Shown when any copy is newer than its file; older copies are listed too, so they can be discarded.
      const entries = recoveryResult.ok ? recoveryResult.data : [];
      if (entries.some((entry) => entry.newerThanFile)) setRecovery(entries);
      else setStartFailed(!(await latest.current.commands.newPack()));
    })();
  }, [api, latest, report]);

  const startNew = async () => {
    setStartFailed(!(await commands.newPack()));
  };

  /** One command at a time: a second Ctrl+S while the save dialog is open does nothing. */
  const busy = useRef(false);
  const run = async (command: AppCommand) => {
    if (command.command === 'undo' || command.command === 'redo') {
      dispatch(command.command === 'undo' ? packActions.undo() : packActions.redo());
      return;
    }
    if (command.command === 'editCatalogue') {
      catalogueEditor.editCurrent();
      return;
    }
    if (command.command === 'export' || command.command === 'settings' || command.command === 'about') {
      if (command.command !== 'export' || doc) setDialog(command.command);
      return;
    }
    if (busy.current) return;
    busy.current = true;
    try {
      if (command.command === 'new')
        await commands.newPack(doc && !doc.catalogueFromPack ? doc.pack.programme.source.catalogueId : undefined);
      else if (command.command === 'open') await commands.openPack();
      else if (command.command === 'openRecent') await commands.openPack(command.filePath);
      else if (command.command === 'save') await commands.save();
      else if (command.command === 'saveAs') await commands.saveAs();
    } finally {
      busy.current = false;
    }
  };
  const switchCatalogue = (catalogueId: string | undefined) => {
    if (busy.current) return;
    busy.current = true;
    void commands.newPack(catalogueId).finally(() => {
      busy.current = false;
    });
  };

  const blocking =
    modalCount > 0 ||
    unsaved !== null ||
    inUse !== null ||
    dialog !== null ||
    recovery !== null ||
    opened !== null ||
    catalogueEditor.target !== null;
  useCommandKeys(api, (command) => void run(command), !blocking);

  const saveSettings = async (partial: Partial<Settings>) => {
    const result = await api.updateSettings(partial);
    if (!result.ok) {
      report(strings.failedSettingsSave, result);
      return;
    }
    setSettings({ ...result.data, systemLocale: current.systemLocale });
    setDialog(null);
  };

  const discardRecoveryEntry = async (id: string) => {
    if (!(await commands.discardRecovery(id))) return;
    const rest = (recovery ?? []).filter((entry) => entry.id !== id);
    setRecovery(rest.length > 0 ? rest : null);
    if (rest.length === 0) await startNew();
  };

  return (
    <ApiContext.Provider value={api}>
      <UiLanguageContext.Provider value={language}>
        <AlertsContext.Provider value={report}>
          <ModalTrackerContext.Provider value={trackModal}>
            <div className="app" inert={blocking}>
              <Header
                title={doc?.pack.title ?? ''}
                fileName={doc ? (doc.filePath ? doc.displayName : strings.notSavedYet) : ''}
                dirty={dirty}
                hasDocument={doc !== null}
                canUndo={canUndo(doc)}
                canRedo={canRedo(doc)}
                onCommand={(command) => void run(command)}
              />
              <AlertRegion alerts={alerts} onDismiss={dismiss} />
              {doc ? (
                <CatalogueEditorContext.Provider value={catalogueEditor.launcher}>
                  <Workspace document={doc} dispatch={dispatch} onSwitchCatalogue={switchCatalogue} />
                </CatalogueEditorContext.Provider>
              ) : (
                <main className="workspace-empty">
                  {startFailed ? (
                    <button type="button" className="button-primary" onClick={() => void startNew()}>
                      {strings.tryAgain}
                    </button>
                  ) : recovery ? null : (
                    <p role="status">{strings.starting}</p>
                  )}
                </main>
              )}
            </div>
            {recovery ? (
              <RecoveryPrompt
                entries={recovery}
                onRestore={(id) =>
                  void commands.restoreRecovery(id).then((restored) => {
                    if (restored) setRecovery(null);
                  })
                }
                onDiscard={(id) => void discardRecoveryEntry(id)}
                onDismiss={() => {
                  setRecovery(null);
                  void startNew();
                }}
              />
            ) : null}
            {unsaved ? (
              <UnsavedChangesDialog
                displayName={unsaved.displayName}
                onChoose={(choice) => {
                  setUnsaved(null);
                  unsaved.resolve(choice);
                }}
              />
            ) : null}
            {inUse ? (
              <PackInUseDialog
                displayName={inUse.pack.displayName}
                detail={inUse.pack.message}
                onChoose={(choice) => {
                  setInUse(null);
                  inUse.resolve(choice);
                }}
              />
            ) : null}
            {doc ? (
              <ExportDialog
                open={dialog === 'export'}
                pack={doc.pack}
                catalogue={doc.catalogue}
                api={api}
                onClose={() => setDialog(null)}
                onKindChange={(kind) => dispatch(packActions.setKind(kind))}
              />
            ) : null}
            <SettingsDialog
              open={dialog === 'settings'}
              settings={current}
              onSave={(partial) => void saveSettings(partial)}
              onClose={() => setDialog(null)}
            />
            {dialog === 'about' ? <AboutDialog onClose={() => setDialog(null)} /> : null}
            <PackOpenedNotices
              opened={opened}
              fileName={doc ? documentName(doc) : ''}
              dispatch={dispatch}
              onDone={() => setOpened(null)}
            />
            <CatalogueEditorHost
              target={catalogueEditor.target}
              packZones={doc?.pack.timeZones ?? []}
              onChanged={catalogueEditor.onChanged}
              onTarget={catalogueEditor.setTarget}
            />
          </ModalTrackerContext.Provider>
        </AlertsContext.Provider>
      </UiLanguageContext.Provider>
    </ApiContext.Provider>
  );
}
