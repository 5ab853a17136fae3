import { useCallback, useEffect, useId, useState } from 'react';
import type { CatalogueEntry } from '../../../../shared/ipc/contract';
import type { Err } from '../../../../shared/result';
import { Modal } from '../../components/Modal';
import { useApi } from '../../hooks/useApi';
import { useStrings, useUiLanguage } from '../../i18n';
import { describeError } from '../../i18n/errors';
import { EditorStatus } from './EditorStatus';
import { EDITOR_STRINGS } from './strings';
import type { CatalogueChange } from './types';

const BUILTIN = 'builtin';

type Naming = { kind: 'new' } | { kind: 'copy'; entry: CatalogueEntry } | { kind: 'rename'; entry: CatalogueEntry };

interface ManagerProps {
  /** The catalogue to start from (the open pack's). */
  focus?: string;
  onChanged: (change: CatalogueChange) => void;
  onEdit: (catalogueId: string) => void;
  onClose: () => void;
}

/** The catalogues in the app: a new one, a copy of any (the built-in one too), rename, delete, edit. */
export function CatalogueManager({ focus, onChanged, onEdit, onClose }: ManagerProps) {
  const t = useStrings(EDITOR_STRINGS);
  const language = useUiLanguage();
  const api = useApi();
  const id = `cm${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const [entries, setEntries] = useState<CatalogueEntry[]>([]);
  const [naming, setNaming] = useState<Naming | null>(null);
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<CatalogueEntry | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const fail = (error: Err) => setFailure(`${t('failedAction')} ${describeError(language, error)}`);
  const refresh = useCallback(async () => {
    const result = await api.listCatalogues({});
    if (result.ok) setEntries(result.data);
  }, [api]);
  useEffect(() => {
    let cancelled = false;
    void api.listCatalogues({}).then((result) => {
      if (!cancelled && result.ok) setEntries(result.data);
    });
    return () => {
      cancelled = true;
    };
  }, [api]);
  useEffect(() => {
    if (entries.length === 0) return;
    document.getElementById(`${id}-${focus === BUILTIN ? 'duplicate' : 'edit'}-${focus ?? BUILTIN}`)?.focus();
    // Once the list is first shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entries.length > 0]);

  const titleOf = (entry: CatalogueEntry) => entry.title || entry.id;
  const startNaming = (next: Naming) => {
    setNaming(next);
    setFailure(null);
    setName(
      next.kind === 'copy'
        ? t('copyOf', { title: titleOf(next.entry) })
        : next.kind === 'rename'
          ? titleOf(next.entry)
          : '',
    );
  };

  const submitName = async () => {
    if (!naming || name.trim() === '') return document.getElementById(`${id}-name`)?.focus();
    const result =
      naming.kind === 'new'
        ? await api.createCatalogue({ title: name })
        : naming.kind === 'copy'
          ? await api.duplicateCatalogue({ catalogueId: naming.entry.id, title: name })
          : await api.renameCatalogue({ catalogueId: naming.entry.id, title: name });
    if (!result.ok) return fail(result);
    setNaming(null);
    await refresh();
    onChanged({ kind: naming.kind === 'rename' ? 'renamed' : 'created', entry: result.data });
    // A new catalogue or a copy is there to be edited.
    if (naming.kind === 'rename') setMessage(result.data.title);
    else onEdit(result.data.id);
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    const gone = deleting;
    setDeleting(null);
    const result = await api.removeCatalogue({ catalogueId: gone.id });
    if (!result.ok) return fail(result);
    setMessage(t('deleted', { title: titleOf(gone) }));
    await refresh();
    onChanged({ kind: 'removed', catalogueId: gone.id });
    document.getElementById(`${id}-new`)?.focus();
  };

  const tag = (entry: CatalogueEntry) =>
    t(entry.source === 'builtin' ? 'builtinTag' : entry.source === 'own' ? 'ownTag' : 'importedTag');

  return (
    <Modal
      title={t('managerTitle')}
      onCancel={onClose}
      className="catalogue-manager"
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      {focus === BUILTIN ? <p>{t('builtinReadOnly')}</p> : null}
      <EditorStatus failure={failure} message={message} />
      <ul className="manager-list">
        {entries.map((entry) => {
          const named = titleOf(entry);
          return (
            <li key={entry.id}>
              <span className="manager-title" dir="auto">
                {named}
              </span>
              <span className="manager-meta">
                {tag(entry)} · {t('seminarCount', { count: entry.seminarCount })}
              </span>
              <span className="manager-actions">
                {entry.id !== BUILTIN ? (
                  <button
                    id={`${id}-edit-${entry.id}`}
                    type="button"
                    aria-label={t('editNamed', { title: named })}
                    onClick={() => onEdit(entry.id)}
                  >
                    {t('edit')}
                  </button>
                ) : null}
                <button
                  id={`${id}-duplicate-${entry.id}`}
                  type="button"
                  aria-label={t('duplicateNamed', { title: named })}
                  onClick={() => startNaming({ kind: 'copy', entry })}
                >
                  {t('duplicate')}
                </button>
                {entry.id !== BUILTIN ? (
                  <>
                    <button
                      type="button"
                      aria-label={t('renameNamed', { title: named })}
                      onClick={() => startNaming({ kind: 'rename', entry })}
                    >
                      {t('rename')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('deleteNamed', { title: named })}
                      onClick={() => setDeleting(entry)}
                    >
                      {t('delete')}
                    </button>
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {naming ? (
        <form
          className="manager-naming"
          onSubmit={(event) => {
            event.preventDefault();
            void submitName();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-name`}>
              {t(naming.kind === 'new' ? 'nameForNew' : naming.kind === 'copy' ? 'nameForCopy' : 'newName')}
            </label>
            <input
              id={`${id}-name`}
              type="text"
              dir="auto"
              autoFocus
              value={name}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.stopPropagation();
                  setNaming(null);
                }
              }}
            />
          </div>
          <button type="submit" className="button button-primary">
            {t(naming.kind === 'rename' ? 'applyRename' : 'create')}
          </button>
          <button type="button" className="button" onClick={() => setNaming(null)}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <button id={`${id}-new`} type="button" className="button" onClick={() => startNaming({ kind: 'new' })}>
          {t('newCatalogue')}
        </button>
      )}
      {deleting ? (
        <Modal
          className="catalogue-confirm"
          title={t('deleteNamed', { title: titleOf(deleting) })}
          onCancel={() => setDeleting(null)}
          footer={
            <>
              <button type="button" className="button button-danger" onClick={() => void confirmDelete()}>
                {t('deleteForGood')}
              </button>
              <button type="button" className="button" onClick={() => setDeleting(null)}>
                {t('cancel')}
              </button>
            </>
          }
        >
          <p>{t('confirmDelete', { title: titleOf(deleting) })}</p>
        </Modal>
      ) : null}
    </Modal>
  );
}
