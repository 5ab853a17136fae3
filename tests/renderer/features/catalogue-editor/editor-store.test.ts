import { describe, expect, it } from 'vitest';
import {
  EDITOR_UNDO_LIMIT,
  canRedoEdit,
  canUndoEdit,
  editorActions as a,
  editorReducer,
  initialEditorState,
  isUnsaved,
} from '../../../../src/renderer/src/features/catalogue-editor/editor-store';
import type { CatalogueEdit } from '../../../../src/renderer/src/features/catalogue-editor/edits';
import { findFieldProblems } from '../../../../src/shared/catalogue/problems';
import { smallCatalogue } from '../../helpers/fixtures';

const run = (edits: CatalogueEdit[], state = initialEditorState(smallCatalogue())) =>
  edits.reduce((current, edit) => editorReducer(current, a.edit(edit)), state);

describe('catalogue editor store: undo and redo', () => {
  it('starts saved; an edit makes it unsaved; undo brings it back; redo again', () => {
    const start = initialEditorState(smallCatalogue());
    expect(isUnsaved(start)).toBe(false);
    const seminarId = start.catalogue.seminars[0]!.id;
    const edited = run([{ type: 'setSeminarText', seminarId, field: 'title', value: 'New title' }], start);
    expect(isUnsaved(edited)).toBe(true);
    expect(canUndoEdit(edited)).toBe(true);
    const undone = editorReducer(edited, a.undo());
    expect(undone.catalogue).toEqual(start.catalogue);
    expect(isUnsaved(undone)).toBe(false);
    expect(canRedoEdit(undone)).toBe(true);
    expect(editorReducer(undone, a.redo()).catalogue.seminars[0]!.title).toBe('New title');
  });

  it('makes typing in one field one step, and a new field a new step', () => {
    const start = initialEditorState(smallCatalogue());
    const seminarId = start.catalogue.seminars[0]!.id;
    const typed = run(
      [
        { type: 'setSeminarText', seminarId, field: 'title', value: 'N' },
        { type: 'setSeminarText', seminarId, field: 'title', value: 'Ne' },
        { type: 'setSeminarText', seminarId, field: 'title', value: 'New' },
        { type: 'setSeminarText', seminarId, field: 'venue', value: 'Vienna' },
      ],
      start,
    );
    expect(typed.past).toHaveLength(2);
    expect(editorReducer(editorReducer(typed, a.undo()), a.undo()).catalogue).toEqual(start.catalogue);
  });

  it('ignores edits that change nothing, keeps redo until a new edit, and bounds the history', () => {
    const start = initialEditorState(smallCatalogue());
    const seminar = start.catalogue.seminars[0]!;
    expect(
      editorReducer(
        start,
        a.edit({ type: 'setSeminarText', seminarId: seminar.id, field: 'title', value: seminar.title }),
      ),
    ).toBe(start);
    expect(editorReducer(start, a.edit({ type: 'removeSeminar', seminarId: 'nope' })).past).toHaveLength(0);
    expect(editorReducer(start, a.undo())).toBe(start);
    let state = start;
    for (let i = 0; i < EDITOR_UNDO_LIMIT + 20; i++)
      state = editorReducer(
        state,
        a.edit({ type: 'setSeminarLanguage', seminarId: seminar.id, language: i % 2 ? 'fr' : 'ar' }),
      );
    expect(state.past).toHaveLength(EDITOR_UNDO_LIMIT);
    const undone = editorReducer(state, a.undo());
    expect(canRedoEdit(editorReducer(undone, a.edit({ type: 'setCatalogueTitle', title: 'T' })))).toBe(false);
  });

  it('treats an import or a restored draft as unsaved until saved', () => {
    const imported = initialEditorState(smallCatalogue(), true);
    expect(isUnsaved(imported)).toBe(true);
    const saved = editorReducer(imported, a.saved({ ...imported.catalogue, id: 'imported-abcdef' }));
    expect(isUnsaved(saved)).toBe(false);
    expect(saved.catalogue.id).toBe('imported-abcdef');
  });
});

describe('catalogue editor store: seminars, sessions and speakers', () => {
  it('adds, moves and removes seminars with ids from their date', () => {
    const state = run([
      {
        type: 'addSeminar',
        start: '2021-03-01T09:00:00Z',
        end: '2021-03-01T10:00:00Z',
        language: 'ar',
        timeZone: 'Asia/Dubai',
      },
      { type: 'addSeminar', start: '2021-03-01T12:00:00Z', end: '2021-03-01T13:00:00Z', language: 'zh' },
    ]);
    const ids = state.catalogue.seminars.map((s) => s.id);
    expect(ids.slice(-2)).toEqual(['seminar-2021-03-01', 'seminar-2021-03-01-2']);
    expect(state.catalogue.seminars.at(-2)).toMatchObject({ language: 'ar', timeZone: 'Asia/Dubai', title: '' });
    const moved = run([{ type: 'moveSeminar', from: ids.length - 1, to: 0 }], state);
    expect(moved.catalogue.seminars[0]!.id).toBe('seminar-2021-03-01-2');
    const removed = run([{ type: 'removeSeminar', seminarId: 'seminar-2021-03-01' }], moved);
    expect(removed.catalogue.seminars.map((s) => s.id)).not.toContain('seminar-2021-03-01');
    expect(findFieldProblems(removed.catalogue)).toEqual([]);
  });

  it('sets times, the announced zone and the chair; an end before the start is a problem', () => {
    const start = initialEditorState(smallCatalogue());
    const seminarId = start.catalogue.seminars[0]!.id;
    const personId = start.catalogue.people[1]!.id;
    const state = run(
      [
        { type: 'setSeminarTimes', seminarId, start: '2020-06-24T10:00:00Z', end: '2020-06-24T09:00:00Z' },
        { type: 'setSeminarZone', seminarId, timeZone: 'Europe/Vienna' },
        { type: 'setChair', seminarId, personId },
        { type: 'setChairText', seminarId, field: 'label', value: 'Moderator' },
        { type: 'setChairText', seminarId, field: 'role', value: '' },
      ],
      start,
    );
    const seminar = state.catalogue.seminars[0]!;
    expect(seminar).toMatchObject({ timeZone: 'Europe/Vienna', chair: { personId, label: 'Moderator', role: '' } });
    expect(findFieldProblems(state.catalogue)).toContainEqual({ path: 'seminars[0].end', kind: 'end-before-start' });
    const noChair = run(
      [
        { type: 'setChair', seminarId, personId: undefined },
        { type: 'setSeminarZone', seminarId, timeZone: undefined },
      ],
      state,
    );
    expect(noChair.catalogue.seminars[0]!.chair).toBeUndefined();
    expect('timeZone' in noChair.catalogue.seminars[0]!).toBe(false);
  });

  it('adds sessions on a topic (title from it), a new topic, own times, and reorders and removes them', () => {
    const start = initialEditorState(smallCatalogue());
    const seminar = start.catalogue.seminars[0]!;
    const topic = start.catalogue.topics[0]!;
    let state = run([{ type: 'addSession', seminarId: seminar.id, topicId: topic.id }], start);
    const added = state.catalogue.seminars[0]!.sessions.at(-1)!;
    expect(added.topicId).toBe(topic.id);
    expect(added.id).not.toBe(seminar.sessions.find((s) => s.topicId === topic.id)?.id);
    expect(added.title).toBe(topic.labels[seminar.language] ?? topic.labels.en);
    state = run(
      [
        { type: 'newTopicForSession', seminarId: seminar.id, sessionId: added.id, label: 'Artificial intelligence' },
        {
          type: 'setSessionTimes',
          seminarId: seminar.id,
          sessionId: added.id,
          start: '2020-06-24T07:10:00Z',
          end: '2020-06-24T07:40:00Z',
        },
        { type: 'moveSession', seminarId: seminar.id, from: seminar.sessions.length, to: 0 },
      ],
      state,
    );
    const first = state.catalogue.seminars[0]!.sessions[0]!;
    expect(first).toMatchObject({ id: added.id, topicId: 'artificial-intelligence', start: '2020-06-24T07:10:00Z' });
    expect(state.catalogue.topics.at(-1)).toEqual({
      id: 'artificial-intelligence',
      labels: { [seminar.language]: 'Artificial intelligence' },
    });
    state = run([{ type: 'setSessionTimes', seminarId: seminar.id, sessionId: added.id }], state);
    expect('start' in state.catalogue.seminars[0]!.sessions[0]!).toBe(false);
    state = run([{ type: 'removeSession', seminarId: seminar.id, sessionId: added.id }], state);
    expect(state.catalogue.seminars[0]!.sessions).toEqual(seminar.sessions);
  });

  it('adds speakers from the people list or as a new person, with role and TBC, and reorders them', () => {
    const start = initialEditorState(smallCatalogue());
    const seminar = start.catalogue.seminars[0]!;
    const session = seminar.sessions[0]!;
    const count = session.speakers.length;
    const state = run([
      { type: 'addSpeaker', seminarId: seminar.id, sessionId: session.id, personId: start.catalogue.people[0]!.id },
      {
        type: 'addSpeaker',
        seminarId: seminar.id,
        sessionId: session.id,
        newPerson: { givenName: ' Ana ', familyName: 'GARCÍA' },
      },
      {
        type: 'setSpeaker',
        seminarId: seminar.id,
        sessionId: session.id,
        index: count + 1,
        change: { role: 'Judge', tbc: true },
      },
      { type: 'moveSpeaker', seminarId: seminar.id, sessionId: session.id, from: count + 1, to: 0 },
      { type: 'addSpeaker', seminarId: seminar.id, sessionId: session.id, personId: 'nobody' },
    ]);
    const speakers = state.catalogue.seminars[0]!.sessions[0]!.speakers;
    expect(speakers).toHaveLength(count + 2);
    expect(speakers[0]).toEqual({ personId: 'ana-garcia', role: 'Judge', tbc: true });
    expect(state.catalogue.people.at(-1)).toEqual({
      id: 'ana-garcia',
      givenName: 'Ana',
      familyName: 'GARCÍA',
      bio: {},
    });
    const removed = run([{ type: 'removeSpeaker', seminarId: seminar.id, sessionId: session.id, index: 0 }], state);
    expect(removed.catalogue.seminars[0]!.sessions[0]!.speakers).toHaveLength(count + 1);
  });
});

describe('catalogue editor store: topics', () => {
  it('drops a topic with its last session, and brings it back on undo; an unused topic stays', () => {
    const start = initialEditorState(smallCatalogue());
    const seminar = start.catalogue.seminars[0]!;
    const added = run([{ type: 'addSessionWithNewTopic', seminarId: seminar.id, label: 'Refreshments' }], start);
    expect(added.catalogue.topics.map((t) => t.id)).toContain('refreshments');
    const session = added.catalogue.seminars[0]!.sessions.at(-1)!;
    const removed = run([{ type: 'removeSession', seminarId: seminar.id, sessionId: session.id }], added);
    expect(removed.catalogue.topics).toEqual(start.catalogue.topics);
    expect(editorReducer(removed, a.undo()).catalogue.topics.map((t) => t.id)).toContain('refreshments');
  });
});

describe('catalogue editor store: people', () => {
  it('edits names, honorific, order, organisation, country and bios per language', () => {
    const start = initialEditorState(smallCatalogue());
    const personId = start.catalogue.people[0]!.id;
    const state = run(
      [
        { type: 'setPersonText', personId, field: 'honorific', value: 'Dr.' },
        { type: 'setPersonText', personId, field: 'organisation', value: 'UNODC' },
        { type: 'setPersonText', personId, field: 'country', value: 'Austria' },
        { type: 'setNameOrder', personId, nameOrder: 'family-given' },
        { type: 'setBio', personId, language: 'ar', text: 'سيرة' },
        { type: 'setPersonText', personId, field: 'country', value: '' },
      ],
      start,
    );
    const person = state.catalogue.people[0]!;
    expect(person).toMatchObject({ honorific: 'Dr.', organisation: 'UNODC', nameOrder: 'family-given' });
    expect(person.bio.ar).toBe('سيرة');
    expect('country' in person).toBe(false);
    expect(
      run([{ type: 'setBio', personId, language: 'ar', text: '' }], state).catalogue.people[0]!.bio.ar,
    ).toBeUndefined();
  });

  it('removes a person only when they appear nowhere', () => {
    const start = initialEditorState(smallCatalogue());
    const speaking = start.catalogue.seminars[0]!.sessions[0]!.speakers[0]!.personId;
    expect(run([{ type: 'removePerson', personId: speaking }], start)).toBe(start);
    const added = run([{ type: 'addPerson', person: { givenName: 'Solo', familyName: 'PERSON' } }], start);
    const removed = run([{ type: 'removePerson', personId: 'solo-person' }], added);
    expect(removed.catalogue.people).toEqual(start.catalogue.people);
  });

  it('merges two entries of one person: appearances and bios carried over, one entry per session', () => {
    const start = initialEditorState(smallCatalogue());
    const seminar = start.catalogue.seminars[0]!;
    const session = seminar.sessions[0]!;
    const keep = start.catalogue.people[0]!;
    let state = run(
      [
        {
          type: 'addSpeaker',
          seminarId: seminar.id,
          sessionId: session.id,
          newPerson: { givenName: 'X', familyName: keep.familyName },
        },
      ],
      start,
    );
    const twin = state.catalogue.people.at(-1)!;
    state = run(
      [
        { type: 'addSpeaker', seminarId: seminar.id, sessionId: session.id, personId: keep.id },
        { type: 'setBio', personId: twin.id, language: 'ru', text: 'Биография' },
        { type: 'setPersonText', personId: twin.id, field: 'organisation', value: 'Council of Europe' },
        { type: 'setChair', seminarId: seminar.id, personId: twin.id },
        { type: 'mergePeople', keepId: keep.id, mergeId: twin.id },
      ],
      state,
    );
    const merged = state.catalogue.people.find((person) => person.id === keep.id)!;
    expect(state.catalogue.people.some((person) => person.id === twin.id)).toBe(false);
    expect(merged.bio.ru).toBe('Биография');
    expect(merged.bio.en).toBe(keep.bio.en);
    expect(merged.organisation).toBe(keep.organisation ?? 'Council of Europe');
    const edited = state.catalogue.seminars[0]!;
    expect(edited.chair?.personId).toBe(keep.id);
    const ids = edited.sessions[0]!.speakers.map((speaker) => speaker.personId);
    expect(ids.filter((id) => id === keep.id)).toHaveLength(1);
    expect(findFieldProblems(state.catalogue)).toEqual([]);
  });
});
