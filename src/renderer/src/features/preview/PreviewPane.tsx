import { memo, useDeferredValue, useMemo } from 'react';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import { buildBriefingDocument } from '../../../../shared/document/build';
import type { Pack } from '../../../../shared/pack/schema';
import { useStrings, useUiLanguage } from '../../i18n';
import { BlockView, CoverView } from './PreviewBlocks';
import { type PreviewModel, type PreviewSheet, previewModel } from './previewModel';
import { PREVIEW_STRINGS } from './strings';
import './preview.css';

export interface PreviewPaneProps {
  pack: Pack;
  catalogue: Catalogue;
}

/**
 * A live, read-only, page-like preview built from the same document model as the
 * export. The model is rebuilt from a deferred copy of the pack, so typing in an
 * editor stays responsive and the sheets follow a moment later.
 */
export function PreviewPane({ pack, catalogue }: PreviewPaneProps) {
  const t = useStrings(PREVIEW_STRINGS);
  const deferredPack = useDeferredValue(pack);
  const deferredCatalogue = useDeferredValue(catalogue);
  const model = useMemo(
    () => previewModel(buildBriefingDocument(deferredPack, deferredCatalogue)),
    [deferredPack, deferredCatalogue],
  );
  const stale = deferredPack !== pack || deferredCatalogue !== catalogue;

  return (
    <section className="preview" aria-label={t('preview')} aria-busy={stale} tabIndex={0}>
      <div className="preview-status">
        <span className="preview-paper">{model.paper === 'letter' ? t('paperLetter') : t('paperA4')}</span>
        <span role="status" className={stale ? 'preview-updating' : 'visually-hidden'}>
          {stale ? t('updating') : t('upToDate')}
        </span>
      </div>
      {deferredPack.seminarIds.length === 0 && <p className="preview-note">{t('noSeminars')}</p>}
      {deferredPack.external && <p className="preview-note preview-note-external">{t('externalEdition')}</p>}
      {model.sheets.length === 0 ? <p className="preview-note">{t('nothingToShow')}</p> : <Sheets model={model} />}
    </section>
  );
}

/** Memoised so that an urgent re-render (the pack changed, the deferred copy not yet) costs nothing. */
const Sheets = memo(function Sheets({ model }: { model: PreviewModel }) {
  const t = useStrings(PREVIEW_STRINGS);
  const count = model.sheets.length;
  return (
    <div className={`preview-sheets preview-paper-${model.paper}`} lang={model.languageTag}>
      {model.sheets.map((sheet, index) => (
        <article
          key={sheet.key}
          className={`pv-sheet pv-sheet-${sheet.kind}`}
          aria-label={t('sheetOf', { number: index + 1, count, name: sheetName(sheet, t('coverSheet')) })}
        >
          <header className="pv-furniture pv-furniture-top">
            <span />
            <span className="pv-furniture-marking">{model.marking}</span>
            <span className="pv-furniture-right">{model.reference}</span>
          </header>
          <div className="pv-body">
            <SheetContent sheet={sheet} />
          </div>
          {/* The PDF prints "Page X of Y" on the right; page numbers are only known in the exported file. */}
          <footer className="pv-furniture pv-furniture-bottom">
            <span />
            <span className="pv-furniture-marking">{model.marking}</span>
            <span />
          </footer>
        </article>
      ))}
    </div>
  );
});

function sheetName(sheet: PreviewSheet, coverName: string): string {
  if (sheet.kind === 'cover') return coverName;
  if (sheet.kind === 'contents') return sheet.title;
  const first = sheet.blocks[0];
  return first?.kind === 'heading' ? first.text : sheet.id;
}

function SheetContent({ sheet }: { sheet: PreviewSheet }) {
  const t = useStrings(PREVIEW_STRINGS);
  const uiLanguage = useUiLanguage();
  switch (sheet.kind) {
    case 'cover':
      return <CoverView cover={sheet.cover} />;
    case 'contents':
      return (
        <>
          <h3 className="pv-h1">{sheet.title}</h3>
          <ul className="pv-contents">
            {sheet.entries.map((entry) => (
              <li key={entry.anchor} className={`pv-contents-${entry.level}`}>
                {entry.text}
              </li>
            ))}
          </ul>
          <p className="pv-p pv-small pv-ui-note" lang={uiLanguage}>
            {t('pageNumbersNote')}
          </p>
        </>
      );
    case 'section':
      return (
        <>
          {sheet.blocks.map((block, index) => (
            <BlockView key={index} block={block} />
          ))}
        </>
      );
  }
}
