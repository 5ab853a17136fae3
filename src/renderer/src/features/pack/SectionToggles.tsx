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
}

/** Which sections the pack has. The edition (internal or external) is chosen at each export. */
export function SectionToggles({ pack, onToggleSection }: SectionTogglesProps) {
  const t = useStrings(PACK_STRINGS);
  return (
    <fieldset className="pack-section checkbox-group checkbox-columns">
      <legend>{t('sectionsHeading')}</legend>
      {PACK_SECTION_IDS.map((section) => (
        <label key={section}>
          <input type="checkbox" checked={pack.sections[section]} onChange={() => onToggleSection(section)} />
          {t(SECTION_LABELS[section])}
        </label>
      ))}
    </fieldset>
  );
}
