import { useId } from 'react';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/pack/schema';
import { useStrings } from '../../i18n';
import { KIND_STRINGS } from './strings';
import './kind.css';

interface DocumentKindChoiceProps {
  kind: DocumentKind;
  onChange: (kind: DocumentKind) => void;
  /** Where it stands: the pack pane's first section, or a row of the export dialog. */
  className?: string;
}

const LABEL = { briefing: 'kindBriefing', programme: 'kindProgramme' } as const;
const HINT = { briefing: 'kindBriefingHint', programme: 'kindProgrammeHint' } as const;

/** Briefing pack or programme, each with a line saying what it holds: radio buttons, arrow keys move between them. */
export function DocumentKindChoice({ kind, onChange, className = 'pack-section' }: DocumentKindChoiceProps) {
  const t = useStrings(KIND_STRINGS);
  const id = useId();
  return (
    <fieldset className={`${className} document-kind`}>
      <legend>{t('kindHeading')}</legend>
      {DOCUMENT_KINDS.map((option) => (
        <div key={option} className="document-kind-option">
          <label className="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              value={option}
              checked={kind === option}
              aria-describedby={`${id}-${option}-hint`}
              onChange={() => onChange(option)}
            />
            {t(LABEL[option])}
          </label>
          <span id={`${id}-${option}-hint`} className="field-help">
            {t(HINT[option])}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
