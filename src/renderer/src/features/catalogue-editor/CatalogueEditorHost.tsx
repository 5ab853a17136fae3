import { useEffect, useState } from 'react';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import type { CatalogueEditorSession } from '../../../../shared/ipc/contract';
import type { Err } from '../../../../shared/result';
import { Modal } from '../../components/Modal';
import { useApi } from '../../hooks/useApi';
import { uiLocale, useStrings, useUiLanguage } from '../../i18n';
import { describeError } from '../../i18n/errors';
import { CatalogueEditor, type EditorMode } from './CatalogueEditor';
import { CatalogueManager } from './CatalogueManager';
import { EDITOR_STRINGS } from './strings';
import type { CatalogueChange, EditorTarget } from './types';
import './catalogue-editor.css';

interface HostProps {
  target: EditorTarget | null;
  /** The open pack's zones, shown beside times as they are typed. */
  packZones: string[];
  onChanged: (change: CatalogueChange) => void;
  /** Opens another view (from the list of catalogues to one of them). */
  onTarget: (target: EditorTarget | null) => void;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'in-use'; catalogueId: string; title: string }
  | {
      kind: 'draft';
      catalogueId: string;
      session: CatalogueEditorSession & { draft: NonNullable<CatalogueEditorSession['draft']> };
    }
  | { kind: 'editing'; mode: EditorMode; catalogue: Catalogue; unsaved: boolean };

/**
 * The catalogue editor's way in: the list of catalogues, opening one for
 * editing (its lock, a draft left by a crash), or an import to correct.
 */
export function CatalogueEditorHost(props: HostProps) {
  const { target } = props;
  if (!target) return null;
  // A view of its own for each target, starting afresh.
  const key =
    target.kind === 'edit'
      ? `edit:${target.catalogueId}`
      : target.kind === 'import'
        ? `import:${target.preview.token}`
        : 'manage';
  return <HostView key={key} {...props} target={target} />;
}

function HostView({ target, packZones, onChanged, onTarget }: HostProps & { target: EditorTarget }) {
  const t = useStrings(EDITOR_STRINGS);
  const language = useUiLanguage();
  const api = useApi();
  const [stage, setStage] = useState<Stage>({ kind: target.kind === 'manage' ? 'idle' : 'loading' });
  const describe = (summary: string, error: Err) => `${summary} ${describeError(language, error)}`;

  const opened = (catalogueId: string, result: Awaited<ReturnType<typeof api.openCatalogueEditor>>) => {
    if (!result.ok) return setStage({ kind: 'failed', message: describe(t('failedOpen'), result) });
    const session = result.data;
    if ('inUse' in session) return setStage({ kind: 'in-use', catalogueId, title: session.inUse.title });
    if (session.draft) return setStage({ kind: 'draft', catalogueId, session: { ...session, draft: session.draft } });
    setStage({
      kind: 'editing',
      mode: { kind: 'catalogue', catalogueId },
      catalogue: session.catalogue,
      unsaved: false,
    });
  };
  const open = (catalogueId: string, takeOver = false) =>
    api
      .openCatalogueEditor(takeOver ? { catalogueId, takeOver } : { catalogueId })
      .then((result) => opened(catalogueId, result));

  useEffect(() => {
    if (target.kind === 'manage') return;
    if (target.kind === 'edit') {
      const { catalogueId } = target;
      void api.openCatalogueEditor({ catalogueId }).then((result) => opened(catalogueId, result));
      return;
    }
    const { token } = target.preview;
    const request = target.zoneAnswers ? { token, zoneAnswers: { ...target.zoneAnswers } } : { token };
    void api.getCatalogueImport(request).then((result) => {
      if (!result.ok) return setStage({ kind: 'failed', message: describe(t('failedOpen'), result) });
      setStage({
        kind: 'editing',
        mode: { kind: 'import', preview: target.preview },
        catalogue: result.data.catalogue,
        unsaved: true,
      });
    });
    // Opened once per target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  if (target.kind === 'manage')
    return (
      <CatalogueManager
        focus={target.focus}
        onChanged={onChanged}
        onEdit={(id) => onTarget({ kind: 'edit', catalogueId: id })}
        onClose={() => onTarget(null)}
      />
    );

  const close = async (catalogueId: string | undefined, discardDraft: boolean) => {
    if (catalogueId) await api.closeCatalogueEditor({ catalogueId, discardDraft });
    setStage({ kind: 'idle' });
    onTarget(null);
  };

  switch (stage.kind) {
    case 'idle':
    case 'loading':
      return null;
    case 'failed':
      return (
        <Modal
          title={t('failedOpen')}
          onCancel={() => onTarget(null)}
          footer={
            <button type="button" className="button" onClick={() => onTarget(null)}>
              {t('close')}
            </button>
          }
        >
          <p role="alert">{stage.message}</p>
        </Modal>
      );
    case 'in-use':
      return (
        <Modal
          title={t('inUse', { title: stage.title })}
          onCancel={() => onTarget(null)}
          footer={
            <>
              <button type="button" className="button" onClick={() => void open(stage.catalogueId, true)}>
                {t('editAnyway')}
              </button>
              <button type="button" className="button button-primary" onClick={() => onTarget(null)}>
                {t('cancel')}
              </button>
            </>
          }
        >
          <p>{t('inUse', { title: stage.title })}</p>
        </Modal>
      );
    case 'draft': {
      const when = new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(stage.session.draft.savedAt),
      );
      const begin = (catalogue: Catalogue, unsaved: boolean) =>
        setStage({ kind: 'editing', mode: { kind: 'catalogue', catalogueId: stage.catalogueId }, catalogue, unsaved });
      return (
        <Modal
          title={stage.session.entry.title}
          onCancel={() => begin(stage.session.catalogue, false)}
          footer={
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => begin(stage.session.draft.catalogue, true)}
              >
                {t('restoreDraft')}
              </button>
              <button type="button" className="button" onClick={() => begin(stage.session.catalogue, false)}>
                {t('discardDraft')}
              </button>
            </>
          }
        >
          <p>{t('draftFound', { time: when })}</p>
        </Modal>
      );
    }
    case 'editing':
      return (
        <CatalogueEditor
          mode={stage.mode}
          catalogue={stage.catalogue}
          unsaved={stage.unsaved}
          packZones={packZones}
          onChanged={onChanged}
          onClose={(discardDraft) =>
            void close(stage.mode.kind === 'catalogue' ? stage.mode.catalogueId : undefined, discardDraft)
          }
        />
      );
  }
}
