import { PROGRAMME_SECTION_IDS } from '../../../../shared/pack/pack';
import { PACK_SECTION_IDS, type Pack, type PackSectionId } from '../../../../shared/pack/schema';
import { useStrings } from '../../i18n';
import { KIND_STRINGS } from '../../components/document-kind/strings';
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
  const kindText = useStrings(KIND_STRINGS);
  const programme = pack.kind === 'programme';
  // A programme has only its own parts, and calls two of them by its own names.
  const sections: readonly PackSectionId[] = programme ? PROGRAMME_SECTION_IDS : PACK_SECTION_IDS;
  const label = (section: PackSectionId) =>
    programme && section === 'cover'
      ? kindText('sectionTitlePage')
      : programme && section === 'speakers'
        ? kindText('sectionBios')
        : t(SECTION_LABELS[section]);
  return (
    <fieldset className="pack-section checkbox-group checkbox-columns">
      <legend>{t('sectionsHeading')}</legend>
      {sections.map((section) => (
        <label key={section}>
          <input type="checkbox" checked={pack.sections[section]} onChange={() => onToggleSection(section)} />
          {label(section)}
        </label>
      ))}
    </fieldset>
  );
}
