import { useState } from 'react';
import { formatTimeWindow } from '../../../../shared/time';
import { uiLocale, useStrings, useUiLanguage } from '../../i18n';
import { FieldProblems, useEditor } from './editor-context';
import { type TimeNote, fromLocal, toLocal } from './local-time';
import { EDITOR_STRINGS } from './strings';

interface TimeFieldsProps {
  idBase: string;
  start: string;
  end: string;
  /** The zone the times are typed in. */
  zone: string;
  onChange: (start: string, end: string) => void;
  /** JSON path of the item, for its problems (`<path>.end`). */
  path: string;
  /** A session's times: the date is the seminar's, not typed again. */
  fixedDate?: string;
}

/**
 * Date, start and end as typed in `zone`, stored as UTC instants; what they
 * are in UTC and in the pack's other zones is shown as they are typed, with a
 * note when the clocks change at that time.
 */
export function TimeFields({ idBase, start, end, zone, onChange, path, fixedDate }: TimeFieldsProps) {
  const t = useStrings(EDITOR_STRINGS);
  const language = useUiLanguage();
  const { problemsAt, packZones } = useEditor();
  const [date, setDate] = useState(() => fixedDate ?? toLocal(start, zone).date);
  const [startTime, setStartTime] = useState(() => toLocal(start, zone).time);
  const [endTime, setEndTime] = useState(() => toLocal(end, zone).time);
  const [notes, setNotes] = useState<TimeNote[]>([]);

  // Shown again from the stored instants when they change from outside (undo, another zone).
  const shownFor = `${start}|${end}|${zone}|${fixedDate ?? ''}`;
  const [shown, setShown] = useState(shownFor);
  if (shown !== shownFor) {
    setShown(shownFor);
    setDate(fixedDate ?? toLocal(start, zone).date);
    setStartTime(toLocal(start, zone).time);
    setEndTime(toLocal(end, zone).time);
  }

  const commit = (nextDate: string, nextStart: string, nextEnd: string) => {
    const placedStart = fromLocal(nextDate, nextStart, zone);
    const placedEnd = fromLocal(nextDate, nextEnd, zone);
    if (!placedStart || !placedEnd) return;
    setNotes([placedStart.note, placedEnd.note].filter((note): note is TimeNote => note !== undefined));
    onChange(placedStart.instant, placedEnd.instant);
  };

  const dateInvalid = fixedDate === undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date);
  const startInvalid = fromLocal('2000-01-01', startTime, 'UTC') === undefined;
  const endInvalid = fromLocal('2000-01-01', endTime, 'UTC') === undefined;
  const endProblems = problemsAt(`${path}.end`);
  const window = formatTimeWindow(start, end, 'UTC', language);
  const others = packZones.filter((other) => other !== 'UTC');
  const utcDate = new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(start),
  );

  return (
    <div className="editor-times">
      <div className="editor-row">
        {fixedDate === undefined ? (
          <div className="field">
            <label htmlFor={`${idBase}-date`}>{t('date')}</label>
            <input
              id={`${idBase}-date`}
              type="date"
              value={date}
              aria-invalid={dateInvalid || undefined}
              aria-describedby={dateInvalid ? `${idBase}-date-problem` : undefined}
              onChange={(event) => {
                setDate(event.target.value);
                commit(event.target.value, startTime, endTime);
              }}
            />
            <FieldProblems id={`${idBase}-date-problem`} kinds={[]} extra={dateInvalid ? t('enterDate') : undefined} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${idBase}-start`}>{t('start')}</label>
          <input
            id={`${idBase}-start`}
            type="time"
            value={startTime}
            aria-invalid={startInvalid || undefined}
            aria-describedby={startInvalid ? `${idBase}-start-problem` : undefined}
            onChange={(event) => {
              setStartTime(event.target.value);
              commit(date, event.target.value, endTime);
            }}
          />
          <FieldProblems id={`${idBase}-start-problem`} kinds={[]} extra={startInvalid ? t('enterTime') : undefined} />
        </div>
        <div className="field">
          <label htmlFor={`${idBase}-end`}>{t('end')}</label>
          <input
            id={`${idBase}-end`}
            type="time"
            value={endTime}
            aria-invalid={endInvalid || endProblems.length > 0 || undefined}
            aria-describedby={endInvalid || endProblems.length > 0 ? `${idBase}-end-problem` : undefined}
            onChange={(event) => {
              setEndTime(event.target.value);
              commit(date, startTime, event.target.value);
            }}
          />
          <FieldProblems
            id={`${idBase}-end-problem`}
            kinds={endProblems}
            extra={endInvalid ? t('enterTime') : undefined}
          />
        </div>
      </div>
      <p className="editor-times-echo" aria-live="polite" id={`${idBase}-echo`}>
        {t('inUtc', { when: `${utcDate} ${window.range}` })}
        {others.map((other) => {
          const local = formatTimeWindow(start, end, other, language);
          return (
            <span key={other} className="editor-times-zone">
              {' · '}
              {t('inZone', { zone: local.zoneLabel, range: local.range, shift: local.dayShift }).trim()}
            </span>
          );
        })}
      </p>
      {notes.map((note) => (
        <p key={note} className="editor-note" role="status">
          {t(note === 'skipped' ? 'timeSkipped' : 'timeRepeated')}
        </p>
      ))}
    </div>
  );
}
