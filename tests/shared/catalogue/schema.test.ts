import { describe, expect, it } from 'vitest';
import { type Catalogue, validateCatalogue } from '../../../src/shared/catalogue/schema';

function validCatalogue(): Catalogue {
  return {
    format: 'briefing-pack-catalogue',
    version: 1,
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
        sessions: [{ topicId: 'topic', title: 'Topic', speakers: [{ personId: 'alan', role: 'Role', tbc: false }] }],
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
    const result = validateCatalogue({ ...validCatalogue(), version: 2 });
    expect(result).toMatchObject({ ok: false, code: 'invalid-catalogue' });
    expect(result.ok ? '' : result.message).toMatch(/newer version/);
  });

  it.each([null, 42, 'text', [], {}, { format: 'something-else', version: 1 }])('refuses %j', (data) => {
    expect(validateCatalogue(data).ok).toBe(false);
  });
});
