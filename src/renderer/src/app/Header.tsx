import { useStrings } from '../i18n';
import type { AppCommand } from '../hooks/useCommandKeys';
import { APP_STRINGS } from './strings';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const MOD_ARIA = IS_MAC ? 'Meta' : 'Control';
const MOD_TEXT = IS_MAC ? '⌘' : 'Ctrl+';

interface HeaderProps {
  /** The pack's title ('' before one is open or when it has none). */
  title: string;
  /** The file's name, or a note that the pack was never saved. */
  fileName: string;
  dirty: boolean;
  hasDocument: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onCommand: (command: AppCommand) => void;
}

/** Pack title with a dot for unsaved changes, and the file commands with their shortcuts. */
export function Header({ title, fileName, dirty, hasDocument, canUndo, canRedo, onCommand }: HeaderProps) {
  const t = useStrings(APP_STRINGS);
  const button = (
    command: AppCommand['command'],
    label: string,
    keys?: { aria: string; text: string },
    disabled = false,
  ) => (
    <button
      type="button"
      disabled={disabled}
      aria-keyshortcuts={keys?.aria}
      title={keys ? `${label} (${keys.text})` : label}
      onClick={() => onCommand({ command } as AppCommand)}
    >
      {label}
    </button>
  );
  const mod = (key: string, shift = false) => ({
    aria: `${MOD_ARIA}+${shift ? 'Shift+' : ''}${key}`,
    text: `${MOD_TEXT}${shift ? 'Shift+' : ''}${key}`,
  });

  return (
    <header className="app-header">
      <div className="app-title">
        <p className="app-name">{t('appName')}</p>
        <h1>
          {title.trim() || t('untitledPack')}
          {dirty ? (
            <span className="dirty-dot" role="img" aria-label={t('unsavedChanges')} title={t('unsavedChanges')}>
              ●
            </span>
          ) : null}
        </h1>
        {hasDocument ? <p className="file-name">{fileName}</p> : null}
      </div>
      <div className="header-actions" role="group" aria-label={t('documentActions')}>
        {button('new', t('new'), mod('N'))}
        {button('open', t('open'), mod('O'))}
        {button('save', t('save'), mod('S'), !hasDocument)}
        {button('saveAs', t('saveAs'), mod('S', true), !hasDocument)}
        {button('export', t('export'), mod('E'), !hasDocument)}
        <span className="header-separator" aria-hidden="true" />
        {button('undo', t('undo'), mod('Z'), !canUndo)}
        {button('redo', t('redo'), mod('Z', true), !canRedo)}
        <span className="header-separator" aria-hidden="true" />
        {button('settings', t('settings'))}
        {button('about', t('help'))}
      </div>
    </header>
  );
}
