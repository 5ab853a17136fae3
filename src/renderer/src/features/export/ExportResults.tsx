import type { ExportResult } from '../../../../shared/ipc/contract';
import { uiLocale, useStrings, useUiLanguage } from '../../i18n';
import { CALENDAR_STRINGS, EXPORT_STRINGS } from './strings';

export interface ExportResultsProps {
  result: ExportResult;
  /** Shows a written file in its folder. */
  onShow: (filePath: string) => void;
  /** Why the last "show in folder" failed; '' when it did not. */
  showError: string;
  /** The results take focus when the export is done. */
  containerRef: (element: HTMLElement | null) => void;
}

/** What an export wrote: how long it took and each file, with a button to show it in its folder. */
export function ExportResults({ result, onShow, showError, containerRef }: ExportResultsProps) {
  const t = useStrings(EXPORT_STRINGS);
  const c = useStrings(CALENDAR_STRINGS);
  const locale = uiLocale(useUiLanguage());
  return (
    <div className="export-done" tabIndex={-1} ref={containerRef}>
      <p role="status">
        {t('finished', {
          time: new Intl.NumberFormat(locale, {
            style: 'unit',
            unit: 'second',
            unitDisplay: 'long',
            maximumFractionDigits: 1,
          }).format(result.elapsedMs / 1000),
        })}
      </p>
      <ul className="export-files">
        {result.pdf && (
          <li>
            <span className="export-file-kind">
              {result.pdf.bookletPages !== undefined
                ? c('bookletResult', {
                    pages:
                      result.pdf.bookletPages === 1
                        ? t('onePage')
                        : t('pages', { count: result.pdf.bookletPages.toLocaleString(locale) }),
                    sheets: result.pdf.pageCount.toLocaleString(locale),
                  })
                : t('pdfResult', {
                    pages:
                      result.pdf.pageCount === 1
                        ? t('onePage')
                        : t('pages', { count: result.pdf.pageCount.toLocaleString(locale) }),
                  })}
            </span>
            <code className="export-path">{result.pdf.path}</code>
            <FolderButton label={t('showPdfInFolder')} onClick={() => onShow(result.pdf!.path)} />
          </li>
        )}
        {result.docx && (
          <li>
            <span className="export-file-kind">{t('docxResult')}</span>
            <code className="export-path">{result.docx.path}</code>
            <FolderButton label={t('showDocxInFolder')} onClick={() => onShow(result.docx!.path)} />
          </li>
        )}
        {(
          [
            [
              result.ics,
              result.ics &&
                (result.ics.events === 1
                  ? c('icsResultOne')
                  : c('icsResult', { count: result.ics.events.toLocaleString(locale) })),
            ],
            [result.frab, c('frabResult')],
            [result.scheduleJson, c('scheduleJsonResult')],
          ] as const
        ).map(([file, label]) =>
          file && label ? (
            <li key={file.path}>
              <span className="export-file-kind">{label}</span>
              <code className="export-path">{file.path}</code>
              <FolderButton label={c('showFileInFolder', { file: label })} onClick={() => onShow(file.path)} />
            </li>
          ) : null,
        )}
      </ul>
      {showError !== '' && (
        <p className="form-error" role="alert">
          {showError}
        </p>
      )}
    </div>
  );
}

function FolderButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button button-small" onClick={onClick}>
      {label}
    </button>
  );
}
