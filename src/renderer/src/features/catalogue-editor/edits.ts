/**
 * The catalogue editor's edits, as pure functions: each takes a catalogue and
 * gives the edited one (the same object when nothing changes), so the reducer
 * can keep every step for undo. Ids never change once given: packs refer to them.
 */
import type { Catalogue, Seminar, Session } from '../../../../shared/catalogue/schema';
import { uniqueSessionId } from '../../../../shared/catalogue/migrations';
import type { CatalogueEdit, NewPerson } from './catalogue-edit';
import { move, setOptional, slugOf, updatePerson, updateSeminar, updateSession, withList } from './edit-helpers';
import { freshId, seminarIdFor } from './ids';
import { addPeople, appearances, mergePeople } from './people-edits';

export { appearances, mergePeople } from './people-edits';
export type { CatalogueEdit, NameOrder, NewPerson, PersonTextField, SeminarTextField } from './catalogue-edit';

/**
 * The catalogue after one edit; the same object when the edit changes nothing or names nothing there.
 * A topic that no session maps to any more goes with the last one (a topic is what sessions share; a
 * pack keeps any brief written for it).
 */
export function applyEdit(catalogue: Catalogue, edit: CatalogueEdit): Catalogue {
  const next = applyOne(catalogue, edit);
  return next !== catalogue &&
    (edit.type === 'removeSession' ||
      edit.type === 'removeSeminar' ||
      edit.type === 'setSessionTopic' ||
      edit.type === 'newTopicForSession')
    ? withoutUnusedTopics(next, catalogue)
    : next;
}

/** Drops the topics `before` used that `after` no longer does. */
function withoutUnusedTopics(after: Catalogue, before: Catalogue): Catalogue {
  const usedBy = (catalogue: Catalogue) =>
    new Set(catalogue.seminars.flatMap((seminar) => seminar.sessions.map((session) => session.topicId)));
  const used = usedBy(after);
  const wasUsed = usedBy(before);
  const topics = after.topics.filter((topic) => used.has(topic.id) || !wasUsed.has(topic.id));
  return topics.length === after.topics.length ? after : { ...after, topics };
}

function applyOne(catalogue: Catalogue, edit: CatalogueEdit): Catalogue {
  switch (edit.type) {
    case 'setCatalogueTitle':
      return catalogue.title === edit.title ? catalogue : { ...catalogue, title: edit.title };
    case 'addSeminar':
      return addSeminar(catalogue, edit);
    case 'removeSeminar':
      return catalogue.seminars.some((seminar) => seminar.id === edit.seminarId)
        ? { ...catalogue, seminars: catalogue.seminars.filter((seminar) => seminar.id !== edit.seminarId) }
        : catalogue;
    case 'moveSeminar':
      return withList(catalogue, 'seminars', move(catalogue.seminars, edit.from, edit.to));
    case 'addPerson':
      return addPeople(catalogue, [edit.person]).catalogue;
    case 'removePerson':
      return appearances(catalogue, edit.personId) > 0
        ? catalogue
        : { ...catalogue, people: catalogue.people.filter((person) => person.id !== edit.personId) };
    case 'setPersonText':
      return updatePerson(catalogue, edit.personId, (person) => setOptional(person, edit.field, edit.value));
    case 'setNameOrder':
      return updatePerson(catalogue, edit.personId, (person) =>
        edit.nameOrder === (person.nameOrder ?? 'given-family') ? person : { ...person, nameOrder: edit.nameOrder },
      );
    case 'setBio':
      return updatePerson(catalogue, edit.personId, (person) => {
        const bio = { ...person.bio };
        if (edit.text === '') delete bio[edit.language];
        else bio[edit.language] = edit.text;
        return (person.bio[edit.language] ?? '') === edit.text ? person : { ...person, bio };
      });
    case 'mergePeople':
      return mergePeople(catalogue, edit.keepId, edit.mergeId);
    case 'setChair':
      return setChair(catalogue, edit.seminarId, edit.personId, edit.newPerson);
    case 'newTopicForSession':
    case 'addSpeaker':
      return editNeedingNewThings(catalogue, edit);
    case 'addSessionWithNewTopic': {
      const label = edit.label.trim();
      const seminar = catalogue.seminars.find((candidate) => candidate.id === edit.seminarId);
      if (!seminar || label === '') return catalogue;
      const topicId = freshId(
        slugOf(label),
        catalogue.topics.map((topic) => topic.id),
      );
      const withTopic = {
        ...catalogue,
        topics: [...catalogue.topics, { id: topicId, labels: { [seminar.language]: label } }],
      };
      return applyEdit(withTopic, { type: 'addSession', seminarId: edit.seminarId, topicId });
    }
    default:
      return updateSeminar(catalogue, edit.seminarId, (seminar) => editSeminar(catalogue, seminar, edit));
  }
}

type SeminarEdit = Extract<
  CatalogueEdit,
  {
    type:
      | 'setSeminarText'
      | 'setSeminarLanguage'
      | 'setSeminarZone'
      | 'setSeminarTimes'
      | 'setChairText'
      | 'addSession'
      | 'removeSession'
      | 'moveSession'
      | 'setSessionTitle'
      | 'setSessionTopic'
      | 'setSessionTimes'
      | 'removeSpeaker'
      | 'moveSpeaker'
      | 'setSpeaker';
  }
>;

function editSeminar(catalogue: Catalogue, seminar: Seminar, edit: SeminarEdit): Seminar {
  switch (edit.type) {
    case 'setSeminarText':
      return edit.field === 'title'
        ? seminar.title === edit.value
          ? seminar
          : { ...seminar, title: edit.value }
        : setOptional(seminar, edit.field, edit.value);
    case 'setSeminarLanguage':
      return seminar.language === edit.language ? seminar : { ...seminar, language: edit.language };
    case 'setSeminarZone':
      return setOptional(seminar, 'timeZone', edit.timeZone ?? '');
    case 'setSeminarTimes':
      return seminar.start === edit.start && seminar.end === edit.end
        ? seminar
        : { ...seminar, start: edit.start, end: edit.end };
    case 'setChairText':
      if (!seminar.chair) return seminar;
      return { ...seminar, chair: setOptional(seminar.chair, edit.field, edit.value, edit.field === 'role') };
    case 'addSession': {
      const used = new Set(seminar.sessions.map((session) => session.id));
      const topic = catalogue.topics.find((candidate) => candidate.id === edit.topicId);
      const title = topic ? (topic.labels[seminar.language] ?? topic.labels.en ?? '') : '';
      const session: Session = { id: uniqueSessionId(edit.topicId, used), topicId: edit.topicId, title, speakers: [] };
      return { ...seminar, sessions: [...seminar.sessions, session] };
    }
    case 'removeSession':
      return seminar.sessions.some((session) => session.id === edit.sessionId)
        ? { ...seminar, sessions: seminar.sessions.filter((session) => session.id !== edit.sessionId) }
        : seminar;
    case 'moveSession':
      return { ...seminar, sessions: move(seminar.sessions, edit.from, edit.to) };
    default:
      return updateSession(seminar, edit.sessionId, (session) => editSession(session, edit));
  }
}

type SessionEdit = Extract<
  SeminarEdit,
  { type: 'setSessionTitle' | 'setSessionTopic' | 'setSessionTimes' | 'removeSpeaker' | 'moveSpeaker' | 'setSpeaker' }
>;

function editSession(session: Session, edit: SessionEdit): Session {
  switch (edit.type) {
    case 'setSessionTitle':
      return session.title === edit.title ? session : { ...session, title: edit.title };
    case 'setSessionTopic':
      return session.topicId === edit.topicId ? session : { ...session, topicId: edit.topicId };
    case 'setSessionTimes': {
      if (session.start === edit.start && session.end === edit.end) return session;
      const { start: _start, end: _end, ...rest } = session;
      return { ...rest, ...(edit.start && edit.end ? { start: edit.start, end: edit.end } : {}) };
    }
    case 'removeSpeaker':
      return edit.index >= 0 && edit.index < session.speakers.length
        ? { ...session, speakers: session.speakers.filter((_, index) => index !== edit.index) }
        : session;
    case 'moveSpeaker':
      return { ...session, speakers: move(session.speakers, edit.from, edit.to) };
    case 'setSpeaker': {
      const current = session.speakers[edit.index];
      if (!current) return session;
      const next = { ...current, ...edit.change };
      if (next.personId === current.personId && next.role === current.role && next.tbc === current.tbc) return session;
      return {
        ...session,
        speakers: session.speakers.map((speaker, index) => (index === edit.index ? next : speaker)),
      };
    }
  }
}

function addSeminar(catalogue: Catalogue, edit: Extract<CatalogueEdit, { type: 'addSeminar' }>): Catalogue {
  const id = seminarIdFor(
    edit.start,
    '',
    catalogue.seminars.map((seminar) => seminar.id),
  );
  const seriesId = catalogue.series[0]?.id ?? 'series';
  const series =
    catalogue.series.length > 0
      ? catalogue.series
      : [{ id: seriesId, title: catalogue.title ?? '', summary: '', focus: [], furtherReadings: [] }];
  const seminar: Seminar = {
    id,
    seriesId,
    title: '',
    language: edit.language,
    start: edit.start,
    end: edit.end,
    ...(edit.timeZone ? { timeZone: edit.timeZone } : {}),
    sessions: [],
  };
  return { ...catalogue, series, seminars: [...catalogue.seminars, seminar] };
}

/** Edits that may make a person or a topic on the way. */
function editNeedingNewThings(
  catalogue: Catalogue,
  edit: Extract<CatalogueEdit, { type: 'newTopicForSession' | 'addSpeaker' }>,
): Catalogue {
  if (edit.type === 'newTopicForSession') {
    const seminar = catalogue.seminars.find((candidate) => candidate.id === edit.seminarId);
    const label = edit.label.trim();
    if (!seminar || label === '') return catalogue;
    const topicId = freshId(
      slugOf(label),
      catalogue.topics.map((topic) => topic.id),
    );
    const withTopic = {
      ...catalogue,
      topics: [...catalogue.topics, { id: topicId, labels: { [seminar.language]: label } }],
    };
    return applyEdit(withTopic, {
      type: 'setSessionTopic',
      seminarId: edit.seminarId,
      sessionId: edit.sessionId,
      topicId,
    });
  }
  const { catalogue: withPerson, ids } = edit.newPerson
    ? addPeople(catalogue, [edit.newPerson])
    : { catalogue, ids: [] };
  const personId = ids[0] ?? edit.personId;
  if (!personId || !withPerson.people.some((person) => person.id === personId)) return catalogue;
  return updateSeminar(withPerson, edit.seminarId, (seminar) =>
    updateSession(seminar, edit.sessionId, (session) => ({
      ...session,
      speakers: [...session.speakers, { personId, role: '', tbc: false }],
    })),
  );
}

function setChair(catalogue: Catalogue, seminarId: string, personId: string | undefined, newPerson?: NewPerson) {
  const { catalogue: withPerson, ids } = newPerson ? addPeople(catalogue, [newPerson]) : { catalogue, ids: [] };
  const chosen = ids[0] ?? personId;
  return updateSeminar(withPerson, seminarId, (seminar) => {
    if (chosen === undefined) {
      if (!seminar.chair) return seminar;
      const { chair: _chair, ...rest } = seminar;
      return rest;
    }
    if (seminar.chair?.personId === chosen) return seminar;
    return { ...seminar, chair: { role: '', ...seminar.chair, personId: chosen } };
  });
}
