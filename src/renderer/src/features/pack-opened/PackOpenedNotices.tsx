import { type Dispatch, useState } from 'react';
import type { OpenedPack } from '../../../../shared/ipc/contract';
import { Dialog } from '../../components/Dialog';
import { useStrings, useUiLanguage } from '../../i18n';
import { type PackAction, packActions } from '../../state/pack-store';
import { ProgrammeChangesDialog } from './ProgrammeChangesDialog';
import { PACK_OPENED_STRINGS } from './strings';
import { describeWarning } from './wording';
import './pack-opened.css';

export interface PackOpenedNoticesProps {
  /** The pack just opened; null when there is nothing to say. */
  opened: OpenedPack | null;
  /** The name the user knows the pack by (its file name). */
  fileName: string;
  dispatch: Dispatch<PackAction>;
  onDone: () => void;
}

/**
 * What opening a pack has to tell: first what a damaged file lost (the file is
 * left as it was), then how the programme changed since the pack was made,
 * with the choice to take the changes (one undoable step) or keep the pack.
 */
export function PackOpenedNotices({ opened, fileName, dispatch, onDone }: PackOpenedNoticesProps) {
  const t = useStrings(PACK_OPENED_STRINGS);
  const language = useUiLanguage();
  const [damageSeen, setDamageSeen] = useState<OpenedPack | null>(null);
  if (!opened) return null;
  const warnings = opened.warnings ?? [];
  const changes = opened.programmeChanges ?? [];
  if (warnings.length > 0 && damageSeen !== opened) {
    return (
      <Dialog
        open
        title={t('damagedTitle')}
        onClose={() => (changes.length > 0 ? setDamageSeen(opened) : onDone())}
        className="pack-damaged-dialog"
        footer={
          <button
            type="button"
            className="button button-primary"
            onClick={() => (changes.length > 0 ? setDamageSeen(opened) : onDone())}
          >
            {t('ok')}
          </button>
        }
      >
        <p>{t('damagedSummary', { file: fileName })}</p>
        <ul className="pack-damage-list">
          {warnings.map((warning, index) => (
            <li key={index}>{describeWarning(t, language, warning)}</li>
          ))}
        </ul>
        <p className="form-hint">{t('damagedNote')}</p>
      </Dialog>
    );
  }
  if (changes.length === 0) return null;
  return (
    <ProgrammeChangesDialog
      catalogueTitle={opened.pack.programme.source.title}
      changes={changes}
      onUpdate={() => {
        dispatch(packActions.refreshProgramme());
        onDone();
      }}
      onKeep={onDone}
    />
  );
}
