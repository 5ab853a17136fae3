/**
 * Any valid catalogue v2: every optional field present or not, hostile text in
 * every string, references that resolve and times that end after they start.
 * Built so that validateCatalogue accepts each value as it is.
 */
import fc from 'fast-check';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION, CONTENT_LANGUAGES, type Catalogue } from '../../src/shared/catalogue';
import { hostileText } from './arbitraries';

const text = (maxLength = 120) => hostileText({ maxLength });
const nonEmpty = text(60).map((value) => (value === '' ? 'x' : value));
const localised = fc.record(
  Object.fromEntries(CONTENT_LANGUAGES.map((language) => [language, text(300)])) as Record<
    (typeof CONTENT_LANGUAGES)[number],
    fc.Arbitrary<string>
  >,
  { requiredKeys: [] },
);
const instant = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 })
  .map((minutes) => new Date(minutes * 60_000).toISOString().replace('.000Z', 'Z'));
const zone = fc.constantFrom('Europe/Vienna', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe');

function optional<T>(key: string, value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.option(value, { nil: undefined }).map((v) => (v === undefined ? {} : { [key]: v }));
}

export function validCatalogueArbitrary(): fc.Arbitrary<Catalogue> {
  return fc
    .record({
      seriesCount: fc.integer({ min: 1, max: 2 }),
      topicCount: fc.integer({ min: 1, max: 4 }),
      personCount: fc.integer({ min: 1, max: 5 }),
      seed: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
    })
    .chain(({ seriesCount, topicCount, personCount, seed }) => {
      const pick = (index: number, count: number) => (seed[index % seed.length]! % count) + 1;
      const series = fc.tuple(
        ...Array.from({ length: seriesCount }, (_, i) =>
          fc
            .record({ title: nonEmpty, summary: text(400), focus: fc.array(text(), { maxLength: 3 }) })
            .chain((base) =>
              fc.tuple(
                fc.constant({
                  id: `series-${i + 1}`,
                  ...base,
                  furtherReadings: [] as Catalogue['series'][0]['furtherReadings'],
                }),
                optional('focusAfterParagraph', fc.integer({ min: 0, max: 3 })),
              ),
            )
            .map(([base, extra]) => ({ ...base, ...extra })),
        ),
      );
      const topics = fc.tuple(
        ...Array.from({ length: topicCount }, (_, i) => localised.map((labels) => ({ id: `topic-${i + 1}`, labels }))),
      );
      const people = fc.tuple(
        ...Array.from({ length: personCount }, (_, i) =>
          fc
            .tuple(
              fc.record({ givenName: text(60), familyName: nonEmpty, bio: localised }),
              optional('honorific', text(20)),
              optional('nameOrder', fc.constantFrom('given-family' as const, 'family-given' as const)),
              optional('sortKey', text(40)),
              optional('organisation', text(60)),
              optional('country', text(40)),
            )
            .map(([base, ...extras]) => Object.assign({ id: `person-${i + 1}` }, base, ...extras)),
        ),
      );
      const speaker = (n: number) =>
        fc
          .record({ role: text(80), tbc: fc.boolean() })
          .map((s) => ({ personId: `person-${pick(n, personCount)}`, ...s }));
      const session = (n: number, start: string) =>
        fc
          .tuple(
            fc.record({ title: text(80), speakers: fc.array(speaker(n), { maxLength: 3 }) }),
            fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
          )
          .map(([base, minutes]) => ({
            id: `session-${n}`,
            topicId: `topic-${pick(n + 7, topicCount)}`,
            ...base,
            ...(minutes !== undefined
              ? { start, end: new Date(Date.parse(start) + minutes * 60_000).toISOString().replace('.000Z', 'Z') }
              : {}),
          }));
      const seminar = (n: number) =>
        fc
          .record({ start: instant, minutes: fc.integer({ min: 1, max: 600 }) })
          .chain(({ start, minutes }) =>
            fc.tuple(
              fc.record({
                title: text(80),
                language: fc.constantFrom(...CONTENT_LANGUAGES),
                sessions: fc.array(fc.nat(), { maxLength: 4 }),
              }),
              optional('timeZone', zone),
              optional('venue', text(60)),
              optional(
                'chair',
                fc.tuple(fc.record({ role: text(60) }), optional('label', text(20))).map(([chair, label]) => ({
                  personId: `person-${pick(n + 3, personCount)}`,
                  ...chair,
                  ...label,
                })),
              ),
              optional('notes', text(300)),
              fc.constant({
                start,
                end: new Date(Date.parse(start) + minutes * 60_000).toISOString().replace('.000Z', 'Z'),
              }),
            ),
          )
          .chain(([base, ...extras]) =>
            fc.tuple(...base.sessions.map((_, s) => session(n * 10 + s, extras[4]!.start as string))).map((sessions) =>
              Object.assign(
                {
                  id: `seminar-${n}`,
                  seriesId: `series-${pick(n, seriesCount)}`,
                  title: base.title,
                  language: base.language,
                },
                ...extras,
                { sessions },
              ),
            ),
          );
      return fc.record({
        id: fc.option(fc.constant('imported-abcdef0123456789'), { nil: undefined }),
        title: fc.option(nonEmpty, { nil: undefined }),
        series,
        topics,
        people,
        seminars: fc
          .integer({ min: 0, max: 4 })
          .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => seminar(i + 1)))),
      });
    })
    .map(({ id, title, series, topics, people, seminars }) => {
      const catalogue = {
        format: CATALOGUE_FORMAT,
        version: CATALOGUE_VERSION,
        ...(id !== undefined ? { id } : {}),
        ...(title !== undefined ? { title } : {}),
        series,
        topics,
        people,
        seminars,
      };
      return catalogue as unknown as Catalogue;
    });
}
