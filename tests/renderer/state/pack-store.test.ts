import { describe, expect, it } from 'vitest';
import { serialisePack } from '../../../src/shared/pack/pack';
import {
  UNDO_LIMIT,
  canRedo,
  canUndo,
  chosenTopicIds,
  isDirty,
  packActions as a,
  packStoreReducer as reduce,
  type OpenDocument,
  type PackAction,
} from '../../../src/renderer/src/state/pack-store';
import {
  SEMINAR_EN,
  SEMINAR_ES,
  SEMINAR_FR,
  loadedDocument,
  opened,
  samplePack,
  smallCatalogue,
} from '../helpers/fixtures';

const ALL_TOPICS = ['what-is-cybercrime', 'legislation', 'international-cooperation', 'capacity-building'];

function apply(document: OpenDocument, ...actions: PackAction[]): OpenDocument {
  return actions.reduce<OpenDocument>((state, action) => reduce(state, action)!, document);
}

describe('packStoreReducer: loading and saving', () => {
  it('loads a clean document with its file, catalogue and a new revision', () => {
    const catalogue = smallCatalogue();
    const pack = samplePack({}, catalogue);
    const document = reduce(null, a.loaded(opened(pack, '/p/a.briefpack', 'a.briefpack'), catalogue))!;
    expect(document).toMatchObject({ pack, filePath: '/p/a.briefpack', displayName: 'a.briefpack', catalogue });
    expect(document.savedSnapshot).toBe(serialisePack(pack));
    expect(document.revision).toBe(1);
    expect(isDirty(document)).toBe(false);
    expect(reduce(document, a.loaded(opened(pack), catalogue))!.revision).toBe(2);
  });

  it('marks a restored copy (unsaved) as dirty from the start', () => {
    const catalogue = smallCatalogue();
    const document = reduce(null, a.loaded(opened(samplePack({}, catalogue)), catalogue, true))!;
    expect(isDirty(document)).toBe(true);
  });

  it('ignores edits while no pack is open', () => {
    expect(reduce(null, a.setField('title', 'x'))).toBeNull();
    expect(reduce(null, a.undo())).toBeNull();
  });

  it('is dirty after an edit, clean again when the edit is reverted by hand, and clean after saving', () => {
    const document = loadedDocument({ title: 'Original' });
    const edited = apply(document, a.setField('title', 'Changed'));
    expect(isDirty(edited)).toBe(true);
    expect(isDirty(apply(edited, a.setField('title', 'Original')))).toBe(false);
    const saved = apply(edited, a.saved('/p/b.briefpack', 'b.briefpack'));
    expect(isDirty(saved)).toBe(false);
    expect(saved).toMatchObject({ filePath: '/p/b.briefpack', displayName: 'b.briefpack' });
  });

  it('saved(pack) records the pack that was written, so edits made during the save stay unsaved', () => {
    const document = apply(loadedDocument(), a.setField('title', 'Written'));
    const written = document.pack;
    const later = apply(document, a.setField('title', 'Typed while saving'), a.saved('/p/c', 'c', written));
    expect(isDirty(later)).toBe(true);
    expect(isDirty(apply(later, a.setField('title', 'Written')))).toBe(false);
  });

  it('returns the same state for edits that change nothing (no revision, no undo step)', () => {
    const document = loadedDocument({ title: 'Same' });
    expect(reduce(document, a.setField('title', 'Same'))).toBe(document);
    expect(reduce(document, a.addSeminar(SEMINAR_EN))).toBe(document);
    expect(reduce(document, a.removeSeminar('no-such-seminar'))).toBe(document);
    expect(reduce(document, a.moveSeminar(0, 0))).toBe(document);
    expect(reduce(document, a.setBio('patryk-pawlak', 'en', undefined))).toBe(document);
  });
});

describe('packStoreReducer: fields', () => {
  it('sets every field of the settings form', () => {
    const document = apply(
      loadedDocument(),
      a.setField('title', 'Briefing for the Vienna session'),
      a.setField('delegation', 'Delegation of Norway'),
      a.setField('preparedBy', 'Multilateral Affairs'),
      a.setField('reference', 'REF-2020/17'),
      a.setField('date', '2020-06-20'),
      a.setField('marking', 'RESTRICTED'),
      a.setField('language', 'fr'),
      a.setField('paper', 'letter'),
    );
    expect(document.pack).toMatchObject({
      title: 'Briefing for the Vienna session',
      delegation: 'Delegation of Norway',
      preparedBy: 'Multilateral Affairs',
      reference: 'REF-2020/17',
      date: '2020-06-20',
      marking: 'RESTRICTED',
      language: 'fr',
      paper: 'letter',
    });
    expect(document.revision).toBe(9);
  });

  it('sets time zones in the given order, each once', () => {
    const document = apply(loadedDocument(), a.setTimeZones(['America/New_York', 'Europe/Vienna', 'America/New_York']));
    expect(document.pack.timeZones).toEqual(['America/New_York', 'Europe/Vienna']);
  });

  it('toggles sections', () => {
    const document = apply(loadedDocument(), a.toggleSection('speakerIndex'));
    expect(document.pack.sections.speakerIndex).toBe(false);
    expect(document.pack.sections.cover).toBe(true);
    expect(apply(document, a.toggleSection('speakerIndex')).pack.sections.speakerIndex).toBe(true);
  });
});

describe('packStoreReducer: seminars', () => {
  it('adds at the end, removes, and never lists a seminar twice', () => {
    let document = loadedDocument({ seminarIds: [] });
    document = apply(document, a.addSeminar(SEMINAR_ES), a.addSeminar(SEMINAR_EN), a.addSeminar(SEMINAR_ES));
    expect(document.pack.seminarIds).toEqual([SEMINAR_ES, SEMINAR_EN]);
    expect(apply(document, a.removeSeminar(SEMINAR_ES)).pack.seminarIds).toEqual([SEMINAR_EN]);
  });

  it('removes every seminar at once, as one undo step', () => {
    const document = apply(loadedDocument({ seminarIds: [SEMINAR_EN, SEMINAR_FR] }), a.removeAllSeminars());
    expect(document.pack.seminarIds).toEqual([]);
    expect(apply(document, a.undo()).pack.seminarIds).toEqual([SEMINAR_EN, SEMINAR_FR]);
    expect(reduce(document, a.removeAllSeminars())).toBe(document);
  });

  it('moves a seminar from one position to another', () => {
    const document = loadedDocument({ seminarIds: [SEMINAR_EN, SEMINAR_FR, SEMINAR_ES] });
    expect(apply(document, a.moveSeminar(0, 2)).pack.seminarIds).toEqual([SEMINAR_FR, SEMINAR_ES, SEMINAR_EN]);
    expect(apply(document, a.moveSeminar(2, 0)).pack.seminarIds).toEqual([SEMINAR_ES, SEMINAR_EN, SEMINAR_FR]);
    expect(apply(document, a.moveSeminar(1, 2)).pack.seminarIds).toEqual([SEMINAR_EN, SEMINAR_ES, SEMINAR_FR]);
  });

  it('clamps a move past either end and ignores a move from outside the list', () => {
    const document = loadedDocument({ seminarIds: [SEMINAR_EN, SEMINAR_FR, SEMINAR_ES] });
    expect(apply(document, a.moveSeminar(0, 9)).pack.seminarIds).toEqual([SEMINAR_FR, SEMINAR_ES, SEMINAR_EN]);
    expect(apply(document, a.moveSeminar(2, -4)).pack.seminarIds).toEqual([SEMINAR_ES, SEMINAR_EN, SEMINAR_FR]);
    expect(reduce(document, a.moveSeminar(5, 0))).toBe(document);
    expect(reduce(document, a.moveSeminar(-1, 0))).toBe(document);
  });
});

describe('packStoreReducer: the programme the pack carries', () => {
  const seminarIdsOf = (document: OpenDocument) => document.pack.programme.seminars.map((seminar) => seminar.id);

  it('takes a seminar into the snapshot when it is added, and lets it go with its people when removed', () => {
    let document = loadedDocument({ seminarIds: [] });
    expect(document.pack.programme.seminars).toEqual([]);
    document = apply(document, a.addSeminar(SEMINAR_FR));
    expect(seminarIdsOf(document)).toEqual([SEMINAR_FR]);
    expect(document.pack.programme.people.map((person) => person.id)).toContain('francois-delerue');
    document = apply(document, a.addSeminar(SEMINAR_EN), a.removeSeminar(SEMINAR_FR));
    expect(seminarIdsOf(document)).toEqual([SEMINAR_EN]);
    expect(document.pack.programme.people.map((person) => person.id)).not.toContain('francois-delerue');
    expect(apply(document, a.undo()).pack.programme.seminars.map((seminar) => seminar.id)).toEqual([
      SEMINAR_EN,
      SEMINAR_FR,
    ]);
  });

  it('does not add a seminar the catalogue does not have', () => {
    const document = loadedDocument({ seminarIds: [] });
    expect(reduce(document, a.addSeminar('no-such-seminar'))).toBe(document);
  });

  it('keeps the seminars as accepted until the user takes the catalogue’s changes, as one undo step', () => {
    const catalogue = smallCatalogue();
    const pack = samplePack({ seminarIds: [SEMINAR_EN, SEMINAR_ES] }, catalogue);
    const changed = structuredClone(catalogue);
    changed.seminars[0]!.title = 'Renamed in the catalogue';
    changed.seminars = changed.seminars.filter((seminar) => seminar.id !== SEMINAR_ES);
    let document = reduce(null, a.loaded(opened(pack, '/p/a.briefpack', 'a.briefpack'), changed))!;
    expect(document.pack.programme.seminars[0]!.title).toBe('Seminar with Asia-Pacific countries');
    document = apply(document, a.refreshProgramme());
    expect(document.pack.programme.seminars.map((seminar) => seminar.title)).toEqual(['Renamed in the catalogue']);
    expect(document.pack.seminarIds).toEqual([SEMINAR_EN]);
    expect(isDirty(document)).toBe(true);
    expect(apply(document, a.undo()).pack).toEqual(pack);
  });
});

describe('packStoreReducer: the catalogue changes under the pack', () => {
  it('takes a saved catalogue (or the pack’s own programme) without an undo step or a change to the pack', () => {
    const document = loadedDocument({ seminarIds: [SEMINAR_EN] });
    const edited = structuredClone(document.catalogue);
    edited.seminars[0]!.title = 'Edited in the catalogue editor';
    const next = reduce(document, a.catalogueChanged(edited))!;
    expect(next.catalogue).toBe(edited);
    expect(next.pack).toBe(document.pack);
    expect(next.past).toEqual(document.past);
    expect(next.revision).toBeGreaterThan(document.revision);
    expect(isDirty(next)).toBe(false);
    const fromPack = reduce(next, a.catalogueChanged(edited, true))!;
    expect(fromPack.catalogueFromPack).toBe(true);
  });
});

describe('packStoreReducer: topics (empty means all)', () => {
  it('unchecking one topic from "all" stores the explicit list of the others, in catalogue order', () => {
    const document = apply(loadedDocument({ topicIds: [] }), a.toggleTopic('legislation'));
    expect(document.pack.topicIds).toEqual(['what-is-cybercrime', 'international-cooperation', 'capacity-building']);
    expect(chosenTopicIds(document.pack, document.catalogue)).toEqual(document.pack.topicIds);
  });

  it('checking the last missing topic goes back to "all" (empty)', () => {
    const document = apply(
      loadedDocument({ topicIds: [] }),
      a.toggleTopic('legislation'),
      a.toggleTopic('legislation'),
    );
    expect(document.pack.topicIds).toEqual([]);
    expect(chosenTopicIds(document.pack, document.catalogue)).toEqual(ALL_TOPICS);
  });

  it('adds a topic to an explicit list in catalogue order', () => {
    const document = apply(loadedDocument({ topicIds: ['capacity-building'] }), a.toggleTopic('what-is-cybercrime'));
    expect(document.pack.topicIds).toEqual(['what-is-cybercrime', 'capacity-building']);
  });

  it('refuses to uncheck the last chosen topic (an empty list would mean all) and unknown topics', () => {
    const document = loadedDocument({ topicIds: ['legislation'] });
    expect(reduce(document, a.toggleTopic('legislation'))).toBe(document);
    expect(reduce(document, a.toggleTopic('not-a-topic'))).toBe(document);
  });
});

describe('packStoreReducer: briefs and bios', () => {
  const brief = {
    summary: 'What the delegation needs',
    pointsToMake: ['Support the convention'],
    background: 'Internal',
  };

  it('sets a topic brief and removes it again when emptied', () => {
    const document = apply(loadedDocument(), a.setTopicBrief('legislation', brief));
    expect(document.pack.topicBriefs).toEqual({ legislation: brief });
    const emptied = apply(document, a.setTopicBrief('legislation', { summary: '', pointsToMake: [], background: '' }));
    expect(emptied.pack.topicBriefs).toEqual({});
    expect(isDirty(emptied)).toBe(false);
    expect(reduce(emptied, a.setTopicBrief('legislation', { summary: '', pointsToMake: [], background: '' }))).toBe(
      emptied,
    );
  });

  it('sets a bio per language; undefined removes that language, and the person when none is left', () => {
    let document = apply(
      loadedDocument(),
      a.setBio('alexander-seger', 'en', 'Head of the Cybercrime Division.'),
      a.setBio('alexander-seger', 'fr', 'Chef de la division.'),
    );
    expect(document.pack.bioOverrides).toEqual({
      'alexander-seger': { en: 'Head of the Cybercrime Division.', fr: 'Chef de la division.' },
    });
    document = apply(document, a.setBio('alexander-seger', 'en', undefined));
    expect(document.pack.bioOverrides).toEqual({ 'alexander-seger': { fr: 'Chef de la division.' } });
    document = apply(document, a.setBio('alexander-seger', 'fr', undefined));
    expect(document.pack.bioOverrides).toEqual({});
  });

  it('keeps an empty string as a deliberate override (no bio printed)', () => {
    const document = apply(loadedDocument(), a.setBio('alexander-seger', 'es', ''));
    expect(document.pack.bioOverrides).toEqual({ 'alexander-seger': { es: '' } });
  });
});

describe('packStoreReducer: undo and redo', () => {
  it('undoes and redoes edits, and a new edit clears redo', () => {
    const start = loadedDocument({ seminarIds: [SEMINAR_EN] });
    let document = apply(start, a.addSeminar(SEMINAR_FR), a.toggleSection('cover'));
    expect(canUndo(document)).toBe(true);
    document = apply(document, a.undo());
    expect(document.pack.sections.cover).toBe(true);
    expect(document.pack.seminarIds).toEqual([SEMINAR_EN, SEMINAR_FR]);
    expect(canRedo(document)).toBe(true);
    document = apply(document, a.undo());
    expect(document.pack).toEqual(start.pack);
    expect(isDirty(document)).toBe(false);
    expect(canUndo(document)).toBe(false);
    document = apply(document, a.redo());
    expect(document.pack.seminarIds).toEqual([SEMINAR_EN, SEMINAR_FR]);
    document = apply(document, a.setField('title', 'New'));
    expect(canRedo(document)).toBe(false);
  });

  it('merges typing in one field into one step, but not across fields or after a save', () => {
    const start = loadedDocument({ title: '' });
    let document = apply(start, a.setField('title', 'B'), a.setField('title', 'Br'), a.setField('title', 'Bri'));
    expect(document.past).toHaveLength(1);
    document = apply(document, a.setField('reference', 'R'), a.setField('title', 'Brief'));
    expect(document.past).toHaveLength(3);
    document = apply(document, a.saved('/p', 'p'), a.setField('title', 'Briefing'));
    expect(document.past).toHaveLength(4);
    expect(apply(start, a.setField('title', 'B'), a.setField('title', 'Br'), a.undo()).pack.title).toBe('');
  });

  it('does nothing without history, and keeps at most UNDO_LIMIT steps', () => {
    const start = loadedDocument();
    expect(reduce(start, a.undo())).toBe(start);
    expect(reduce(start, a.redo())).toBe(start);
    let document = start;
    for (let i = 0; i < UNDO_LIMIT + 20; i++) document = apply(document, a.toggleSection('readings'));
    expect(document.past).toHaveLength(UNDO_LIMIT);
  });

  it('starts with no history after loading', () => {
    const document = apply(loadedDocument(), a.toggleSection('cover'));
    const reloaded = reduce(document, a.loaded(opened(document.pack), document.catalogue))!;
    expect(canUndo(reloaded)).toBe(false);
  });
});
