import type { ProgrammeChange } from '../../../../shared/pack';
import { Dialog } from '../../components/Dialog';
import { useStrings, useUiLanguage } from '../../i18n';
import { PACK_OPENED_STRINGS } from './strings';
import { describeProgrammeChange } from '../../i18n/programme-changes';

export interface ProgrammeChangesDialogProps {
  catalogueTitle: string;
  changes: ProgrammeChange[];
  onUpdate: () => void;
  onKeep: () => void;
}

/**
 * Shown when a pack is opened and the catalogue it came from has changed since
 * (a speaker replaced, a TBC confirmed, a time moved): the changes in plain
 * words, and the choice to take them into the pack or keep it as it is.
 */
export function ProgrammeChangesDialog({ catalogueTitle, changes, onUpdate, onKeep }: ProgrammeChangesDialogProps) {
  const t = useStrings(PACK_OPENED_STRINGS);
  const language = useUiLanguage();
  return (
    <Dialog
      open
      title={t('changesTitle')}
      onClose={onKeep}
      className="programme-changes-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onKeep}>
            {t('keep')}
          </button>
          <button type="button" className="button button-primary" onClick={onUpdate}>
            {t('update')}
          </button>
        </>
      }
    >
      <p>{t('changesIntro', { catalogue: catalogueTitle })}</p>
      <ul className="programme-changes">
        {changes.map((change, index) => (
          <li key={index}>{describeProgrammeChange(language, change)}</li>
        ))}
      </ul>
    </Dialog>
  );
}
