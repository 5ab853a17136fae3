import { useStrings } from '../i18n';
import { Modal } from '../components/Modal';
import { APP_STRINGS } from './strings';

import type { UnsavedChoice } from '../hooks/useDocumentCommands';

export type { UnsavedChoice };

interface UnsavedChangesDialogProps {
  displayName: string;
  onChoose: (choice: UnsavedChoice) => void;
}

/** Save / Don't save / Cancel before the open pack is replaced. Save has the focus; Escape cancels. */
export function UnsavedChangesDialog({ displayName, onChoose }: UnsavedChangesDialogProps) {
  const t = useStrings(APP_STRINGS);
  return (
    <Modal
      title={t('unsavedTitle', { name: displayName })}
      onCancel={() => onChoose('cancel')}
      footer={
        <>
          <button type="button" className="button button-primary" onClick={() => onChoose('save')}>
            {t('save')}
          </button>
          <button type="button" className="button" onClick={() => onChoose('discard')}>
            {t('dontSave')}
          </button>
          <button type="button" className="button" onClick={() => onChoose('cancel')}>
            {t('cancel')}
          </button>
        </>
      }
    >
      <p>{t('unsavedBody')}</p>
    </Modal>
  );
}
