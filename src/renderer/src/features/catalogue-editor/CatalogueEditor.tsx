import {
  type KeyboardEvent,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useState,
} from 'react';
import { findFieldProblems } from '../../../../shared/catalogue/problems';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import type { Err } from '../../../../shared/result';
import { Modal } from '../../components/Modal';
import { useApi } from '../../hooks/useApi';
import { commandForKey } from '../../hooks/useCommandKeys';
import { useStrings, useUiLanguage } from '../../i18n';
import { describeError } from '../../i18n/errors';
import { EditorProvider } from './editor-context';
import { EditorStatus } from './EditorStatus';
import { EditorTabList } from './EditorTabs';
import { ImportNotes } from './ImportNotes';
import { type CatalogueEdit } from './edits';
import { canRedoEdit, canUndoEdit, editorActions, editorReducer, initialEditorState, isUnsaved } from './editor-store';
import { PeoplePanel } from './PeoplePanel';
import { SeminarsPanel } from './SeminarsPanel';
import { EDITOR_STRINGS } from './strings';
import type { CatalogueChange, ImportPreview } from './types';

/** The editor's recovery copy is written this long after the last edit. */
export const DRAFT_DELAY_MS = 2_000;

export type EditorMode = { kind: 'catalogue'; catalogueId: string } | { kind: 'import'; preview: ImportPreview };

interface CatalogueEditorProps {
  mode: EditorMode;
  catalogue: Catalogue;
  /** A restored draft or an import: unsaved from the start. */
  unsaved: boolean;
  packZones: string[];
  onChanged: (change: CatalogueChange) => void;
  /** The editor is done; `discardDraft` when its unsaved work is not wanted. */
  onClose: (discardDraft: boolean) => void;
}

/** Seminars, sessions and people of one catalogue, with undo and redo, saved as a whole. */
export function CatalogueEditor({ mode, catalogue, unsaved, packZones, onChanged, onClose }: CatalogueEditorProps) {
  const t = useStrings(EDITOR_STRINGS);
  const language = useUiLanguage();
  const api = useApi();
  const idPrefix = `ce${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const [state, dispatch] = useReducer(editorReducer, undefined, () => initialEditorState(catalogue, unsaved));
  const [tab, setTab] = useState(mode.kind === 'import' && mode.preview.warnings.length > 0 ? 'import' : 'seminars');
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  // Checked a moment behind the typing in a large catalogue (tens of milliseconds at 5,000 seminars).
  const checked = useDeferredValue(state.catalogue);
  const problems = useMemo(() => findFieldProblems(checked), [checked]);
  const dirty = useMemo(() => isUnsaved(state), [state]);
  const edit = useCallback((change: CatalogueEdit) => dispatch(editorActions.edit(change)), []);
  const name = state.catalogue.title ?? state.catalogue.series[0]?.title ?? '';

  // A recovery copy a little after each edit, so a crash loses nothing typed (not for an import: its file remains).
  useEffect(() => {
    if (mode.kind !== 'catalogue' || !dirty) return;
    const timer = window.setTimeout(() => {
      void api.writeCatalogueDraft({ catalogueId: mode.catalogueId, catalogue: state.catalogue });
    }, DRAFT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [api, mode, dirty, state.catalogue]);

  const fail = (summary: string, error: Err) => setFailure(`${summary} ${describeError(language, error)}`);

  const save = async (): Promise<boolean> => {
    if (busy) return false;
    const now = findFieldProblems(state.catalogue);
    if (now.length > 0) {
      setMessage(t('problemsBlockSave', { count: now.length }));
      setTab(now[0]!.path.startsWith('people') ? 'people' : 'seminars');
      return false;
    }
    setBusy(true);
    setFailure(null);
    try {
      if (mode.kind === 'import') {
        const kept = await api.keepCatalogueImport({ token: mode.preview.token, catalogue: state.catalogue });
        if (!kept.ok) return (fail(t('failedSave'), kept), false);
        onChanged({ kind: 'kept', entry: kept.data });
        onClose(true);
        return true;
      }
      const saved = await api.saveCatalogue({ catalogueId: mode.catalogueId, catalogue: state.catalogue });
      if (!saved.ok) return (fail(t('failedSave'), saved), false);
      dispatch(editorActions.saved(saved.data.catalogue));
      setMessage(t('savedNotice', { title: saved.data.entry.title }));
      onChanged({ kind: 'saved', entry: saved.data.entry, catalogue: saved.data.catalogue });
      return true;
    } finally {
      setBusy(false);
    }
  };

  const requestClose = () => {
    if (dirty) setAsking(true);
    else onClose(true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const command = commandForKey(event);
    if (!command) return;
    const target = event.target as HTMLElement;
    const typing =
      target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLInputElement && !['checkbox', 'radio'].includes(target.type));
    if (command.command === 'save') {
      event.preventDefault();
      void save();
    } else if ((command.command === 'undo' || command.command === 'redo') && !typing) {
      event.preventDefault();
      dispatch(command.command === 'undo' ? editorActions.undo() : editorActions.redo());
    }
  };

  const title =
    mode.kind === 'import' ? t('importTitle', { file: mode.preview.fileName }) : t('editTitle', { title: name });
  const summary =
    mode.kind === 'import'
      ? t('importRead', {
          file: mode.preview.fileName,
          seminars: state.catalogue.seminars.length,
          people: state.catalogue.people.length,
          topics: state.catalogue.topics.length,
        })
      : '';
  const tabs = [
    { id: 'seminars', label: t('tabSeminars'), panel: <SeminarsPanel newSeminarLanguage={language} /> },
    { id: 'people', label: t('tabPeople'), panel: <PeoplePanel announce={setMessage} /> },
    ...(mode.kind === 'import'
      ? [
          {
            id: 'import',
            label: t('tabImport', { count: mode.preview.warnings.length }),
            panel: <ImportNotes summary={summary} warnings={mode.preview.warnings} />,
          },
        ]
      : []),
  ];

  return (
    <Modal
      title={title}
      onCancel={requestClose}
      className="catalogue-editor"
      footer={
        <>
          <span className="editor-status" role="status">
            {problems.length === 1
              ? t('oneProblem')
              : problems.length > 1
                ? t('problemCount', { count: problems.length })
                : dirty
                  ? t('unsaved')
                  : t('saved')}
          </span>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void save()}
            aria-disabled={busy || undefined}
          >
            {mode.kind === 'import' ? t('keepImport') : t('save')}
          </button>
          <button type="button" className="button" onClick={requestClose}>
            {t('close')}
          </button>
        </>
      }
    >
      <div className="editor-body" onKeyDown={onKeyDown}>
        <div className="editor-toolbar">
          <div className="field editor-name">
            <label htmlFor={`${idPrefix}-name`}>{t('catalogueName')}</label>
            <input
              id={`${idPrefix}-name`}
              type="text"
              dir="auto"
              value={state.catalogue.title ?? ''}
              placeholder={state.catalogue.series[0]?.title}
              onChange={(event) => edit({ type: 'setCatalogueTitle', title: event.target.value })}
            />
          </div>
          <button
            type="button"
            className="button"
            aria-disabled={!canUndoEdit(state) || undefined}
            onClick={() => dispatch(editorActions.undo())}
          >
            {t('undo')}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={!canRedoEdit(state) || undefined}
            onClick={() => dispatch(editorActions.redo())}
          >
            {t('redo')}
          </button>
          <span className="field-help editor-hint">{t('shortcutsHint')}</span>
        </div>
        <EditorStatus failure={failure} message={message} />
        {message && !failure ? <p className="editor-message">{message}</p> : null}
        <EditorProvider
          catalogue={state.catalogue}
          problems={problems}
          edit={edit}
          packZones={packZones}
          idPrefix={idPrefix}
        >
          <EditorTabList label={t('tabs')} tabs={tabs} chosen={tab} onChoose={setTab} idPrefix={idPrefix} />
        </EditorProvider>
      </div>
      {asking ? (
        <Modal
          title={t('closeQuestion', { title: name })}
          onCancel={() => setAsking(false)}
          footer={
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setAsking(false);
                  void save().then((done) => done && mode.kind === 'catalogue' && onClose(true));
                }}
              >
                {mode.kind === 'import' ? t('keepImport') : t('save')}
              </button>
              <button type="button" className="button" onClick={() => onClose(true)}>
                {t('dontSave')}
              </button>
              <button type="button" className="button" onClick={() => setAsking(false)}>
                {t('cancel')}
              </button>
            </>
          }
        >
          <p>{t('unsaved')}</p>
        </Modal>
      ) : null}
    </Modal>
  );
}
