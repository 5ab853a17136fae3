import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { LANGUAGE_NAMES } from '../../app/strings';
import { useStrings } from '../../i18n';
import type { SeminarView } from './seminar-view';
import { CATALOGUE_STRINGS } from './strings';

interface SeminarGridProps {
  seminars: SeminarView[];
  /** Ids of the seminars in the pack. */
  inPack: ReadonlySet<string>;
  onToggle: (seminarId: string) => void;
}

type Column = 0 | 1;

/**
 * The catalogue's seminars as an ARIA grid with one tab stop: Up/Down (and
 * Home/End) move between seminars, Left/Right between a seminar's details and
 * its Add/Remove button, Enter or Space on the details adds or removes it.
 * A row is "selected" when its seminar is in the pack.
 */
export function SeminarGrid({ seminars, inPack, onToggle }: SeminarGridProps) {
  const t = useStrings(CATALOGUE_STRINGS);
  const languageName = useStrings(LANGUAGE_NAMES);
  const hintId = useId();
  const [focus, setFocus] = useState<{ id: string | null; column: Column }>({ id: null, column: 0 });
  const cells = useRef(new Map<string, HTMLElement>());
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  // The tab stop: the seminar last focused, or the first one when it was filtered out.
  const activeId = seminars.some((seminar) => seminar.id === focus.id) ? focus.id : (seminars[0]?.id ?? null);
  const activeColumn = activeId === focus.id ? focus.column : 0;

  const moveTo = (index: number, column: Column) => {
    const target = seminars[Math.min(Math.max(index, 0), seminars.length - 1)];
    if (!target) return;
    setFocus({ id: target.id, column });
    (column === 0 ? cells.current.get(target.id) : buttons.current.get(target.id))?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-seminar-id]');
    const id = row?.dataset['seminarId'];
    const index = seminars.findIndex((seminar) => seminar.id === id);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.target instanceof HTMLButtonElement;
    const column: Column = onButton ? 1 : 0;
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1, column),
      ArrowUp: () => moveTo(index - 1, column),
      Home: () => moveTo(0, column),
      End: () => moveTo(seminars.length - 1, column),
      PageDown: () => moveTo(index + 5, column),
      PageUp: () => moveTo(index - 5, column),
      ArrowRight: () => moveTo(index, 1),
      ArrowLeft: () => moveTo(index, 0),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    } else if ((event.key === 'Enter' || event.key === ' ') && !onButton && id) {
      event.preventDefault();
      onToggle(id);
    }
  };

  return (
    <>
      <p id={hintId} className="field-help">
        {t('keyboardHint')}
      </p>
      <div
        role="grid"
        aria-label={t('seminarsLabel')}
        aria-describedby={hintId}
        aria-multiselectable="true"
        className="seminar-grid"
        onKeyDown={onKeyDown}
      >
        {seminars.map((seminar) => {
          const selected = inPack.has(seminar.id);
          const isActive = seminar.id === activeId;
          return (
            <div
              key={seminar.id}
              role="row"
              aria-selected={selected}
              data-seminar-id={seminar.id}
              className={selected ? 'seminar-row in-pack' : 'seminar-row'}
            >
              <div
                role="gridcell"
                className="seminar-details"
                tabIndex={isActive && activeColumn === 0 ? 0 : -1}
                ref={(node) => {
                  if (node) cells.current.set(seminar.id, node);
                  else cells.current.delete(seminar.id);
                }}
                onFocus={() => setFocus({ id: seminar.id, column: 0 })}
              >
                <SeminarDetails seminar={seminar} selected={selected} languageName={languageName(seminar.language)} />
              </div>
              <div role="gridcell" className="seminar-action">
                <button
                  type="button"
                  className={selected ? 'button-remove' : 'button-add'}
                  tabIndex={isActive && activeColumn === 1 ? 0 : -1}
                  aria-label={t(selected ? 'removeLabel' : 'addLabel', { title: seminar.title })}
                  ref={(node) => {
                    if (node) buttons.current.set(seminar.id, node);
                    else buttons.current.delete(seminar.id);
                  }}
                  onFocus={() => setFocus({ id: seminar.id, column: 1 })}
                  onClick={() => onToggle(seminar.id)}
                >
                  {t(selected ? 'remove' : 'add')}
                </button>
              </div>
            </div>
          );
        })}
      </div>
    </>
  );
}

function SeminarDetails({
  seminar,
  selected,
  languageName,
}: {
  seminar: SeminarView;
  selected: boolean;
  languageName: string;
}) {
  const t = useStrings(CATALOGUE_STRINGS);
  return (
    <>
      <h3 className="seminar-title" lang={seminar.language}>
        {seminar.title}
      </h3>
      <p className="seminar-when">
        <span className="seminar-date">{seminar.date}</span>
        <span className="seminar-time">{t('utcTime', { range: seminar.utcRange })}</span>
        {seminar.zoned ? (
          <span className="seminar-time">
            {seminar.zoned.range} {seminar.zoned.zoneLabel}
            {seminar.zoned.dayShift ? ` ${seminar.zoned.dayShift}` : ''}
          </span>
        ) : null}
      </p>
      <p className="seminar-tags">
        <span className="badge">
          <span className="visually-hidden">{t('language')}: </span>
          {languageName}
        </span>
        {selected ? <span className="badge badge-in-pack">✓ {t('inPack')}</span> : null}
      </p>
      <p className="seminar-people">
        {seminar.chair ? (
          <>
            <span className="people-label">{t('chair')}:</span> {seminar.chair.name}, {seminar.chair.role}
          </>
        ) : (
          t('noChair')
        )}
      </p>
      <p className="seminar-people">
        <span className="people-label">{t('speakers')}:</span>{' '}
        {seminar.speakers.length === 0
          ? t('noSpeakers')
          : seminar.speakers.map((speaker, index) => (
              <span key={speaker.personId} className="speaker">
                {speaker.name}
                {speaker.tbc ? (
                  <span className="badge badge-tbc" title={t('tbcTitle')}>
                    {t('tbc')}
                  </span>
                ) : null}
                {index < seminar.speakers.length - 1 ? ', ' : ''}
              </span>
            ))}
      </p>
    </>
  );
}
