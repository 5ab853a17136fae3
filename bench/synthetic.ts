/**
 * Deterministic synthetic catalogues for benchmarks: N seminars of 4 topic
 * sessions with 3 speakers each (and a chair), 80-word bios, realistic name and role lengths. The same N
 * always gives the same catalogue (seeded PRNG), so runs are comparable.
 */
import type { Catalogue, Person, Seminar } from '../src/shared/catalogue/schema';
import type { Pack } from '../src/shared/pack';
import { STANDARD_TOPICS } from '../src/shared/importers';
import { createDefaultPack } from '../src/shared/pack';
import { seededRandom } from '../tests/helpers/seeded-random';

const WORDS =
  'cybercrime criminal justice cooperation legislation evidence prosecution capacity training convention treaty data protection investigation mutual assistance network response security policy ministry international regional national practitioners judges prosecutors police experts reform framework standards human rights safeguards'.split(
    ' ',
  );
const GIVEN = [
  'Amina',
  'Carlos',
  'Elena',
  'François',
  'Hiroshi',
  'Ingrid',
  'Kwame',
  'Lucía',
  'Mateo',
  'Nadia',
  'Olga',
  'Pierre',
  'Rania',
  'Sven',
  'Tatiana',
  'Zoë',
];
const FAMILY = [
  'ABADI',
  'BERGSTRÖM',
  'CASTILLO',
  'DUBOIS',
  'EZE',
  'FERREIRA',
  'GARCÍA LÓPEZ',
  'HAKIMI',
  'IVANOVA',
  'JOHANSSON',
  'KOWALSKI',
  'LE ROUX',
  'MENDES',
  'NAKAMURA',
  'OKAFOR',
  'PÉREZ',
];
const ROLES = [
  'Head of Division, Ministry of Justice',
  'Senior Prosecutor, Office of the Attorney General',
  'Director, National CERT',
  'Legal Adviser, Permanent Mission to the United Nations',
  'Professor of Criminal Law, National University',
];
/** The four standard topics, with the labels the importer gives them. */
const TOPICS = STANDARD_TOPICS.map((topic) => ({ id: topic.id, labels: { ...topic.labels } }));

/**
 * Each seminar: 4 topic sessions, 3 speakers and a chair, each with an 80-word
 * bio. The speakers take the sessions in turn (the first also closes the fourth),
 * as in the seed programme where a speaker often covers two topics. This gives
 * about 2 pages a seminar, like the spike's 436 pages for 200 seminars.
 */
const SPEAKERS_PER_SEMINAR = 3;

export function syntheticCatalogue(seminarCount: number): Catalogue {
  const random = seededRandom(seminarCount * 7919);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = (count: number): string => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const people: Person[] = [];
  const newPerson = (): string => {
    const id = `person-${people.length + 1}`;
    people.push({
      id,
      givenName: pick(GIVEN),
      familyName: `${pick(FAMILY)}-${people.length + 1}`,
      bio: { en: `${words(80)}.` },
    });
    return id;
  };
  const seminars: Seminar[] = [];
  const firstDay = Date.UTC(2020, 0, 6, 7, 0);
  for (let index = 0; index < seminarCount; index++) {
    const speakers = Array.from({ length: SPEAKERS_PER_SEMINAR }, () => ({
      personId: newPerson(),
      role: pick(ROLES),
      tbc: random() < 0.1,
    }));
    const start = firstDay + index * 86_400_000 + Math.floor(random() * 8) * 3_600_000;
    seminars.push({
      id: `seminar-${index + 1}`,
      seriesId: 'synthetic',
      title: `Regional seminar ${index + 1}: ${words(5)}`,
      language: pick(['en', 'fr', 'es'] as const),
      start: new Date(start).toISOString().replace('.000Z', 'Z'),
      end: new Date(start + 105 * 60_000).toISOString().replace('.000Z', 'Z'),
      chair: { personId: newPerson(), role: pick(ROLES) },
      sessions: TOPICS.map((topic, session) => ({
        id: topic.id,
        topicId: topic.id,
        title: topic.labels.en,
        speakers: [speakers[session % SPEAKERS_PER_SEMINAR]!],
      })),
    });
  }
  return {
    format: 'briefing-pack-catalogue',
    version: 2,
    series: [
      {
        id: 'synthetic',
        title: 'Synthetic seminar series',
        summary: `${words(120)}.`,
        focus: [words(8), words(8)],
        furtherReadings: [{ title: 'UNODC', url: 'https://www.unodc.org/' }],
      },
    ],
    topics: TOPICS,
    people,
    seminars,
  };
}

/** The full pack of a catalogue: every seminar, topic and section, two extra zones, a brief per topic. */
export function fullPack(catalogue: Catalogue): Pack {
  return createDefaultPack(catalogue, {
    today: '2020-01-01',
    title: `Programme book: ${catalogue.seminars.length} seminars`,
    reference: 'BENCH/001',
    marking: 'OFFICIAL',
    timeZones: ['America/New_York', 'Europe/Vienna'],
    topicBriefs: Object.fromEntries(
      catalogue.topics.map((topic) => [
        topic.id,
        {
          summary: 'Summary of the topic.',
          pointsToMake: ['First point.', 'Second point.'],
          background: 'Background.',
        },
      ]),
    ),
  });
}
