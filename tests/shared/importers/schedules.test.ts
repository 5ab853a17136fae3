import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { importFrabXml, importScheduleJson } from '../../../src/shared/importers';
import { IMPORTER_FIXTURES, importFixture, messages, personView, seminarView } from './support/views';

/**
 * frab XML and schedule.json as pretalx, frab and c3voc write them. The fixtures are first checked against
 * c3voc's own XSD and JSON schemas (vendored under tests/fixtures/importers/schedules/schemas, EUPL-1.2), so
 * they are what the exporters write, not what this reader happens to accept.
 */

const SCHEDULES = resolve(IMPORTER_FIXTURES, 'schedules');
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function jsonSchemaValidator(schemaFile: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema({ $id: 'http://json-schema.org/draft-06/schema#', type: ['object', 'boolean'] }, undefined, false);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('uri', /^https?:\/\/\S+$/);
  ajv.addFormat('color', /^#[0-9a-f]{6}$/i);
  return ajv.compile(JSON.parse(readFileSync(resolve(SCHEDULES, 'schemas', schemaFile), 'utf8')));
}

describe('the fixtures are what the exporters write', () => {
  it.skipIf(!hasXmllint)('pretalx-schedule.xml validates against the c3voc XSD (xmllint)', () => {
    const output = execFileSync(
      'xmllint',
      [
        '--noout',
        '--schema',
        resolve(SCHEDULES, 'schemas/schedule.xml.xsd'),
        resolve(SCHEDULES, 'pretalx-schedule.xml'),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(output).toBe('');
  });

  it.each([
    ['pretalx-schedule-v1.json', 'schedule-v1.schema.json'],
    ['hub-schedule-v2.json', 'schedule-v2.schema.json'],
  ])('%s validates against %s (ajv)', (fixture, schema) => {
    const validate = jsonSchemaValidator(schema);
    const valid = validate(JSON.parse(readFileSync(resolve(SCHEDULES, fixture), 'utf8')));
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('frab XML (pretalx)', () => {
  const result = importFixture('schedules/pretalx-schedule.xml');

  it('makes the conference a series and each event a seminar at the UTC offset its date is written with', () => {
    expect(result.format).toBe('frab-xml');
    expect(result.catalogue.series).toEqual([
      {
        id: 'cybercrime-expert-days-2021',
        title: 'Cybercrime Expert Days 2021',
        summary: '',
        focus: [],
        furtherReadings: [],
      },
    ]);
    expect(seminarView(result.catalogue, 0)).toEqual({
      id: 'seminar-2021-10-30-mutual-legal-assistance-in-practice',
      title: 'Mutual legal assistance in practice',
      language: 'en',
      start: '2021-10-30T08:00:00Z',
      end: '2021-10-30T08:45:00Z',
      timeZone: 'Europe/Vienna',
      venue: 'Board Room B',
      notes:
        'How requests travel between central authorities, and where they stall.\n\nA case-based talk with examples from three regions.',
      chair: undefined,
      sessions: [
        {
          // The track names the topic: "International cooperation" is the standard one.
          topicId: 'international-cooperation',
          title: 'Mutual legal assistance in practice',
          start: '2021-10-30T08:00:00Z',
          end: '2021-10-30T08:45:00Z',
          speakers: [
            { givenName: 'Jane', familyName: 'Doe', bio: {}, role: '', tbc: false },
            { givenName: 'Jae-won', familyName: 'KIM', nameOrder: 'family-given', bio: {}, role: '', tbc: false },
          ],
        },
      ],
    });
  });

  it('reads the language of each event, the +01:00 of the day after the October change, and says what it cannot keep', () => {
    expect(seminarView(result.catalogue, 1)).toMatchObject({
      language: 'fr',
      start: '2021-10-30T12:30:00Z',
      end: '2021-10-30T14:00:00Z',
    });
    expect(seminarView(result.catalogue, 2)).toMatchObject({
      id: 'seminar-2021-10-31',
      start: '2021-10-31T09:00:00Z',
      sessions: [
        { topicId: 'electronic-evidence', speakers: [{ honorific: 'Dr.', givenName: 'Anna', familyName: 'Schmidt' }] },
      ],
    });
    expect(messages(result)).toEqual([[72, 'language "de" is not one of the six UN languages; English recorded']]);
  });

  it('refuses XML that is not a schedule, and damaged XML, in plain words', () => {
    expect(importFrabXml('<catalog><book/></catalog>', { fileName: 'books.xml' })).toMatchObject({
      ok: false,
      message: 'books.xml is XML but not a frab schedule (its root element is not <schedule>).',
    });
    expect(importFrabXml('<schedule><day>', { fileName: 'cut.xml' })).toMatchObject({ ok: false });
  });
});

describe('schedule.json version 1 (pretalx)', () => {
  const result = importFixture('schedules/pretalx-schedule-v1.json');

  it('reads days, rooms and events, persons as speakers and their biographies as bios', () => {
    expect(result.catalogue.source).toEqual({ kind: 'schedule-json', fileName: 'pretalx-schedule-v1.json' });
    expect(seminarView(result.catalogue, 0)).toMatchObject({
      id: 'seminar-2021-03-27',
      title: 'Training prosecutors',
      start: '2021-03-27T09:00:00Z',
      end: '2021-03-27T10:00:00Z',
      venue: 'Board Room B',
      sessions: [
        {
          topicId: 'capacity-building',
          speakers: [{ familyName: 'Yusuf' }, { givenName: 'Linda', familyName: "O'Neill" }],
        },
      ],
    });
    expect(personView(result.catalogue, 'amina-yusuf').bio).toEqual({
      en: 'Amina Yusuf is a senior prosecutor in Abuja and a trainer for the Council of Europe.',
    });
    expect(personView(result.catalogue, 'moussa-diallo')).toMatchObject({
      honorific: 'M.',
      bio: { fr: 'Procureur au Sénégal.' },
    });
  });

  it('takes the +02:00 written on the last Sunday of March as it is', () => {
    expect(seminarView(result.catalogue, 1)).toMatchObject({
      language: 'fr',
      start: '2021-03-28T08:00:00Z',
      end: '2021-03-28T08:45:00Z',
    });
  });
});

describe('schedule.json version 2 (c3voc hub)', () => {
  const result = importFixture('schedules/hub-schedule-v2.json');

  it('reads events with start and end, participants by role and localisable strings', () => {
    expect(result.catalogue.series[0]).toMatchObject({
      title: 'Cyber Dialogue 2021',
      summary: 'Two days of dialogue between prosecutors and diplomats.',
    });
    expect(seminarView(result.catalogue, 0)).toMatchObject({
      id: 'seminar-2021-11-06',
      start: '2021-11-06T14:00:00Z',
      end: '2021-11-06T15:30:00Z',
      timeZone: 'America/New_York',
      venue: 'Conference Room 4',
      notes: 'Where the negotiation stands.',
      chair: { honorific: 'H.E.', givenName: 'Omar', familyName: 'HASSAN', label: 'Moderator' },
      sessions: [{ topicId: 'negotiation', speakers: [{ givenName: 'Jane', familyName: 'Doe' }] }],
    });
    // The day after the US change, New York is five hours behind UTC.
    expect(seminarView(result.catalogue, 1)).toMatchObject({
      language: 'es',
      start: '2021-11-07T15:00:00Z',
      notes: 'Mesa redonda en español.',
    });
  });

  it('keeps biographies from schedule.persons in the six UN languages, and says who is not a speaker', () => {
    expect(personView(result.catalogue, 'jane-doe').bio).toEqual({
      en: 'Jane Doe heads the cybercrime unit of UNODC.',
      fr: 'Jane Doe dirige l’unité cybercriminalité de l’ONUDC.',
    });
    expect(personView(result.catalogue, 'ana-perez').bio).toEqual({ es: 'Fiscal en Chile.' });
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'Pat Kelly takes part as contributor, not as a speaker; not listed',
    ]);
  });

  it('refuses JSON without a conference', () => {
    expect(importScheduleJson({ schedule: {} }, '{}', { fileName: 's.json' })).toMatchObject({
      ok: false,
      code: 'unreadable',
    });
  });
});
