import type { WhenInUse } from '../../../shared/ipc/contract';
import { useStrings } from '../i18n';
import { Modal } from '../components/Modal';
import { APP_STRINGS } from './strings';

interface PackInUseDialogProps {
  displayName: string;
  /** Main's message: who has it open, since when. */
  detail: string;
  onChoose: (choice: WhenInUse | null) => void;
}

/**
 * The pack is open in another window or another copy of the app: open it read-only (the safe choice,
 * with the focus), open it anyway (this window becomes its one writer), or cancel. Escape cancels.
 */
export function PackInUseDialog({ displayName, detail, onChoose }: PackInUseDialogProps) {
  const t = useStrings(APP_STRINGS);
  return (
    <Modal
      title={t('inUseTitle', { name: displayName })}
      onCancel={() => onChoose(null)}
      footer={
        <>
          <button type="button" className="button button-primary" onClick={() => onChoose('readOnly')}>
            {t('openReadOnly')}
          </button>
          <button type="button" className="button" onClick={() => onChoose('openAnyway')}>
            {t('openAnyway')}
          </button>
          <button type="button" className="button" onClick={() => onChoose(null)}>
            {t('cancel')}
          </button>
        </>
      }
    >
      <p>{detail}</p>
      <p>{t('inUseBody')}</p>
    </Modal>
  );
}
