/**
 * Every reader, on any input: it never throws, and every catalogue it answers
 * with validates (and survives a JSON round trip). Inputs are the exporters'
 * own fixtures with hostile edits, structured files built from each format's
 * vocabulary with hostile values, and raw bytes through the one entry point.
 * 2,000 runs per property in CI; fewer locally.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../../../src/shared/catalogue';
import {
  type ImportResult,
  importCsv,
  importFrabXml,
  importICalendar,
  importProgrammeFile,
  importProgrammeText,
  importScheduleJson,
} from '../../../../src/shared/importers';
import { hostileJsonValue, hostileString } from '../../../helpers/arbitraries';

const RUNS = { numRuns: process.env['CI'] ? 2_000 : 150 };
const FIXTURES = resolve(__dirname, '../../../fixtures/importers');
const fixturesIn = (folder: string, extension: string) =>
  readdirSync(resolve(FIXTURES, folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => readFileSync(resolve(FIXTURES, folder, name), 'utf8'));

const ICS = fixturesIn('ics', '.ics');
const XML = fixturesIn('schedules', '.xml');
const JSONS = fixturesIn('schedules', '.json');
const CSVS = fixturesIn('csv', '.csv').slice(0, 2);
const TEXTS = ['layouts-en.txt', 'layouts-fr.txt', 'layouts-es.txt'].map((name) =>
  readFileSync(resolve(__dirname, '../../../fixtures/programmes', name), 'utf8'),
);

function expectValid(result: ImportResult): void {
  for (const warning of result.warnings) expect(warning.message.trim()).not.toBe('');
  if (!result.ok) {
    expect(result.message.trim()).not.toBe('');
    return;
  }
  const validated = validateCatalogue(JSON.parse(JSON.stringify(result.catalogue)));
  expect(validated.ok, validated.ok ? '' : validated.message).toBe(true);
  for (const question of result.questions) expect(question.choices.length).toBeGreaterThan(1);
}

/** A fixture with hostile text spliced in, lines dropped or repeated. */
function edited(sources: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...sources),
      fc.array(
        fc.record({
          at: fc.nat(),
          kind: fc.constantFrom('insert', 'delete-line', 'repeat-line', 'truncate'),
          text: hostileString(3),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    )
    .map(([source, edits]) => {
      let text = source;
      for (const { at, kind, text: inserted } of edits) {
        const position = at % (text.length + 1);
        const lines = text.split('\n');
        const line = at % Math.max(lines.length, 1);
        if (kind === 'insert') text = `${text.slice(0, position)}${inserted}${text.slice(position)}`;
        else if (kind === 'delete-line') text = lines.filter((_, index) => index !== line).join('\n');
        else if (kind === 'repeat-line') text = [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
        else text = text.slice(0, position);
      }
      return text;
    });
}

const ICS_PROPERTIES = [
  'SUMMARY',
  'DTSTART',
  'DTEND',
  'DURATION',
  'LOCATION',
  'DESCRIPTION',
  'STATUS',
  'RRULE',
  'TZID',
];
const icalValue = fc.oneof(
  hostileString(2),
  fc.constantFrom('20210604T110000Z', '20210328T023000', '20211031T023000', '99991231T235959Z', '00000101', 'PT1H30M'),
);
const generatedIcs = fc
  .array(
    fc.tuple(
      fc.constantFrom(...ICS_PROPERTIES),
      fc.option(fc.constantFrom(';TZID=W. Europe Standard Time', ';TZID=Europe/Vienna', ';TZID=IST', ';VALUE=DATE'), {
        nil: '',
      }),
      icalValue,
    ),
    { maxLength: 12 },
  )
  .map((properties) =>
    ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', ...properties.map(([name, parameter, value]) => `${name}${parameter}:${value}`)]
      .concat(['END:VEVENT', 'END:VCALENDAR'])
      .join('\r\n'),
  );

const scheduleEvent = fc.record(
  {
    guid: fc.uuid(),
    title: fc.oneof(hostileString(2), fc.dictionary(fc.constantFrom('en', 'fr', 'de', 'xx'), hostileString(1))),
    date: fc.oneof(
      fc.constantFrom('2021-10-31T02:30:00+02:00', '2021-03-28T10:00:00+02:00', 'not a date'),
      hostileString(1),
    ),
    start: fc.oneof(fc.constantFrom('10:00', '2021-11-07T10:00:00-05:00', '25:99'), hostileString(1)),
    end: fc.constantFrom('2021-11-07T09:00:00-05:00', '2021-11-07T11:00:00-05:00'),
    duration: fc.constantFrom('00:30', '01:30', 'PT45M', 'P', '-1:00'),
    language: fc.constantFrom('en', 'fr', 'es', 'de', ''),
    room: fc.oneof(hostileString(1), fc.record({ name: hostileString(1) })),
    track: fc.oneof(hostileString(1), fc.record({ slug: hostileString(1) })),
    persons: fc.array(
      fc.record({ name: hostileString(2), biography: fc.oneof(hostileString(2), hostileJsonValue(2)) }),
    ),
    participants: fc.array(
      fc.record({
        name: hostileString(2),
        guid: fc.uuid(),
        role: fc.constantFrom('SPEAKER', 'MODERATOR', 'HOST', 'x'),
      }),
    ),
  },
  { requiredKeys: [] },
);
const generatedSchedule = fc.record({
  schedule: fc.record({
    conference: fc.record({
      title: hostileString(2),
      time_zone_name: fc.constantFrom('Europe/Vienna', 'UTC', 'Mars/Base', ''),
      days: fc.array(
        fc.record({
          date: fc.constantFrom('2021-10-31', 'x'),
          rooms: fc.dictionary(hostileString(1), fc.array(scheduleEvent, { maxLength: 3 })),
        }),
        { maxLength: 2 },
      ),
    }),
    events: fc.array(scheduleEvent, { maxLength: 3 }),
    persons: fc.array(fc.record({ guid: fc.uuid(), biography: hostileJsonValue(2) }), { maxLength: 2 }),
  }),
});

const CSV_HEADER = 'seminar,date,start,end,time zone,chair,session,speaker given name,speaker family name,role,tbc';
const csvCell = fc.oneof(
  hostileString(2).map((text) => `"${text.replace(/"/g, '""')}"`),
  fc.constantFrom('2021-10-31', '31/10/2021', '10/31/2021', '02:30', '10:00 AM', 'CET', 'IST', 'yes', ''),
);
const generatedCsv = fc
  .array(fc.array(csvCell, { minLength: 1, maxLength: 12 }), { maxLength: 8 })
  .chain((rows) =>
    fc
      .constantFrom(',', ';')
      .map((separator) =>
        [CSV_HEADER.replace(/,/g, separator), ...rows.map((row) => row.join(separator))].join('\r\n'),
      ),
  );

describe('every reader on hostile input', () => {
  it('programme text: the layouts fixtures with hostile edits', () => {
    fc.assert(
      fc.property(edited(TEXTS), (text) => expectValid(importProgrammeText(text))),
      RUNS,
    );
  });

  it('iCalendar: the exporters’ fixtures with hostile edits, and generated events', () => {
    fc.assert(
      fc.property(fc.oneof(edited(ICS), generatedIcs), (text) => expectValid(importICalendar(text))),
      RUNS,
    );
  });

  it('frab XML: the pretalx fixture with hostile edits', () => {
    fc.assert(
      fc.property(edited(XML), (text) => expectValid(importFrabXml(text))),
      RUNS,
    );
  });

  it('schedule.json: generated schedules (v1 and v2 shapes) and any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(generatedSchedule, hostileJsonValue(3)), (data) =>
        expectValid(importScheduleJson(data, JSON.stringify(data) ?? '')),
      ),
      RUNS,
    );
  });

  it('CSV: the spreadsheets with hostile edits, and generated sheets', () => {
    fc.assert(
      fc.property(fc.oneof(edited(CSVS), generatedCsv), (text) => expectValid(importCsv(text))),
      RUNS,
    );
  });

  it('the entry point: any bytes, and any fixture’s bytes cut short', () => {
    const everything = [...TEXTS, ...ICS, ...XML, ...JSONS, ...CSVS].map((text) => new Uint8Array(Buffer.from(text)));
    const cut = fc
      .tuple(fc.constantFrom(...everything), fc.nat())
      .map(([content, at]) => content.subarray(0, at % (content.length + 1)));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), cut), fc.string({ maxLength: 30 }), (content, name) =>
        expectValid(importProgrammeFile({ bytes: content, name })),
      ),
      RUNS,
    );
  });
});
