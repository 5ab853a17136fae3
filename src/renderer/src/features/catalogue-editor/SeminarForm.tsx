import { useState } from 'react';
import type { Seminar } from '../../../../shared/catalogue/schema';
import { useStrings } from '../../i18n';
import { FieldProblems, TextField, useEditor } from './editor-context';
import { LanguageSelect, PersonPicker, ZoneSelect } from './pickers';
import { SessionEditor } from './SessionEditor';
import { TimeFields } from './TimeFields';
import { EDITOR_STRINGS } from './strings';

interface SeminarFormProps {
  seminar: Seminar;
  index: number;
  idBase: string;
}

/** Everything about one seminar: title, language, venue, times in a zone of the user's choice, chair, sessions. */
export function SeminarForm({ seminar, index, idBase }: SeminarFormProps) {
  const t = useStrings(EDITOR_STRINGS);
  const { catalogue, edit, focusSoon, packZones, problemsAt } = useEditor();
  const path = `seminars[${index}]`;
  const seminarId = seminar.id;
  // Times are typed in the announced zone unless the user picks another.
  const [typingZone, setTypingZone] = useState(seminar.timeZone ?? 'UTC');
  const [announced, setAnnounced] = useState(seminar.timeZone);
  if (announced !== seminar.timeZone) {
    setAnnounced(seminar.timeZone);
    setTypingZone(seminar.timeZone ?? 'UTC');
  }
  const [topicForNew, setTopicForNew] = useState(catalogue.topics[0]?.id ?? '');
  const zoneProblems = problemsAt(`${path}.timeZone`);

  return (
    <div className="editor-seminar-form">
      <TextField
        id={`${idBase}-title`}
        label={t('seminarTitle')}
        value={seminar.title}
        path={`${path}.title`}
        onChange={(value) => edit({ type: 'setSeminarText', seminarId, field: 'title', value })}
      />
      <div className="editor-row">
        <LanguageSelect
          id={`${idBase}-language`}
          label={t('language')}
          value={seminar.language}
          onChange={(language) => edit({ type: 'setSeminarLanguage', seminarId, language })}
        />
        <TextField
          id={`${idBase}-venue`}
          label={t('venue')}
          value={seminar.venue ?? ''}
          path={`${path}.venue`}
          onChange={(value) => edit({ type: 'setSeminarText', seminarId, field: 'venue', value })}
        />
      </div>
      <div className="editor-row">
        <ZoneSelect
          id={`${idBase}-announced`}
          label={t('announcedZone')}
          value={seminar.timeZone}
          preferred={packZones}
          noneLabel={t('noZone')}
          describedBy={zoneProblems.length > 0 ? `${idBase}-announced-problem` : undefined}
          onChange={(timeZone) => edit({ type: 'setSeminarZone', seminarId, timeZone })}
        />
        <ZoneSelect
          id={`${idBase}-typing-zone`}
          label={t('typedIn')}
          value={typingZone}
          preferred={[seminar.timeZone ?? '', ...packZones]}
          onChange={(zone) => setTypingZone(zone ?? 'UTC')}
        />
      </div>
      <FieldProblems id={`${idBase}-announced-problem`} kinds={zoneProblems} />
      <TimeFields
        idBase={`${idBase}-time`}
        start={seminar.start}
        end={seminar.end}
        zone={typingZone}
        path={path}
        onChange={(start, end) => edit({ type: 'setSeminarTimes', seminarId, start, end })}
      />
      <fieldset className="editor-chair">
        <legend>{t('chair')}</legend>
        <PersonPicker
          id={`${idBase}-chair`}
          label={t('chair')}
          value={seminar.chair?.personId}
          noneLabel={t('noChair')}
          onPick={(choice) =>
            edit({
              type: 'setChair',
              seminarId,
              personId: 'personId' in choice ? choice.personId : undefined,
              ...('newPerson' in choice ? { newPerson: choice.newPerson } : {}),
            })
          }
        />
        <FieldProblems id={`${idBase}-chair-problem`} kinds={problemsAt(`${path}.chair.personId`)} />
        {seminar.chair ? (
          <div className="editor-row">
            <TextField
              id={`${idBase}-chair-role`}
              label={t('chairRole')}
              value={seminar.chair.role}
              path={`${path}.chair.role`}
              onChange={(value) => edit({ type: 'setChairText', seminarId, field: 'role', value })}
            />
            <TextField
              id={`${idBase}-chair-label`}
              label={t('chairLabel')}
              value={seminar.chair.label ?? ''}
              path={`${path}.chair.label`}
              onChange={(value) => edit({ type: 'setChairText', seminarId, field: 'label', value })}
            />
          </div>
        ) : null}
      </fieldset>
      <TextField
        id={`${idBase}-notes`}
        label={t('notes')}
        value={seminar.notes ?? ''}
        path={`${path}.notes`}
        multiline
        onChange={(value) => edit({ type: 'setSeminarText', seminarId, field: 'notes', value })}
      />
      <section className="editor-sessions" aria-labelledby={`${idBase}-sessions-heading`}>
        <h4 id={`${idBase}-sessions-heading`}>{t('sessions')}</h4>
        {seminar.sessions.length === 0 ? <p className="field-help">{t('noSessions')}</p> : null}
        {seminar.sessions.map((session, sessionIndex) => (
          <SessionEditor
            key={session.id}
            seminar={seminar}
            seminarIndex={index}
            session={session}
            index={sessionIndex}
            zone={typingZone}
            idBase={`${idBase}-s${sessionIndex}`}
          />
        ))}
        {catalogue.topics.length > 0 ? (
          <div className="editor-row">
            <div className="field">
              <label htmlFor={`${idBase}-new-session-topic`}>{t('addSessionOn')}</label>
              <select
                id={`${idBase}-new-session-topic`}
                value={topicForNew}
                onChange={(event) => setTopicForNew(event.target.value)}
              >
                {catalogue.topics.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {topic.labels[seminar.language] ?? topic.labels.en ?? topic.id}
                  </option>
                ))}
              </select>
            </div>
            <button
              id={`${idBase}-add-session`}
              type="button"
              className="editor-inline-button"
              onClick={() => {
                edit({ type: 'addSession', seminarId, topicId: topicForNew || catalogue.topics[0]!.id });
                focusSoon(`${idBase}-s${seminar.sessions.length}-title`);
              }}
            >
              {t('addSession')}
            </button>
          </div>
        ) : (
          <NewTopicSession seminarId={seminarId} idBase={idBase} />
        )}
      </section>
    </div>
  );
}

/** In a catalogue with no topics yet, the first session comes with a topic of its own. */
function NewTopicSession({ seminarId, idBase }: { seminarId: string; idBase: string }) {
  const t = useStrings(EDITOR_STRINGS);
  const { edit, focusSoon } = useEditor();
  const [label, setLabel] = useState('');
  return (
    <div className="editor-row">
      <div className="field">
        <label htmlFor={`${idBase}-first-topic`}>{t('newTopicLabel')}</label>
        <input
          id={`${idBase}-first-topic`}
          type="text"
          dir="auto"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
      </div>
      <button
        id={`${idBase}-add-session`}
        type="button"
        className="editor-inline-button"
        disabled={label.trim() === ''}
        onClick={() => {
          edit({ type: 'addSessionWithNewTopic', seminarId, label });
          setLabel('');
          focusSoon(`${idBase}-s0-title`);
        }}
      >
        {t('addSession')}
      </button>
    </div>
  );
}
