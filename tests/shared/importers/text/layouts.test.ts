import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalogue, validateCatalogue } from '../../../../src/shared/catalogue';
import { type ImportResult, importProgrammeText } from '../../../../src/shared/importers';

/**
 * Programme layouts beside the seed's, in English, French and Spanish, checked
 * field by field against what a person reading them would write down.
 */

const FIXTURES = resolve(__dirname, '../../../fixtures/programmes');

function importFixture(name: string, zoneAnswers?: Record<string, string>) {
  const result: ImportResult = importProgrammeText(readFileSync(resolve(FIXTURES, name), 'utf8'), {
    ...(zoneAnswers ? { zoneAnswers } : {}),
  });
  if (!result.ok) throw new Error(result.message);
  const validated = validateCatalogue(JSON.parse(JSON.stringify(result.catalogue)));
  expect(validated.ok, validated.ok ? '' : validated.message).toBe(true);
  return result;
}

function personView(catalogue: Catalogue, id: string) {
  const { bio: _bio, id: _id, ...rest } = catalogue.people.find((person) => person.id === id)!;
  return rest;
}

function seminarView(catalogue: Catalogue, index: number) {
  const seminar = catalogue.seminars[index]!;
  return {
    id: seminar.id,
    title: seminar.title,
    language: seminar.language,
    start: seminar.start,
    end: seminar.end,
    timeZone: seminar.timeZone,
    venue: seminar.venue,
    chair: seminar.chair && {
      ...personView(catalogue, seminar.chair.personId),
      role: seminar.chair.role,
      label: seminar.chair.label,
    },
    sessions: seminar.sessions.map((session) => ({
      title: session.title,
      start: session.start,
      end: session.end,
      speakers: session.speakers.map((speaker) => ({
        ...personView(catalogue, speaker.personId),
        role: speaker.role,
        tbc: speaker.tbc,
      })),
    })),
  };
}

describe('English layouts', () => {
  const { catalogue, warnings, questions } = importFixture('layouts-en.txt') as Extract<ImportResult, { ok: true }>;

  it('reads "Webinar 2: Title" with a "Date and time:" line, a duration, a moderator and a list of dashes', () => {
    expect(seminarView(catalogue, 0)).toEqual({
      id: 'seminar-2021-06-04',
      title: 'Webinar 2: Cyber diplomacy and capacity building',
      language: 'en',
      // "11:00 AM UTC (14:00 EEST)": the same moment twice, so no warning; 1h30' later it ends.
      start: '2021-06-04T11:00:00Z',
      end: '2021-06-04T12:30:00Z',
      timeZone: undefined,
      venue: 'Zoom',
      chair: {
        honorific: 'Dr.',
        givenName: 'Jane',
        familyName: 'DOE',
        role: 'Senior Fellow, Example Institute',
        label: 'Moderator',
      },
      sessions: [
        {
          title: 'Webinar 2: Cyber diplomacy and capacity building',
          start: undefined,
          end: undefined,
          speakers: [
            {
              givenName: 'Jae-won',
              familyName: 'KIM',
              nameOrder: 'family-given',
              role: 'Director, Korea Internet & Security Agency, Republic of Korea',
              tbc: false,
            },
            { givenName: 'Kenneth', familyName: 'Harris', organisation: 'Microsoft', role: 'Microsoft', tbc: false },
            {
              honorific: 'H.E. Ms.',
              givenName: 'Maria',
              familyName: 'GARCÍA LÓPEZ',
              role: 'Ambassador, Permanent Mission of Spain',
              tbc: false,
            },
          ],
        },
      ],
    });
  });

  it('reads "Session 1 – Title" over "13th of May 2021 at 15.00 Central European Time", with per-session times', () => {
    const seminar = seminarView(catalogue, 1);
    expect(seminar).toMatchObject({
      id: 'seminar-2021-05-13',
      title: 'Session 1 – International cooperation in practice',
      start: '2021-05-13T13:00:00Z',
      // No end or duration: the last session's end.
      end: '2021-05-13T14:00:00Z',
      timeZone: 'Europe/Brussels',
      chair: {
        honorific: 'Prof.',
        givenName: 'Cheol-Kyu',
        familyName: 'HWANG',
        nameOrder: 'family-given',
        role: 'Korea University',
        label: 'Chair',
      },
    });
    expect(seminar.sessions.map(({ title, start, end }) => [title, start, end])).toEqual([
      ['Opening remarks', '2021-05-13T13:00:00Z', '2021-05-13T13:10:00Z'],
      ['Panel: Mutual legal assistance', '2021-05-13T13:10:00Z', '2021-05-13T13:50:00Z'],
      ['Closing', '2021-05-13T13:50:00Z', '2021-05-13T14:00:00Z'],
    ]);
    expect(seminar.sessions[1]!.speakers).toEqual([
      { givenName: 'Sarah', familyName: 'CHEN', organisation: 'Microsoft', role: 'Microsoft', tbc: false },
      { givenName: 'Aisha', familyName: 'BELLO', organisation: 'INTERPOL', role: 'INTERPOL', tbc: false },
      { givenName: 'Pedro', familyName: 'ALVES', organisation: 'Eurojust', role: 'Eurojust', tbc: true },
    ]);
  });

  it('reads a title over a bare date, a time in EDT, a facilitator and names separated by a semicolon', () => {
    expect(seminarView(catalogue, 2)).toMatchObject({
      id: 'seminar-2021-06-24',
      title: 'Capacity building for prosecutors',
      start: '2021-06-24T13:00:00Z',
      end: '2021-06-24T14:30:00Z',
      timeZone: 'America/New_York',
      chair: { givenName: 'Amina', familyName: 'YUSUF', role: 'Prosecutor, Nigeria', label: 'Facilitator' },
      sessions: [
        {
          title: 'Capacity building for prosecutors',
          speakers: [
            { givenName: 'Carlos', familyName: 'RUIZ', role: '', tbc: false },
            { givenName: 'Linda', familyName: 'O’NEILL', role: 'Judge, High Court, Ireland', tbc: false },
          ],
        },
      ],
    });
  });

  it('reports every line it placed by guessing, with its number, and asks nothing', () => {
    expect(warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [
        12,
        'speakers listed before any topic heading; they are placed in a session titled "Webinar 2: Cyber diplomacy and capacity building"',
      ],
      [24, 'topic heading has no speakers'],
      [
        32,
        'speakers listed before any topic heading; they are placed in a session titled "Capacity building for prosecutors"',
      ],
    ]);
    expect(questions).toEqual([]);
  });
});

describe('French layouts', () => {
  const { catalogue, warnings } = importFixture('layouts-fr.txt') as Extract<ImportResult, { ok: true }>;

  it('reads "Webinaire 3 : …", "Heure : 14 h 00 – 15 h 45 (heure de Paris)", a modératrice and bullets', () => {
    expect(seminarView(catalogue, 0)).toEqual({
      id: 'seminar-2021-06-17',
      title: 'Webinaire 3 : La coopération internationale',
      language: 'fr',
      start: '2021-06-17T12:00:00Z',
      end: '2021-06-17T13:45:00Z',
      timeZone: 'Europe/Paris',
      venue: 'en ligne (Zoom)',
      chair: {
        honorific: 'Mme',
        givenName: 'Claire',
        familyName: 'DUPONT',
        role: 'Magistrate, Ministère de la Justice, France',
        label: 'Modératrice',
      },
      sessions: [
        {
          title: 'Webinaire 3 : La coopération internationale',
          start: undefined,
          end: undefined,
          speakers: [
            {
              givenName: 'Cheol-Kyu',
              familyName: 'HWANG',
              nameOrder: 'family-given',
              role: 'Professeur, Université de Corée',
              tbc: false,
            },
            { givenName: 'Jean', familyName: 'MARTIN', organisation: 'Europol', role: 'Europol', tbc: false },
            { honorific: 'M.', givenName: 'Moussa', familyName: 'DIALLO', role: 'Procureur, Sénégal', tbc: false },
          ],
        },
      ],
    });
  });

  it('reads "Séance 2 – …" with "heure de Genève" before the October change, and "Président·e" as written', () => {
    expect(seminarView(catalogue, 1)).toMatchObject({
      id: 'seminar-2021-10-28',
      language: 'fr',
      start: '2021-10-28T08:00:00Z',
      end: '2021-10-28T09:30:00Z',
      timeZone: 'Europe/Zurich',
      chair: { givenName: 'Awa', familyName: 'NDIAYE', label: 'Président·e' },
      sessions: [
        {
          speakers: [
            { givenName: 'Paul', familyName: 'DURAND', organisation: 'Interpol' },
            { givenName: 'Sophie', familyName: 'LEROY', organisation: 'Eurojust' },
          ],
        },
      ],
    });
    expect(warnings.map((warning) => warning.line)).toEqual([10, 18]);
  });
});

describe('Spanish layouts', () => {
  it('reads "Seminario web 1: …" with "Fecha y hora: martes, 22 de marzo de 2022, 10:00 – 11:30 (hora de Madrid)"', () => {
    const { catalogue } = importFixture('layouts-es.txt') as Extract<ImportResult, { ok: true }>;
    expect(seminarView(catalogue, 0)).toMatchObject({
      id: 'seminar-2022-03-22',
      language: 'es',
      // Before the last Sunday of March: Madrid is one hour ahead of UTC.
      start: '2022-03-22T09:00:00Z',
      end: '2022-03-22T10:30:00Z',
      timeZone: 'Europe/Madrid',
      chair: { honorific: 'Dra.', givenName: 'Ana', familyName: 'PÉREZ', label: 'Moderadora' },
      sessions: [
        {
          speakers: [
            { givenName: 'Luis', familyName: 'GÓMEZ', organisation: 'OEA', role: 'OEA' },
            { givenName: 'María', familyName: 'RODRÍGUEZ', role: 'Fiscal, Ministerio Público, Chile' },
          ],
        },
      ],
    });
  });

  it('asks what "IST" means instead of guessing, and places the time once answered', () => {
    const unanswered = importFixture('layouts-es.txt') as Extract<ImportResult, { ok: true }>;
    expect(unanswered.questions).toEqual([
      {
        kind: 'time-zone',
        id: 'IST',
        line: 13,
        text: 'Hora: 9:00 – 10:00 IST',
        choices: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
      },
    ]);
    // Unanswered, the time is not placed (never read as UTC): the whole day is kept.
    expect([unanswered.catalogue.seminars[1]!.start, unanswered.catalogue.seminars[1]!.end]).toEqual([
      '2022-04-05T00:00:00Z',
      '2022-04-05T23:59:00Z',
    ]);
    const india = importFixture('layouts-es.txt', { IST: 'Asia/Kolkata' }) as Extract<ImportResult, { ok: true }>;
    expect(india.questions).toEqual([]);
    expect(seminarView(india.catalogue, 1)).toMatchObject({
      start: '2022-04-05T03:30:00Z',
      end: '2022-04-05T04:30:00Z',
      timeZone: 'Asia/Kolkata',
    });
    const ireland = importFixture('layouts-es.txt', { IST: 'Europe/Dublin' }) as Extract<ImportResult, { ok: true }>;
    expect(ireland.catalogue.seminars[1]!.start).toBe('2022-04-05T08:00:00Z');
  });

  it('keeps the ids when a corrected programme is imported again', () => {
    const first = importFixture('layouts-es.txt') as Extract<ImportResult, { ok: true }>;
    const corrected = readFileSync(resolve(FIXTURES, 'layouts-es.txt'), 'utf8').replace(
      '9:00 – 10:00 IST',
      '9:00 – 10:00 UTC',
    );
    const second = importProgrammeText(corrected);
    expect(second.ok && second.catalogue.seminars.map((seminar) => seminar.id)).toEqual(
      first.catalogue.seminars.map((seminar) => seminar.id),
    );
    expect(second.ok && second.catalogue.people.map((person) => person.id)).toEqual(
      first.catalogue.people.map((person) => person.id),
    );
  });
});
