import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Catalogue,
  describeCatalogueProblem,
  readCatalogueData,
  validateCatalogue,
} from '../../../src/shared/catalogue';
import { BUILTIN_CATALOGUE_PATH } from '../../fixtures/catalogues/load';

function validCatalogue(): Catalogue {
  return {
    format: 'briefing-pack-catalogue',
    version: 2,
    series: [{ id: 'series', title: 'Series', summary: 'About.', focus: ['One'], furtherReadings: [] }],
    topics: [{ id: 'topic', labels: { en: 'Topic' } }],
    people: [
      { id: 'ada', givenName: 'Ada', familyName: 'LOVELACE', bio: {} },
      { id: 'alan', givenName: 'Alan', familyName: 'TURING', bio: { en: 'Bio.' } },
    ],
    seminars: [
      {
        id: 'seminar',
        seriesId: 'series',
        title: 'Seminar',
        language: 'en',
        start: '2020-06-24T07:00:00Z',
        end: '2020-06-24T08:45:00Z',
        chair: { personId: 'ada', role: 'Chair role' },
        sessions: [
          {
            id: 'topic',
            topicId: 'topic',
            title: 'Topic',
            speakers: [{ personId: 'alan', role: 'Role', tbc: false }],
          },
        ],
      },
    ],
  };
}

function problemsOf(data: unknown): string[] {
  const result = validateCatalogue(data);
  if (result.ok) return [];
  return (result.problems ?? []).map((problem) => `${problem.path}: ${problem.message}`);
}

describe('validateCatalogue', () => {
  it('accepts a valid catalogue', () => {
    expect(validateCatalogue(validCatalogue())).toEqual({ ok: true, data: validCatalogue() });
  });

  it('reports each broken reference by its JSON path', () => {
    const catalogue = validCatalogue();
    catalogue.seminars[0]!.seriesId = 'missing-series';
    catalogue.seminars[0]!.chair = { personId: 'nobody', role: '' };
    catalogue.seminars[0]!.sessions[0]!.topicId = 'missing-topic';
    catalogue.seminars[0]!.sessions[0]!.speakers[0]!.personId = 'ghost';
    expect(problemsOf(catalogue)).toEqual([
      'seminars[0].seriesId: no series with id "missing-series"',
      'seminars[0].chair.personId: no person with id "nobody"',
      'seminars[0].sessions[0].topicId: no topic with id "missing-topic"',
      'seminars[0].sessions[0].speakers[0].personId: no person with id "ghost"',
    ]);
  });

  it('reports duplicate ids and a window that does not end after it starts', () => {
    const catalogue = validCatalogue();
    catalogue.people.push({ id: 'ada', givenName: 'Other', familyName: 'ADA', bio: {} });
    catalogue.seminars[0]!.end = catalogue.seminars[0]!.start;
    expect(problemsOf(catalogue)).toEqual(['people[2].id: duplicate id "ada"', 'seminars[0].end: must be after start']);
  });

  it('reports schema problems by path', () => {
    const catalogue = validCatalogue() as unknown as { seminars: { start: string; language: string }[] };
    catalogue.seminars[0]!.start = '24 June 2020';
    catalogue.seminars[0]!.language = 'de';
    const problems = problemsOf(catalogue);
    expect(problems.some((problem) => problem.startsWith('seminars[0].start:'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('seminars[0].language:'))).toBe(true);
  });

  it('refuses a newer format version with a clear message', () => {
    const result = validateCatalogue({ ...validCatalogue(), version: 3 });
    expect(result).toMatchObject({ ok: false, code: 'newer-version' });
    expect(result.ok ? '' : result.message).toMatch(/newer version.*has not been changed/);
  });

  it('reports session ids repeated within a seminar and a session that ends before it starts', () => {
    const catalogue = validCatalogue();
    const session = catalogue.seminars[0]!.sessions[0]!;
    catalogue.seminars[0]!.sessions.push({ ...session, start: '2020-06-24T08:00:00Z', end: '2020-06-24T07:30:00Z' });
    expect(problemsOf(catalogue)).toEqual([
      'seminars[0].sessions[1].id: duplicate id "topic"',
      'seminars[0].sessions[1].end: must be after start',
    ]);
  });

  it('accepts the fields v2 adds and refuses an unknown announced time zone', () => {
    const catalogue = validCatalogue();
    catalogue.people[0] = {
      ...catalogue.people[0]!,
      honorific: 'Dr.',
      nameOrder: 'family-given',
      sortKey: 'LOVELACE Ada',
      organisation: 'Analytical Engines Ltd',
      country: 'United Kingdom',
      bio: { ar: 'سيرة', zh: '简历', ru: 'Биография' },
    };
    Object.assign(catalogue.seminars[0]!, { timeZone: 'Europe/Vienna', venue: 'Online (Zoom)', notes: 'Notes.' });
    catalogue.seminars[0]!.chair!.label = 'Moderator';
    expect(validateCatalogue(catalogue)).toEqual({ ok: true, data: catalogue });
    catalogue.seminars[0]!.timeZone = 'Mars/Olympus_Mons';
    expect(problemsOf(catalogue)[0]).toMatch(/^seminars\[0\]\.timeZone: is not a time zone name/);
  });

  it('says a problem in plain words, naming the seminar rather than its JSON path', () => {
    const catalogue = validCatalogue();
    catalogue.seminars[0]!.end = catalogue.seminars[0]!.start;
    const result = validateCatalogue(catalogue);
    expect(result.ok ? '' : result.message).toBe(
      'This catalogue is damaged: seminar "Seminar": the end time must be after start.',
    );
    expect(
      describeCatalogueProblem(catalogue, { path: 'seminars[0].sessions[0].speakers[0].personId', message: 'x' }),
    ).toBe('seminar "Seminar", session "Topic", speaker 1: the person x');
  });
});

describe('catalogue format v1', () => {
  function v1Catalogue(): Record<string, unknown> {
    const { sessions, ...seminar } = validCatalogue().seminars[0]!;
    return {
      ...validCatalogue(),
      version: 1,
      series: [
        {
          id: 'series',
          title: 'Series',
          summary: 'About.\n\nWe focus on:\n\nAfter.',
          focus: ['One'],
          furtherReadings: [],
        },
      ],
      seminars: [{ ...seminar, sessions: sessions.map(({ id: _id, ...session }) => session) }],
    };
  }

  it('opens and migrates to v2: sessions get ids from their topic, the focus list its place', () => {
    const result = readCatalogueData(v1Catalogue());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.fromVersion).toBe(1);
    expect(result.data.catalogue.version).toBe(2);
    expect(result.data.catalogue.seminars[0]!.sessions.map((session) => session.id)).toEqual(['topic']);
    expect(result.data.catalogue.series[0]!.focusAfterParagraph).toBe(2);
  });

  it('numbers the ids of two sessions on the same topic', () => {
    const v1 = v1Catalogue() as { seminars: { sessions: unknown[] }[] };
    v1.seminars[0]!.sessions.push(v1.seminars[0]!.sessions[0]);
    const result = validateCatalogue(v1);
    expect(result.ok && result.data.seminars[0]!.sessions.map((session) => session.id)).toEqual(['topic', 'topic-2']);
  });

  it('does not change the object it was given', () => {
    const v1 = v1Catalogue();
    const before = JSON.stringify(v1);
    validateCatalogue(v1);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it("the built-in catalogue as shipped in v1 migrates to today's file, but for the chair labels and source v1 never had", () => {
    const v1 = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'fixtures', 'catalogues', 'builtin-v1.catalogue.json'), 'utf8'),
    );
    const current = JSON.parse(readFileSync(BUILTIN_CATALOGUE_PATH, 'utf8')) as Catalogue;
    for (const seminar of current.seminars) if (seminar.chair) delete seminar.chair.label;
    delete current.source;
    expect(validateCatalogue(v1)).toEqual({ ok: true, data: current });
  });

  it.each([null, 42, 'text', [], {}, { format: 'something-else', version: 1 }])('refuses %j', (data) => {
    expect(validateCatalogue(data).ok).toBe(false);
  });
});
