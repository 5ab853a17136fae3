import { type RefObject, memo } from 'react';
import { LANGUAGE_NAMES } from '../../i18n/strings';
import { useStrings } from '../../i18n';
import type { SeminarView } from './seminar-view';
import { CATALOGUE_STRINGS } from './strings';

export type Column = 0 | 1;

interface SeminarRowProps {
  seminar: SeminarView;
  /** Position in the filtered list, from 0 (aria-rowindex is one more). */
  index: number;
  /** Where the row sits in the list (px). */
  top: number;
  selected: boolean;
  /** The column holding the grid's one tab stop, when it is in this row. */
  tabStop: Column | null;
  cells: RefObject<Map<string, HTMLElement>>;
  buttons: RefObject<Map<string, HTMLButtonElement>>;
  onFocusCell: (seminarId: string, column: Column) => void;
  onToggle: (seminarId: string) => void;
  observeRow: (node: HTMLElement | null) => (() => void) | undefined;
}

/** One seminar of the grid: its details, then its Add / Remove button. Re-rendered only when its props change. */
export const SeminarRow = memo(function SeminarRow({
  seminar,
  index,
  top,
  selected,
  tabStop,
  cells,
  buttons,
  onFocusCell,
  onToggle,
  observeRow,
}: SeminarRowProps) {
  const t = useStrings(CATALOGUE_STRINGS);
  const languageName = useStrings(LANGUAGE_NAMES);
  return (
    <div
      role="row"
      aria-rowindex={index + 1}
      aria-selected={selected}
      data-seminar-id={seminar.id}
      data-row-key={seminar.id}
      className={selected ? 'seminar-row in-pack' : 'seminar-row'}
      style={{ top }}
      ref={observeRow}
    >
      <div
        role="gridcell"
        className="seminar-details"
        tabIndex={tabStop === 0 ? 0 : -1}
        ref={(node) => {
          if (node) cells.current.set(seminar.id, node);
          else cells.current.delete(seminar.id);
        }}
        onFocus={() => onFocusCell(seminar.id, 0)}
      >
        <SeminarDetails seminar={seminar} selected={selected} languageName={languageName(seminar.language)} />
      </div>
      <div role="gridcell" className="seminar-action">
        <button
          type="button"
          className={selected ? 'button-remove' : 'button-add'}
          tabIndex={tabStop === 1 ? 0 : -1}
          aria-label={t(selected ? 'removeLabel' : 'addLabel', { title: seminar.title })}
          ref={(node) => {
            if (node) buttons.current.set(seminar.id, node);
            else buttons.current.delete(seminar.id);
          }}
          onFocus={() => onFocusCell(seminar.id, 1)}
          onClick={() => onToggle(seminar.id)}
        >
          {t(selected ? 'remove' : 'add')}
        </button>
      </div>
    </div>
  );
});

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
      <h3 className="seminar-title" lang={seminar.language} dir="auto">
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
