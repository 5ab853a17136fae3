import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, detectSource, importProgrammeFile } from '../../../src/shared/importers';
import { IMPORTER_FIXTURES } from './support/views';

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...Buffer.from(value, 'latin1')] : [value])));
const fixture = (path: string) => new Uint8Array(readFileSync(resolve(IMPORTER_FIXTURES, path)));
const SEED = new Uint8Array(
  readFileSync(resolve(__dirname, '../../../resources/catalogue/source/cybercrime-webinars-2020.txt')),
);

describe('detectSource picks the reader from the content, never the name', () => {
  it.each([
    ['ics/outlook.ics', 'icalendar'],
    ['schedules/pretalx-schedule.xml', 'frab-xml'],
    ['schedules/hub-schedule-v2.json', 'json'],
    ['csv/excel-fr.csv', 'csv'],
    ['csv/libreoffice.csv', 'csv'],
  ])('%s is %s', (path, format) => {
    expect(detectSource(fixture(path))).toMatchObject({ kind: 'readable', format });
  });

  it('reads programme text and web pages as programmes', () => {
    expect(detectSource(SEED)).toMatchObject({ kind: 'readable', format: 'programme-text' });
    expect(detectSource(bytes('<!DOCTYPE html><html><body><h1>Webinar</h1></body></html>'))).toMatchObject({
      format: 'html',
    });
  });

  it.each([
    ['a PDF document', bytes('%PDF-1.7\n%', 0xe2, 0xe3)],
    ['a Word document', bytes('PK', 3, 4, 20, 0, 6, 0, '[Content_Types].xml word/document.xml')],
    ['a spreadsheet file', bytes('PK', 3, 4, 20, 0, 6, 0, 'xl/workbook.xml')],
    ['a Word document', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['an image', bytes(0x89, 'PNG\r\n', 0x1a, '\n')],
    ['an image', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF')],
    ['an image', bytes('GIF89a')],
    ['an RTF document', bytes('{\\rtf1\\ansi')],
    ['a binary file', bytes(1, 2, 0, 3)],
  ])('refuses %s', (what, content) => {
    expect(detectSource(content)).toEqual({ kind: 'refused', what });
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 with a note', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 'a'))).toEqual({ text: 'a', notes: [] });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({ text: 'a', notes: [] });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({ text: 'a', notes: [] });
    const latin = decodeText(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x80]));
    expect(latin?.text).toBe('José €');
    expect(latin?.notes[0]).toMatch(/Windows-1252/);
  });
});

describe('importProgrammeFile', () => {
  it('refuses a PDF, a Word file or a picture in one line that says which kinds of file it reads', () => {
    for (const [name, content, what] of [
      ['programme.pdf', bytes('%PDF-1.4\n'), 'a PDF document'],
      ['programme.docx', bytes('PK', 3, 4, 20, 0, 'word/document.xml'), 'a Word document'],
      ['flyer.png', bytes(0x89, 'PNG\r\n', 0x1a, '\n'), 'an image'],
    ] as const) {
      const result = importProgrammeFile({ bytes: content, name });
      expect(result).toMatchObject({ ok: false, code: 'unsupported-file' });
      expect(result.ok ? '' : result.message).toBe(
        `${name} is ${what}, which cannot be imported. Briefing Pack Builder imports programme text (.txt or a saved web page), iCalendar (.ics), frab XML or schedule.json schedules, CSV spreadsheets and catalogue files (.json).`,
      );
      expect(result.ok ? '' : result.message).not.toMatch(/\n/);
    }
  });

  it('reads a calendar saved under a .txt name as a calendar', () => {
    const result = importProgrammeFile({ bytes: fixture('ics/indico.ics'), name: 'invitation.txt' });
    expect(result).toMatchObject({ ok: true, format: 'icalendar' });
    expect(result.ok && result.catalogue.source).toEqual({ kind: 'icalendar', fileName: 'invitation.txt' });
  });

  it('reads a saved web page as programme text', () => {
    const page = [
      '<html><head><title>x</title><style>p{}</style></head><body>',
      '<h1>Cyber webinars</h1><p>A series for delegations.</p>',
      '<h2>Webinar 1: Opening</h2><p>Date: 4 June 2021</p><p>Time: 11:00 &ndash; 12:00 UTC</p>',
      '<p>Speakers:</p><ul><li>Jane DOE, Director, UNODC</li></ul></body></html>',
    ].join('');
    const result = importProgrammeFile({ bytes: bytes(page), name: 'page.html' });
    expect(result).toMatchObject({ ok: true, format: 'html' });
    expect(result.ok && result.catalogue.seminars[0]).toMatchObject({
      title: 'Webinar 1: Opening',
      start: '2021-06-04T11:00:00Z',
      end: '2021-06-04T12:00:00Z',
    });
  });

  it('validates a catalogue file and refuses other JSON in plain words', () => {
    const catalogue = readFileSync(resolve(__dirname, '../../../resources/catalogue/builtin.catalogue.json'));
    expect(importProgrammeFile({ bytes: new Uint8Array(catalogue), name: 'c.json' })).toMatchObject({
      ok: true,
      format: 'json',
    });
    expect(importProgrammeFile({ bytes: bytes('{"hello": 1}'), name: 'h.json' })).toMatchObject({
      ok: false,
      code: 'unsupported-file',
      message: expect.stringMatching(/^h\.json is a JSON file that is neither a catalogue nor a schedule\./),
    });
    expect(importProgrammeFile({ bytes: bytes('{"schedule": '), name: 'cut.json' })).toMatchObject({
      ok: false,
      message: 'cut.json is not valid JSON: it is damaged or incomplete.',
    });
  });

  it('imports the seed as the built-in catalogue, byte for byte', () => {
    const result = importProgrammeFile({ bytes: SEED, name: 'cybercrime-webinars-2020.txt' });
    const builtin = readFileSync(resolve(__dirname, '../../../resources/catalogue/builtin.catalogue.json'), 'utf8');
    expect(result.ok && `${JSON.stringify(result.catalogue, null, 2)}\n`).toBe(builtin);
  });
});
