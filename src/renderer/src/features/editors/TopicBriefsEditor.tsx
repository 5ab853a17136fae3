import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import type { Pack, TopicBrief } from '../../../../shared/pack/schema';
import { useStrings } from '../../i18n';
import { EMPTY_BRIEF, topicsForPack } from './editors-model';
import { PointsList } from './PointsList';
import { EDITOR_STRINGS } from './strings';
import './editors.css';

export interface TopicBriefsEditorProps {
  pack: Pack;
  catalogue: Catalogue;
  onChangeBrief: (topicId: string, brief: TopicBrief) => void;
}

function briefOf(pack: Pack, topicId: string): TopicBrief {
  return Object.hasOwn(pack.topicBriefs, topicId) ? (pack.topicBriefs[topicId] ?? EMPTY_BRIEF) : EMPTY_BRIEF;
}

/**
 * Per topic in the pack: summary, points to make, and the not-for-disclosure
 * background (set apart, with a warning that the external edition leaves it out).
 * Topics are listed on the left with what has been written; one is edited at a time.
 */
export function TopicBriefsEditor({ pack, catalogue, onChangeBrief }: TopicBriefsEditorProps) {
  const t = useStrings(EDITOR_STRINGS);
  const baseId = useId();
  const topics = useMemo(() => topicsForPack(pack, catalogue), [pack, catalogue]);
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const current = topics.find((topic) => topic.id === chosenId) ?? topics[0];

  if (!current) {
    return (
      <section className="editor" aria-labelledby={`${baseId}-title`}>
        <h2 id={`${baseId}-title`} className="editor-title">
          {t('topicBriefs')}
        </h2>
        <p className="editor-empty">{t('noTopics')}</p>
      </section>
    );
  }

  const brief = briefOf(pack, current.id);
  const change = (patch: Partial<TopicBrief>) => onChangeBrief(current.id, { ...brief, ...patch });

  // Up/Down between topic buttons, as in a list.
  const onTopicKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = topics[(index + step + topics.length) % topics.length];
    if (!next) return;
    setChosenId(next.id);
    document.getElementById(`${baseId}-topic-${next.id}`)?.focus();
  };

  const ids = {
    summary: `${baseId}-summary`,
    summaryHint: `${baseId}-summary-hint`,
    points: `${baseId}-points`,
    pointsHint: `${baseId}-points-hint`,
    background: `${baseId}-background`,
    backgroundWarning: `${baseId}-background-warning`,
  };

  return (
    <section className="editor" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="editor-title">
        {t('topicBriefs')}
      </h2>
      <div className="editor-columns">
        <nav aria-label={t('topicsList')} className="editor-nav">
          <ul>
            {topics.map((topic, index) => {
              const written = briefOf(pack, topic.id);
              const points = written.pointsToMake.filter((point) => point.trim() !== '').length;
              const empty = written.summary.trim() === '' && points === 0 && written.background.trim() === '';
              return (
                <li key={topic.id}>
                  <button
                    id={`${baseId}-topic-${topic.id}`}
                    type="button"
                    className="editor-nav-item"
                    aria-current={topic.id === current.id ? 'true' : undefined}
                    onClick={() => setChosenId(topic.id)}
                    onKeyDown={(event) => onTopicKeyDown(event, index)}
                  >
                    <span className="editor-nav-label" lang={pack.language}>
                      {topic.label}
                    </span>
                    <span className="editor-nav-status">{empty ? t('briefEmpty') : t('briefStatus', { points })}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>

        <div className="editor-detail" key={current.id}>
          <h3 className="editor-subtitle" lang={pack.language}>
            {current.label}
          </h3>

          <div className="form-row">
            <label htmlFor={ids.summary}>{t('summary')}</label>
            <p id={ids.summaryHint} className="form-hint">
              {t('summaryHint')}
            </p>
            <textarea
              id={ids.summary}
              className="text-input editor-textarea"
              rows={4}
              lang={pack.language}
              aria-describedby={ids.summaryHint}
              value={brief.summary}
              onChange={(event) => change({ summary: event.target.value })}
            />
          </div>

          <div className="form-row">
            <h4 id={ids.points} className="form-label editor-field-heading">
              {t('pointsToMake')}
            </h4>
            <p id={ids.pointsHint} className="form-hint">
              {t('pointsHint')}
            </p>
            <PointsList
              points={brief.pointsToMake}
              onChange={(pointsToMake) => change({ pointsToMake })}
              labelledBy={ids.points}
              describedBy={ids.pointsHint}
            />
          </div>

          <div className="form-row editor-restricted">
            <label htmlFor={ids.background}>{t('background')}</label>
            <p id={ids.backgroundWarning} className="editor-restricted-warning">
              <span aria-hidden="true">⚠ </span>
              {t('backgroundWarning')}
            </p>
            <textarea
              id={ids.background}
              className="text-input editor-textarea"
              rows={4}
              lang={pack.language}
              aria-describedby={ids.backgroundWarning}
              value={brief.background}
              onChange={(event) => change({ background: event.target.value })}
            />
          </div>
        </div>
      </div>
    </section>
  );
}
