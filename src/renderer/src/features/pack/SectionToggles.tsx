import { useId } from 'react';
import { PACK_SECTION_IDS, type Pack, type PackSectionId } from '../../../../shared/pack/schema';
import { useStrings } from '../../i18n';
import { PACK_STRINGS } from './strings';

const SECTION_LABELS = {
  cover: 'sectionCover',
  contents: 'sectionContents',
  agenda: 'sectionAgenda',
  speakers: 'sectionSpeakers',
  topicBriefs: 'sectionTopicBriefs',
  speakerIndex: 'sectionSpeakerIndex',
  background: 'sectionBackground',
  readings: 'sectionReadings',
} as const satisfies Record<PackSectionId, keyof (typeof PACK_STRINGS)['en']>;

interface SectionTogglesProps {
  pack: Pack;
  onToggleSection: (section: PackSectionId) => void;
  onExternalChange: (external: boolean) => void;
}

/** Which sections the pack has, and whether it is the external edition. */
export function SectionToggles({ pack, onToggleSection, onExternalChange }: SectionTogglesProps) {
  const t = useStrings(PACK_STRINGS);
  const id = useId();
  return (
    <>
      <fieldset className="pack-section checkbox-group checkbox-columns">
        <legend>{t('sectionsHeading')}</legend>
        {PACK_SECTION_IDS.map((section) => (
          <label key={section}>
            <input type="checkbox" checked={pack.sections[section]} onChange={() => onToggleSection(section)} />
            {t(SECTION_LABELS[section])}
          </label>
        ))}
      </fieldset>
      <div className="pack-section external-edition">
        <label htmlFor={`${id}-external`} className="checkbox-label">
          <input
            id={`${id}-external`}
            type="checkbox"
            checked={pack.external}
            aria-describedby={`${id}-external-help`}
            onChange={(event) => onExternalChange(event.target.checked)}
          />
          {t('external')}
        </label>
        <p id={`${id}-external-help`} className="field-help">
          {t('externalHelp')}
        </p>
      </div>
    </>
  );
}
