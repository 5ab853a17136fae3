import type { RecoveryEntry } from '../../../../shared/ipc/contract';
import { Dialog } from '../../components/Dialog';
import { uiLocale, useStrings, useUiLanguage } from '../../i18n';
import { RECOVERY_STRINGS } from './strings';
import './recovery.css';

export interface RecoveryPromptProps {
  entries: RecoveryEntry[];
  onRestore: (id: string) => void;
  onDiscard: (id: string) => void;
  onDismiss: () => void;
}

/** "12 March 2026, 14:05" in the interface language; the ISO text when unreadable. */
export function formatSavedAt(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/**
 * Shown at start-up when earlier sessions left recovery copies: what was
 * recovered, when, and whether it is newer than the saved file; Restore or
 * Discard each, or decide later (Escape).
 */
export function RecoveryPrompt({ entries, onRestore, onDiscard, onDismiss }: RecoveryPromptProps) {
  const t = useStrings(RECOVERY_STRINGS);
  const locale = uiLocale(useUiLanguage());
  if (entries.length === 0) return null;

  return (
    <Dialog
      open
      title={t('title')}
      onClose={onDismiss}
      className="recovery-dialog"
      footer={
        <button type="button" className="button" onClick={onDismiss}>
          {t('later')}
        </button>
      }
    >
      <p>{t('intro')}</p>
      <ul className="recovery-list">
        {entries.map((entry) => (
          <li key={entry.id} className="recovery-entry">
            {/* A titled pack is named by its title (what the user typed), its file name beside it. */}
            <div className="recovery-details">
              <p className="recovery-name">{entryName(entry)}</p>
              {entry.title.trim() !== '' && entry.filePath === null && (
                <p className="recovery-path">{entry.displayName}</p>
              )}
              {entry.filePath !== null && <p className="recovery-path">{entry.filePath}</p>}
              <p className="recovery-meta">
                <time dateTime={entry.savedAt}>{t('savedAt', { time: formatSavedAt(entry.savedAt, locale) })}</time>
              </p>
              <p className={entry.newerThanFile ? 'recovery-status recovery-newer' : 'recovery-status'}>
                {entry.filePath === null ? t('neverSaved') : entry.newerThanFile ? t('newer') : t('older')}
              </p>
            </div>
            <div className="recovery-actions">
              <button
                type="button"
                className="button button-primary"
                aria-label={t('restoreNamed', { name: entryName(entry) })}
                onClick={() => onRestore(entry.id)}
              >
                {t('restore')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('discardNamed', { name: entryName(entry) })}
                onClick={() => onDiscard(entry.id)}
              >
                {t('discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p className="form-hint">{t('discardHint')}</p>
    </Dialog>
  );
}

function entryName(entry: RecoveryEntry): string {
  const title = entry.title.trim();
  return title === '' ? entry.displayName : title;
}
