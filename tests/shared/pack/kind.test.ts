import { describe, expect, it } from 'vitest';
import {
  type Pack,
  createDefaultPack,
  loadPack,
  refreshedSnapshot,
  seminarRevision,
  serialisePack,
  withDocumentKind,
} from '../../../src/shared/pack';
import { smallCatalogue } from '../../fixtures/catalogues/load';

const catalogue = smallCatalogue();
const seminarId = catalogue.seminars[0]!.id;
const pack = (choices: Partial<Pack> = {}): Pack =>
  createDefaultPack(catalogue, { today: '2020-06-01', seminarIds: [seminarId], ...choices });
const reload = (value: Pack) => loadPack(JSON.parse(serialisePack(value)) as unknown);

describe('document kind', () => {
  it('a new programme has no marking, its own sections and each seminar in its own language', () => {
    const programme = pack({ kind: 'programme' });
    expect(programme).toMatchObject({ kind: 'programme', marking: '', languageMode: 'each-seminar' });
    expect(programme.sections).toMatchObject({ cover: true, agenda: true, speakers: true, topicBriefs: false });
    expect(pack()).toMatchObject({ kind: 'briefing', marking: 'UNCLASSIFIED', languageMode: 'document' });
  });

  it('round-trips kind, language mode, booklet paper and revisions through the file', () => {
    const programme = pack({ kind: 'programme', paper: 'a5-booklet' });
    const loaded = reload(programme);
    expect(loaded.ok && loaded.data.warnings).toEqual([]);
    expect(loaded.ok && loaded.data.pack).toEqual(programme);
    expect(serialisePack(programme)).toContain('"kind": "programme"');
    expect(serialisePack(programme)).toContain(`"${seminarId}": {\n        "sequence": 0,`);
  });

  it('reads a v1 pack and a v2 file written before the kind existed as a briefing pack, without a warning', () => {
    const { kind: _kind, languageMode: _mode, ...older } = JSON.parse(serialisePack(pack())) as Record<string, unknown>;
    const loaded = loadPack(older);
    expect(loaded.ok && loaded.data.warnings).toEqual([]);
    expect(loaded.ok && loaded.data.pack.kind).toBe('briefing');
    const v1 = loadPack({ ...older, version: 1, programme: undefined, catalogueId: 'builtin' });
    expect(v1.ok && v1.data.pack).toMatchObject({ kind: 'briefing', languageMode: 'document' });
  });

  it('resets an unreadable kind to a briefing pack and says so, keeping the rest', () => {
    const raw = { ...(JSON.parse(serialisePack(pack({ title: 'Kept' }))) as object), kind: 'poster' };
    const loaded = loadPack(raw);
    expect(loaded.ok && loaded.data.pack).toMatchObject({ kind: 'briefing', title: 'Kept' });
    expect(loaded.ok && loaded.data.warnings).toEqual([{ kind: 'field-reset', field: 'kind' }]);
  });

  it('switching kind back and forth keeps the user text and seminars', () => {
    const briefing = pack({ topicBriefs: { x: { summary: 's', pointsToMake: [], background: 'b' } } });
    const back = withDocumentKind(withDocumentKind(briefing, 'programme'), 'briefing');
    expect(back).toMatchObject({ marking: 'UNCLASSIFIED', seminarIds: [seminarId], topicBriefs: briefing.topicBriefs });
  });
});

describe('seminar revisions (the calendar SEQUENCE)', () => {
  it('stay while the seminar is unchanged and grow by one when its times change', () => {
    const first = pack().programme;
    expect(first.revisions?.[seminarId]?.sequence).toBe(0);
    expect(refreshedSnapshot(first, catalogue, [seminarId]).revisions).toEqual(first.revisions);

    const moved = structuredClone(catalogue);
    moved.seminars[0]!.end = new Date(Date.parse(moved.seminars[0]!.end) + 15 * 60_000)
      .toISOString()
      .replace('.000', '');
    const second = refreshedSnapshot(first, moved, [seminarId]);
    expect(second.revisions?.[seminarId]?.sequence).toBe(1);
    const renamed = structuredClone(moved);
    const speakerId = renamed.seminars[0]!.sessions[0]!.speakers[0]!.personId;
    renamed.people.find((person) => person.id === speakerId)!.organisation = 'Another organisation';
    expect(refreshedSnapshot(second, renamed, [seminarId]).revisions?.[seminarId]?.sequence).toBe(2);
  });

  it('count one more for a seminar edited in the file by hand, and start at 0 where none was recorded', () => {
    const snapshot = pack().programme;
    const seminar = { ...snapshot.seminars[0]!, title: 'Edited by hand' };
    expect(seminarRevision(snapshot, seminar).sequence).toBe(1);
    expect(seminarRevision({ ...snapshot, revisions: {} }, seminar).sequence).toBe(0);
  });
});
