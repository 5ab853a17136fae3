import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/shared/importers';
import { importFixture, messages, personView, seminarView } from './support/views';

/** Programme spreadsheets saved as CSV by LibreOffice and by Excel (tests/fixtures/importers/csv). */

describe('LibreOffice (UTF-8 without BOM, comma, a quoted cell with a line break)', () => {
  const result = importFixture('csv/libreoffice.csv');

  it('groups rows into seminars and sessions, one row per speaker appearance', () => {
    expect(result.format).toBe('csv');
    expect(seminarView(result.catalogue, 0)).toEqual({
      id: 'seminar-2021-06-17',
      title: 'Cyber diplomacy in practice',
      language: 'en',
      // 15:00 in Paris in June is 13:00 UTC.
      start: '2021-06-17T13:00:00Z',
      end: '2021-06-17T14:30:00Z',
      timeZone: 'Europe/Paris',
      venue: "Salle 3, Palais de l'Europe",
      notes: undefined,
      chair: { givenName: 'Jane', familyName: 'DOE', bio: {}, role: 'Senior Fellow', label: 'Chair' },
      sessions: [
        {
          topicId: 'opening',
          title: 'Opening',
          start: undefined,
          end: undefined,
          speakers: [
            {
              givenName: 'Ana',
              familyName: 'PÉREZ',
              organisation: 'Ministerio Público',
              country: 'Chile',
              bio: { en: 'Ana Pérez prosecutes cybercrime in Santiago.\nShe chairs the regional network.' },
              role: 'Prosecutor, Ministerio Público, Chile',
              tbc: false,
            },
            {
              givenName: 'Jae-won',
              familyName: 'KIM',
              organisation: 'KISA',
              country: 'Republic of Korea',
              bio: {},
              role: 'Director, KISA, Republic of Korea',
              tbc: true,
            },
          ],
        },
        {
          topicId: 'international-cooperation',
          title: 'International cooperation',
          start: undefined,
          end: undefined,
          speakers: [
            {
              honorific: 'Dr.',
              givenName: 'Omar',
              familyName: 'HASSAN',
              country: 'Egypt',
              bio: {},
              role: 'Ambassador, Egypt',
              tbc: false,
            },
          ],
        },
      ],
    });
  });

  it('takes the first 02:30 of the night the clocks go back, and says so, with the row’s line number', () => {
    expect(seminarView(result.catalogue, 1)).toMatchObject({
      start: '2021-10-31T00:30:00Z',
      end: '2021-10-31T02:30:00Z',
    });
    expect(messages(result)).toContainEqual([
      6,
      'this time happens twice when the clocks go back; the first was taken',
    ]);
  });

  it('asks what IST means rather than guess, and places the row once answered', () => {
    expect(result.questions).toEqual([expect.objectContaining({ id: 'IST', line: 7 })]);
    const answered = importFixture('csv/libreoffice.csv', { IST: 'Asia/Kolkata' });
    expect(seminarView(answered.catalogue, 2)).toMatchObject({
      start: '2021-11-03T04:30:00Z',
      timeZone: 'Asia/Kolkata',
    });
  });
});

describe('Excel, French (UTF-8 with BOM, CRLF, semicolons, French column names, dd/mm/yyyy)', () => {
  const result = importFixture('csv/excel-fr.csv');

  it('reads French headers and dates, "heure de Paris", and "oui" as TBC', () => {
    expect(seminarView(result.catalogue, 0)).toMatchObject({
      id: 'seminar-2021-10-28',
      language: 'fr',
      start: '2021-10-28T08:00:00Z',
      end: '2021-10-28T09:30:00Z',
      timeZone: 'Europe/Paris',
      chair: { givenName: 'Awa', familyName: 'NDIAYE', role: 'Directrice' },
      sessions: [
        {
          title: 'Ouverture',
          speakers: [
            { familyName: 'DUPONT', role: 'Magistrate, Ministère de la Justice, France', tbc: false },
            { familyName: 'MARTIN', organisation: 'Europol', tbc: true },
          ],
        },
        { title: 'La preuve électronique', speakers: [{ familyName: 'DIALLO', country: 'Sénégal' }] },
      ],
    });
    // 2 November is after the October change: Paris is one hour ahead of UTC.
    expect(seminarView(result.catalogue, 1)).toMatchObject({ id: 'seminar-2021-11-02', start: '2021-11-02T09:00:00Z' });
  });
});

describe('Excel, United States ("CSV" in Windows-1252, m/d/yyyy, AM/PM, EST)', () => {
  const result = importFixture('csv/excel-us-1252.csv');

  it('reads the Windows-1252 accents, says it did, and takes month-first dates when a day is over 12', () => {
    expect(result.warnings[0]).toMatchObject({ line: 0, message: expect.stringMatching(/read as Windows-1252/) });
    expect(personView(result.catalogue, 'jose-nunez')).toMatchObject({ givenName: 'José', familyName: 'NÚÑEZ' });
    expect(personView(result.catalogue, 'zoe-leger')).toMatchObject({ givenName: 'Zoë', familyName: 'LÉGER' });
  });

  it('places "10:00 AM EST" by New York’s rule on each date: before and after the second Sunday of March', () => {
    expect(seminarView(result.catalogue, 0)).toMatchObject({ id: 'seminar-2021-03-13', start: '2021-03-13T15:00:00Z' });
    expect(seminarView(result.catalogue, 1)).toMatchObject({ id: 'seminar-2021-03-15', start: '2021-03-15T14:00:00Z' });
    expect(result.catalogue.seminars[1]!.sessions[0]!.speakers[0]!.tbc).toBe(true);
  });
});

describe('the template in resources/import', () => {
  it('imports as documented: session times, honorific and a bio over two lines', () => {
    const result = importFixture('../../../resources/import/programme-template.csv');
    expect(seminarView(result.catalogue, 0)).toMatchObject({
      start: '2020-06-24T07:00:00Z',
      sessions: [
        { topicId: 'what-is-cybercrime', start: '2020-06-24T07:10:00Z', end: '2020-06-24T07:30:00Z' },
        { topicId: 'capacity-building', speakers: [{ honorific: 'Dr.', familyName: 'MACOMBER', tbc: true }] },
      ],
    });
    expect(result.warnings).toEqual([]);
  });
});

describe('importCsv on awkward sheets', () => {
  it('reports unknown columns and rows without a date, and refuses a sheet without a date column', () => {
    const result = importCsv('seminar,date,colour\nA,2021-06-01,red\nB,,blue\n', { fileName: 's.csv' });
    expect(result.ok && messages(result)).toEqual([
      [1, 'column "colour" is not one the importer reads; its values are not placed'],
      [2, 'no start time; whole day assumed (00:00–23:59 UTC)'],
      [2, 'seminar has no sessions'],
      [3, 'row without a date; not placed'],
    ]);
    expect(importCsv('name,role\nA,B\n')).toMatchObject({ ok: false, code: 'no-seminar' });
  });
});
