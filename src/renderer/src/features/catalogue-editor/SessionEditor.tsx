import { useState } from 'react';
import type { Seminar, Session } from '../../../../shared/catalogue/schema';
import { useStrings, useUiLanguage } from '../../i18n';
import { topicLabel } from '../../i18n/seminar-labels';
import { FieldProblems, TextField, useEditor } from './editor-context';
import { toLocal } from './local-time';
import { ItemActions, PersonPicker, nameOf } from './pickers';
import { TimeFields } from './TimeFields';
import { EDITOR_STRINGS } from './strings';

const NEW_TOPIC = '__new-topic__';

interface SessionEditorProps {
  seminar: Seminar;
  seminarIndex: number;
  session: Session;
  index: number;
  /** The zone the seminar's times are typed in. */
  zone: string;
  idBase: string;
}

/** One session: title as written, its topic (or a new one), its own times, its speakers. */
export function SessionEditor({ seminar, seminarIndex, session, index, zone, idBase }: SessionEditorProps) {
  const t = useStrings(EDITOR_STRINGS);
  const language = useUiLanguage();
  const { catalogue, edit, focusSoon, problemsAt } = useEditor();
  const [newTopic, setNewTopic] = useState<string | null>(null);
  const path = `seminars[${seminarIndex}].sessions[${index}]`;
  const name = session.title || topicLabel(catalogue, session.topicId, language);
  const ids = { seminarId: seminar.id, sessionId: session.id };
  const count = seminar.sessions.length;
  const timed = session.start !== undefined && session.end !== undefined;

  return (
    <fieldset className="editor-session">
      <legend>
        <span>{t('session', { number: index + 1, title: name })}</span>
        <ItemActions
          idBase={idBase}
          name={name}
          index={index}
          count={count}
          onMove={(to) => {
            edit({ type: 'moveSession', seminarId: seminar.id, from: index, to });
            focusSoon(`${idBase.replace(/-s\d+$/, `-s${to}`)}-${to < index ? 'up' : 'down'}`);
          }}
          onRemove={() => {
            edit({ type: 'removeSession', ...ids });
            const next = Math.min(index, count - 2);
            focusSoon(
              next >= 0
                ? `${idBase.replace(/-s\d+$/, `-s${next}`)}-title`
                : `${idBase.replace(/-s\d+$/, '')}-add-session`,
            );
          }}
        />
      </legend>
      <div className="editor-row">
        <TextField
          id={`${idBase}-title`}
          label={t('sessionTitle')}
          value={session.title}
          path={`${path}.title`}
          onChange={(title) => edit({ type: 'setSessionTitle', ...ids, title })}
        />
        <div className="field">
          <label htmlFor={`${idBase}-topic`}>{t('topic')}</label>
          <select
            id={`${idBase}-topic`}
            value={newTopic !== null ? NEW_TOPIC : session.topicId}
            aria-invalid={problemsAt(`${path}.topicId`).length > 0 || undefined}
            aria-describedby={problemsAt(`${path}.topicId`).length > 0 ? `${idBase}-topic-problem` : undefined}
            onChange={(event) => {
              if (event.target.value === NEW_TOPIC) {
                setNewTopic('');
                focusSoon(`${idBase}-new-topic`);
              } else {
                setNewTopic(null);
                edit({ type: 'setSessionTopic', ...ids, topicId: event.target.value });
              }
            }}
          >
            {catalogue.topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topicLabel(catalogue, topic.id, language)}
              </option>
            ))}
            <option value={NEW_TOPIC}>{t('newTopicOption')}</option>
          </select>
          <FieldProblems id={`${idBase}-topic-problem`} kinds={problemsAt(`${path}.topicId`)} />
        </div>
      </div>
      {newTopic !== null ? (
        <div className="editor-row">
          <div className="field">
            <label htmlFor={`${idBase}-new-topic`}>{t('newTopicLabel')}</label>
            <input
              id={`${idBase}-new-topic`}
              type="text"
              dir="auto"
              value={newTopic}
              onChange={(event) => setNewTopic(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.stopPropagation();
                  setNewTopic(null);
                  focusSoon(`${idBase}-topic`);
                }
              }}
            />
          </div>
          <button
            type="button"
            className="editor-inline-button"
            disabled={newTopic.trim() === ''}
            onClick={() => {
              edit({ type: 'newTopicForSession', ...ids, label: newTopic });
              setNewTopic(null);
              focusSoon(`${idBase}-topic`);
            }}
          >
            {t('addTopic')}
          </button>
        </div>
      ) : null}
      <div className="field-check">
        <input
          id={`${idBase}-timed`}
          type="checkbox"
          checked={timed}
          onChange={(event) =>
            edit(
              event.target.checked
                ? { type: 'setSessionTimes', ...ids, start: seminar.start, end: seminar.end }
                : { type: 'setSessionTimes', ...ids },
            )
          }
        />
        <label htmlFor={`${idBase}-timed`}>{t('ownTimes')}</label>
      </div>
      {timed ? (
        <TimeFields
          idBase={`${idBase}-time`}
          start={session.start!}
          end={session.end!}
          zone={zone}
          path={path}
          fixedDate={toLocal(seminar.start, zone).date}
          onChange={(start, end) => edit({ type: 'setSessionTimes', ...ids, start, end })}
        />
      ) : null}
      <SpeakerList seminar={seminar} session={session} path={path} idBase={idBase} />
    </fieldset>
  );
}

function SpeakerList({
  seminar,
  session,
  path,
  idBase,
}: {
  seminar: Seminar;
  session: Session;
  path: string;
  idBase: string;
}) {
  const t = useStrings(EDITOR_STRINGS);
  const { catalogue, edit, focusSoon, problemsAt } = useEditor();
  const ids = { seminarId: seminar.id, sessionId: session.id };
  const people = new Map(catalogue.people.map((person) => [person.id, person]));
  const count = session.speakers.length;
  return (
    <div className="editor-speakers">
      <h5 id={`${idBase}-speakers-heading`}>{t('speakers')}</h5>
      {count === 0 ? <p className="field-help">{t('noSpeakers')}</p> : null}
      <ul aria-labelledby={`${idBase}-speakers-heading`}>
        {session.speakers.map((speaker, index) => {
          const rowId = `${idBase}-p${index}`;
          const name = nameOf(people.get(speaker.personId)) || speaker.personId;
          const personProblems = problemsAt(`${path}.speakers[${index}].personId`);
          return (
            <li key={`${speaker.personId}-${index}`} className="editor-speaker">
              <div className="field">
                <label htmlFor={`${rowId}-person`}>{t('speaker')}</label>
                <select
                  id={`${rowId}-person`}
                  value={speaker.personId}
                  aria-invalid={personProblems.length > 0 || undefined}
                  aria-describedby={personProblems.length > 0 ? `${rowId}-person-problem` : undefined}
                  onChange={(event) =>
                    edit({ type: 'setSpeaker', ...ids, index, change: { personId: event.target.value } })
                  }
                >
                  {people.has(speaker.personId) ? null : <option value={speaker.personId}>{speaker.personId}</option>}
                  {catalogue.people.map((person) => (
                    <option key={person.id} value={person.id}>
                      {nameOf(person) || person.id}
                    </option>
                  ))}
                </select>
                <FieldProblems id={`${rowId}-person-problem`} kinds={personProblems} />
              </div>
              <TextField
                id={`${rowId}-role`}
                label={t('role')}
                value={speaker.role}
                path={`${path}.speakers[${index}].role`}
                onChange={(role) => edit({ type: 'setSpeaker', ...ids, index, change: { role } })}
              />
              <div className="field-check">
                <input
                  id={`${rowId}-tbc`}
                  type="checkbox"
                  checked={speaker.tbc}
                  onChange={(event) =>
                    edit({ type: 'setSpeaker', ...ids, index, change: { tbc: event.target.checked } })
                  }
                />
                <label htmlFor={`${rowId}-tbc`}>{t('tbc')}</label>
              </div>
              <ItemActions
                idBase={rowId}
                name={name}
                index={index}
                count={count}
                onMove={(to) => {
                  edit({ type: 'moveSpeaker', ...ids, from: index, to });
                  focusSoon(`${idBase}-p${to}-${to < index ? 'up' : 'down'}`);
                }}
                onRemove={() => {
                  edit({ type: 'removeSpeaker', ...ids, index });
                  const next = Math.min(index, count - 2);
                  focusSoon(next >= 0 ? `${idBase}-p${next}-person` : `${idBase}-add-speaker`);
                }}
              />
            </li>
          );
        })}
      </ul>
      <PersonPicker
        id={`${idBase}-add-speaker`}
        label={t('personToAdd')}
        value={undefined}
        confirmLabel={t('addSpeaker')}
        onPick={(choice) => {
          if ('none' in choice) return;
          edit({ type: 'addSpeaker', ...ids, ...choice });
          focusSoon(`${idBase}-p${count}-role`);
        }}
      />
    </div>
  );
}
