import { useMemo } from 'react';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import type { Pack } from '../../../../shared/pack/schema';
import { useStrings } from '../../i18n';
import type { BuilderPort } from './preview-builder';
import { previewModel } from './previewModel';
import { Sheets, sectionBlockCount } from './PreviewSheets';
import { PREVIEW_STRINGS } from './strings';
import { createPreviewWorker, usePreviewDocument } from './usePreviewDocument';
import { useProgressiveMount } from './useProgressiveMount';
import './preview.css';

export interface PreviewPaneProps {
  pack: Pack;
  catalogue: Catalogue;
  /** Starts the builder thread; null builds in the page. Tests pass their own. */
  createBuilder?: (() => BuilderPort) | null;
}

/**
 * A live, read-only, page-like preview built from the same document model as the
 * export. The model is rebuilt after each change off the page's main thread (see
 * usePreviewDocument), so typing in an editor stays responsive and the sheets
 * follow a moment later, re-rendering only what changed.
 */
export function PreviewPane({ pack, catalogue, createBuilder = createPreviewWorker }: PreviewPaneProps) {
  const t = useStrings(PREVIEW_STRINGS);
  const { document, generation, pack: shownPack, current } = usePreviewDocument(pack, catalogue, createBuilder);
  const model = useMemo(() => (document ? previewModel(document) : null), [document]);
  const total = useMemo(() => (model ? sectionBlockCount(model) : 0), [model]);
  const liveBlocks = useProgressiveMount(total, generation);
  const stale = !current || model === null || liveBlocks < total;

  return (
    <section className="preview" aria-label={t('preview')} aria-busy={stale} tabIndex={0}>
      <div className="preview-status">
        {model ? (
          <span className="preview-paper">
            {t(model.paper === 'letter' ? 'paperLetter' : model.paper === 'a5' ? 'paperA5' : 'paperA4')}
          </span>
        ) : null}
        <span role="status" className={stale ? 'preview-updating' : 'visually-hidden'}>
          {stale ? t('updating') : t('upToDate')}
        </span>
      </div>
      {shownPack?.seminarIds.length === 0 && <p className="preview-note">{t('noSeminars')}</p>}
      {model === null ? null : model.sheets.length === 0 ? (
        <p className="preview-note">{t('nothingToShow')}</p>
      ) : (
        <Sheets model={model} liveBlocks={liveBlocks} />
      )}
    </section>
  );
}
