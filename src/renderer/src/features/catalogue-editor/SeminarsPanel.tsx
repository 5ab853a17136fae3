import { useState } from 'react';
import type { ContentLanguage } from '../../../../shared/catalogue/schema';
import { formatShortDate } from '../../../../shared/time';
import { useStrings, useUiLanguage } from '../../i18n';
import { useEditor } from './editor-context';
import { seminarIdFor } from './ids';
import { ItemActions } from './pickers';
import { SeminarForm } from './SeminarForm';
import { EDITOR_STRINGS } from './strings';

const HOUR = 3_600_000;

/** The seminars in programme order (add, reorder, remove), and the chosen one's form. */
export function SeminarsPanel({ newSeminarLanguage }: { newSeminarLanguage: ContentLanguage }) {
  const t = useStrings(EDITOR_STRINGS);
  const language = useUiLanguage();
  const { catalogue, edit, focusSoon, hasProblemsUnder, idPrefix } = useEditor();
  const [chosenId, setChosenId] = useState<string | undefined>(catalogue.seminars[0]?.id);
  const index = catalogue.seminars.findIndex((seminar) => seminar.id === chosenId);
  const chosen = index >= 0 ? catalogue.seminars[index] : undefined;
  const count = catalogue.seminars.length;
  const rowId = (i: number) => `${idPrefix}-seminar-${i}`;
  const name = (i: number) => catalogue.seminars[i]!.title || t('untitledSeminar');

  const addSeminar = () => {
    // A day after the last seminar, at the same time of day; the user sets the real date at once.
    const last = catalogue.seminars[count - 1];
    const start = last ? Date.parse(last.start) + 24 * HOUR : Date.UTC(new Date().getUTCFullYear(), 0, 15, 9);
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    edit({
      type: 'addSeminar',
      start: iso(start),
      end: iso(start + 2 * HOUR),
      language: last?.language ?? newSeminarLanguage,
      ...(last?.timeZone ? { timeZone: last.timeZone } : {}),
    });
    // The id the edit gives it (from its date), so the new seminar's form opens at once.
    setChosenId(
      seminarIdFor(
        iso(start),
        '',
        catalogue.seminars.map((seminar) => seminar.id),
      ),
    );
    focusSoon(`${idPrefix}-form-title`);
  };

  return (
    <div className="editor-seminars">
      <div className="editor-list-column">
        <h3 id={`${idPrefix}-seminars-heading`}>{t('seminarList')}</h3>
        {count === 0 ? <p className="field-help">{t('noSeminars')}</p> : null}
        <ul className="editor-list" aria-labelledby={`${idPrefix}-seminars-heading`}>
          {catalogue.seminars.map((seminar, i) => {
            const problems = hasProblemsUnder(`seminars[${i}]`);
            return (
              <li key={seminar.id} className={seminar.id === chosenId ? 'is-chosen' : undefined}>
                <button
                  id={rowId(i)}
                  type="button"
                  className="editor-list-item"
                  aria-current={seminar.id === chosenId ? 'true' : undefined}
                  onClick={() => setChosenId(seminar.id)}
                >
                  <span className="editor-list-date">{formatShortDate(seminar.start, language)}</span>
                  <span className="editor-list-title" dir="auto">
                    {name(i)}
                  </span>
                  {problems ? (
                    <span className="editor-list-problem" aria-label={t('hasProblems')} role="img">
                      !
                    </span>
                  ) : null}
                </button>
                <ItemActions
                  idBase={rowId(i)}
                  name={name(i)}
                  index={i}
                  count={count}
                  onMove={(to) => {
                    edit({ type: 'moveSeminar', from: i, to });
                    focusSoon(`${rowId(to)}-${to < i ? 'up' : 'down'}`);
                  }}
                  onRemove={() => {
                    edit({ type: 'removeSeminar', seminarId: seminar.id });
                    const next = Math.min(i, count - 2);
                    if (seminar.id === chosenId)
                      setChosenId(next >= 0 ? catalogue.seminars[next >= i ? next + 1 : next]?.id : undefined);
                    focusSoon(next >= 0 ? rowId(next) : `${idPrefix}-add-seminar`);
                  }}
                />
              </li>
            );
          })}
        </ul>
        <button id={`${idPrefix}-add-seminar`} type="button" className="button" onClick={addSeminar}>
          {t('addSeminar')}
        </button>
      </div>
      <div className="editor-form-column" role="group" aria-label={chosen ? name(index) : undefined}>
        {chosen ? (
          <SeminarForm key={chosen.id} seminar={chosen} index={index} idBase={`${idPrefix}-form`} />
        ) : (
          <p className="empty-state">{t('chooseSeminar')}</p>
        )}
      </div>
    </div>
  );
}
