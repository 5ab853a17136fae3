import { Modal } from '../../components/Modal';
import type { ApiResponse } from '../../../../shared/ipc/contract';
import { useStrings, useUiLanguage } from '../../i18n';
import { translateImportWarning } from './import-warnings';
import { CATALOGUE_STRINGS } from './strings';

export type ImportPreview = Exclude<ApiResponse<'previewCatalogueImport'>, { cancelled: true }>;

interface ImportReviewDialogProps {
  preview: ImportPreview;
  onKeep: () => void;
  onDiscard: () => void;
}

/** What the importer found, with each warning's line number, before the user keeps the catalogue. */
export function ImportReviewDialog({ preview, onKeep, onDiscard }: ImportReviewDialogProps) {
  const t = useStrings(CATALOGUE_STRINGS);
  const language = useUiLanguage();
  return (
    <Modal
      title={t('importTitle', { file: preview.fileName })}
      onCancel={onDiscard}
      className="import-dialog"
      footer={
        <>
          <button type="button" className="button button-primary" onClick={onKeep}>
            {t('keep')}
          </button>
          <button type="button" className="button" onClick={onDiscard}>
            {t('discard')}
          </button>
        </>
      }
    >
      <p>
        {t('importSummary', {
          title: preview.title,
          seminars: preview.seminarCount,
          people: preview.peopleCount,
          topics: preview.topicCount,
        })}
      </p>
      {preview.warnings.length === 0 ? (
        <p>{t('importNoWarnings')}</p>
      ) : (
        <>
          <p>{t('importWarnings', { count: preview.warnings.length })}</p>
          <ul className="import-warnings">
            {preview.warnings.map((warning, index) => (
              <li key={`${warning.line}-${index}`}>
                <strong>{t('importLine', { line: warning.line })}</strong>:{' '}
                {translateImportWarning(language, warning.message)}
                {warning.text ? <q className="import-line-text">{warning.text}</q> : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('importQuestion')}</p>
    </Modal>
  );
}
