import { describe, expect, it } from 'vitest';
import { importICalendar } from '../../../src/shared/importers';
import { importFixture, messages, seminarView } from './support/views';

/** Calendar files as Indico, Outlook, Google Calendar and Thunderbird write them (tests/fixtures/importers/ics). */

describe('Indico (UTC times, "Speakers: Name (Affiliation)", the event URL at the end)', () => {
  const result = importFixture('ics/indico.ics');

  it('makes each VEVENT a seminar with its UTC times, LOCATION as venue and the speakers of DESCRIPTION', () => {
    expect(result.format).toBe('icalendar');
    expect(result.catalogue.source).toEqual({ kind: 'icalendar', fileName: 'indico.ics' });
    expect(seminarView(result.catalogue, 0)).toEqual({
      id: 'seminar-2021-06-04',
      title: 'Webinar 4: Electronic evidence across borders',
      language: 'en',
      start: '2021-06-04T11:00:00Z',
      end: '2021-06-04T12:30:00Z',
      timeZone: undefined,
      venue: 'Room M1 (Vienna International Centre)',
      notes: 'The fourth webinar of the series looks at how prosecutors obtain electronic evidence held abroad.',
      chair: undefined,
      sessions: [
        {
          topicId: 'webinar-4-electronic-evidence-across-borders',
          title: 'Webinar 4: Electronic evidence across borders',
          start: undefined,
          end: undefined,
          speakers: [
            { givenName: 'Jane', familyName: 'Doe', organisation: 'UNODC', bio: {}, role: 'UNODC', tbc: false },
            {
              givenName: 'John',
              familyName: 'Smith',
              organisation: 'Microsoft',
              bio: {},
              role: 'Microsoft',
              tbc: false,
            },
          ],
        },
      ],
    });
    // A comma inside the parentheses is part of the affiliation, not a second person.
    expect(seminarView(result.catalogue, 1).sessions[0]!.speakers).toEqual([
      {
        givenName: 'María',
        familyName: 'Rodríguez',
        organisation: 'Ministerio Público, Chile',
        bio: {},
        role: 'Ministerio Público, Chile',
        tbc: false,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('Outlook (Windows zone ids with their VTIMEZONE, LANGUAGE parameters, Teams joining text)', () => {
  const result = importFixture('ics/outlook.ics');

  it('reads "W. Europe Standard Time" as Europe/Berlin, summer time from the last Sunday of March', () => {
    const sunday = seminarView(result.catalogue, 0);
    expect(sunday).toMatchObject({
      id: 'seminar-2021-03-28',
      title: 'Cross-border access to data',
      start: '2021-03-28T08:00:00Z',
      end: '2021-03-28T09:30:00Z',
      timeZone: 'Europe/Berlin',
      venue: 'Microsoft Teams Meeting',
      chair: { honorific: 'Dr.', givenName: 'Anna', familyName: 'SCHMIDT', label: 'Moderator' },
    });
    expect(
      sunday.sessions[0]!.speakers.map((speaker) => [speaker.givenName, speaker.familyName, speaker.role]),
    ).toEqual([
      ['Jae-won', 'KIM', 'Director, KISA'],
      ['Pierre', 'LAMBERT', 'Europol'],
    ]);
    // The Saturday before is still winter time, one hour more behind UTC.
    expect(seminarView(result.catalogue, 1)).toMatchObject({
      id: 'seminar-2021-03-27',
      language: 'fr',
      start: '2021-03-27T09:00:00Z',
      venue: 'Salle 3, Palais de l’Europe, Strasbourg',
      chair: { givenName: 'Claire', familyName: 'DUPONT', label: 'Modératrice' },
    });
  });

  it('stops reading the description at the Teams joining instructions', () => {
    expect(result.warnings).toEqual([]);
    expect(result.catalogue.topics.map((topic) => topic.id)).toEqual([
      'cross-border-access-to-data',
      'la-veille-du-changement-d-heure',
    ]);
  });
});

describe('Google Calendar (X-WR-CALNAME, IANA TZID with VTIMEZONE, HTML in DESCRIPTION)', () => {
  const result = importFixture('ics/google.ics');

  it('names the series after the calendar and reads the HTML description', () => {
    expect(result.catalogue.series[0]).toMatchObject({
      id: 'cybercrime-webinars-2021',
      title: 'Cybercrime webinars 2021',
    });
    expect(seminarView(result.catalogue, 0)).toMatchObject({
      id: 'seminar-2021-10-30',
      start: '2021-10-30T08:00:00Z',
      timeZone: 'Europe/Vienna',
      venue: 'Vienna International Centre, Wagramer Str. 5, 1220 Wien, Austria',
      chair: { honorific: 'Prof.', givenName: 'Cheol-Kyu', familyName: 'HWANG', nameOrder: 'family-given' },
      sessions: [
        {
          speakers: [
            { givenName: 'Amina', familyName: 'YUSUF', role: 'Prosecutor, Nigeria' },
            { givenName: 'Linda', familyName: "O'NEILL", organisation: 'High Court, Ireland' },
          ],
        },
      ],
    });
  });

  it('places 10:00 in Vienna an hour later in UTC after the last Sunday of October, and skips a cancelled event', () => {
    expect(seminarView(result.catalogue, 1)).toMatchObject({ id: 'seminar-2021-10-31', start: '2021-10-31T09:00:00Z' });
    expect(result.catalogue.seminars).toHaveLength(2);
    expect(messages(result)).toEqual([[59, 'this event is marked cancelled; not placed']]);
  });
});

describe('Thunderbird (an American zone with its VTIMEZONE)', () => {
  const result = importFixture('ics/thunderbird.ics');

  it('follows the US change (second Sunday of March) and reads semicolon-separated panellists', () => {
    expect(seminarView(result.catalogue, 0)).toMatchObject({
      start: '2021-03-15T14:00:00Z',
      end: '2021-03-15T15:30:00Z',
      timeZone: 'America/New_York',
      chair: { honorific: 'H.E. Mr.', givenName: 'Omar', familyName: 'HASSAN', role: 'Ambassador' },
      sessions: [
        {
          speakers: [
            { familyName: 'DOE', role: '' },
            { familyName: 'RUIZ', role: 'Judge' },
          ],
        },
      ],
    });
  });

  it('never reads a time in a zone it does not know as UTC', () => {
    expect(seminarView(result.catalogue, 1)).toMatchObject({
      start: '2021-03-16T00:00:00Z',
      end: '2021-03-16T23:59:00Z',
      timeZone: undefined,
    });
    expect(messages(result)).toEqual([
      [
        36,
        'the time zone "Custom/Nowhere" is not one the importer knows, so the time is not placed: the seminar is kept for the whole day until you set its time',
      ],
    ]);
  });
});

describe('importICalendar on damaged input', () => {
  it('refuses a file that is not a calendar in plain words, and a calendar without events', () => {
    expect(importICalendar('BEGIN:VCALENDAR\r\ngarbage', { fileName: 'x.ics' })).toMatchObject({
      ok: false,
      code: 'unreadable',
      message: 'x.ics looks like a calendar file (.ics) but could not be read: it is damaged or incomplete.',
    });
    expect(importICalendar('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toMatchObject({
      ok: false,
      code: 'no-seminar',
    });
  });

  it('unfolds folded lines, including inside a multi-byte character', () => {
    const folded = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'SUMMARY:Coopération inter',
      ' nationale',
      'DTSTART:20210604T110000Z',
      'DTEND:20210604T120000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = importICalendar(folded);
    expect(result.ok && result.catalogue.seminars[0]!.title).toBe('Coopération internationale');
  });
});
