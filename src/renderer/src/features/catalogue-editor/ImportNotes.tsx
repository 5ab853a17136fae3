import type { ImportWarning } from './types';
import { useStrings } from '../../i18n';
import { EDITOR_STRINGS } from './strings';

/** What the importer read, and each line it could not place, with its line number. */
export function ImportNotes({ summary, warnings }: { summary: string; warnings: ImportWarning[] }) {
  const t = useStrings(EDITOR_STRINGS);
  return (
    <div className="editor-import-notes">
      <p>{summary}</p>
      {warnings.length === 0 ? (
        <p>{t('importNoNotes')}</p>
      ) : (
        <>
          <p>{t('importNotes')}</p>
          <ol className="import-warnings">
            {warnings.map((warning, index) => (
              <li key={`${warning.line}-${index}`}>
                <strong>{t('importLine', { line: warning.line })}</strong>: {warning.message}
                {warning.text ? (
                  <q className="import-line-text" dir="auto">
                    {warning.text}
                  </q>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
