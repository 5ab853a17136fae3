import { useStrings } from '../i18n';
import { Modal } from '../components/Modal';
import { APP_STRINGS } from './strings';

const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** What the app does, and every keyboard shortcut, for someone who has never seen it. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const t = useStrings(APP_STRINGS);
  const shortcuts: [string, string][] = [
    [`${MOD}N`, t('shortcutNew')],
    [`${MOD}O`, t('shortcutOpen')],
    [`${MOD}S`, t('shortcutSave')],
    [`${MOD}Shift+S`, t('shortcutSaveAs')],
    [`${MOD}E`, t('shortcutExport')],
    [`${MOD}Z`, t('shortcutUndo')],
    ['Enter / Space', t('shortcutToggle')],
    ['Alt+↑ / Alt+↓', t('shortcutReorder')],
    ['F6 / Shift+F6', t('shortcutPanes')],
  ];
  return (
    <Modal
      title={t('aboutTitle')}
      onCancel={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      <p>{t('aboutBody')}</p>
      <h3>{t('shortcutsTitle')}</h3>
      <dl className="shortcut-list">
        {shortcuts.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
