import { useId } from 'react';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import type { Pack } from '../../../../shared/pack/schema';
import { useStrings, useUiLanguage } from '../../i18n';
import { chosenTopicIds } from '../../state/pack-store';
import { topicLabel } from '../../i18n/seminar-labels';
import { PACK_STRINGS } from './strings';

interface TopicChoicesProps {
  pack: Pack;
  catalogue: Catalogue;
  onToggle: (topicId: string) => void;
}

/** One checkbox per catalogue topic; the last checked one cannot be unchecked (no topic would mean all). */
export function TopicChoices({ pack, catalogue, onToggle }: TopicChoicesProps) {
  const t = useStrings(PACK_STRINGS);
  const language = useUiLanguage();
  const id = useId();
  const chosen = new Set(chosenTopicIds(pack, catalogue));
  const onlyOne = chosen.size === 1;
  return (
    <fieldset className="pack-section checkbox-group" aria-describedby={`${id}-help`}>
      <legend>{t('topicsHeading')}</legend>
      <p id={`${id}-help`} className="field-help">
        {t('topicsHelp')}
        {onlyOne ? ` ${t('lastTopic')}` : ''}
      </p>
      {catalogue.topics.map((topic) => {
        const checked = chosen.has(topic.id);
        return (
          <label key={topic.id}>
            <input
              type="checkbox"
              checked={checked}
              aria-disabled={checked && onlyOne ? true : undefined}
              onChange={() => {
                if (!(checked && onlyOne)) onToggle(topic.id);
              }}
            />
            {/* Catalogue text: its own direction, so an English label in an Arabic window keeps its question mark. */}
            <bdi>{topicLabel(catalogue, topic.id, language)}</bdi>
          </label>
        );
      })}
    </fieldset>
  );
}
