import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../../../src/shared/catalogue';
import { importProgrammeText, type ImportResult } from '../../../../src/shared/importers';

/**
 * Whatever text a user pastes or opens, the importer answers with a value:
 * it never throws, and an `ok` answer always holds a valid catalogue.
 */

const SEED = readFileSync(
  resolve(__dirname, '../../../../resources/catalogue/source/cybercrime-webinars-2020.txt'),
  'utf8',
);
const SEED_LINES = SEED.split('\n');

// Characters that have broken text importers before: BOM, non-characters, lone
// surrogates, bidi controls, zero-width and odd spaces, controls.
const AWKWARD = [
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  '\u200E',
  '\u200F',
  '\u202E',
  '\u2066',
  '\u200B',
  '\u200D',
  '\u2060',
  '\u00A0',
  '\u202F',
  '\u2028',
  '\u0085',
  '\u0000',
  '\u0007',
  '\u000B',
  '\t',
  '\r',
  '\n',
  '́',
  '😀',
  '👩‍💻',
];

const awkwardChar = fc.constantFrom(...AWKWARD);
const junkLine = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.oneof(awkwardChar, fc.string({ unit: 'grapheme-ascii', maxLength: 1 })), maxLength: 40 }),
);

const MONTHS = ['June', 'juillet', 'Julio', 'février', 'FEVRIER', 'décembre', 'août', 'December', 'setiembre', 'Mayo'];
const headingLine = fc
  .record({
    day: fc.integer({ min: 0, max: 40 }),
    month: fc.constantFrom(...MONTHS),
    year: fc.oneof(fc.constantFrom(1000, 2020, 2024, 9999), fc.integer({ min: 999, max: 10_000 })),
    de: fc.boolean(),
    dash: fc.constantFrom(' - ', ' – ', ' — ', ' ', ': ', ''),
    title: junkLine,
  })
  .map(({ day, month, year, de, dash, title }) =>
    de ? `${day} de ${month} de ${year}${dash}${title}` : `${day} ${month} ${year}${dash}${title}`,
  );

const clock = fc
  .record({
    hour: fc.integer({ min: 0, max: 25 }),
    minutes: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
    separator: fc.constantFrom('.', ':', 'h'),
    meridiem: fc.constantFrom('', ' a.m.', ' p.m.', 'am', ' PM', ' a.m', ' p.m'),
  })
  .map(
    ({ hour, minutes, separator, meridiem }) =>
      `${hour}${minutes === undefined ? '' : `${separator}${String(minutes).padStart(2, '0')}`}${meridiem}`,
  );
const timeLine = fc
  .record({
    label: fc.constantFrom('Time:', 'Heure :', 'Hora:', 'time:', ''),
    start: clock,
    end: clock,
    dash: fc.constantFrom(' – ', '-', ' to ', ' a '),
    zone: fc.constantFrom(' UTC', '', ' GMT+14', ' UTC-14:00', ' (UTC)', ' CEST', ' UTC+99', ' UTC junk'),
  })
  .map(({ label, start, end, dash, zone }) => `${label} ${start}${dash}${end}${zone}`);

const personLine = fc
  .record({
    label: fc.constantFrom('', '', '', 'Chair: ', 'Présidente: ', 'Presidenta:', 'Speakers: ', 'Co-chair:'),
    given: fc.constantFrom('Jane', 'José', 'Irma Llano', 'George-Maria', 'Иван', 'ana', 'JOHN', '', 'Ana de la'),
    family: fc.constantFrom(
      'DOE',
      'ÑÚÑEZ',
      'ANTWI-BOASIAKO',
      'O’NEILL',
      'TEIXEIRA SOUZA DOMINGOS',
      'X',
      'ПЕТРОВ',
      'Doe',
    ),
    tbc: fc.constantFrom('', ' (TBC)', ' (tbc)', ' (à confirmer)'),
    role: fc.oneof(
      fc.constant(''),
      junkLine.map((role) => `, ${role}`),
    ),
  })
  .map(({ label, given, family, tbc, role }) => `${label}${given} ${family}${tbc}${role}`);

const structuralLine = fc.constantFrom(
  '',
  '',
  'Further readings',
  'Lectures complémentaires',
  'Les conférenciers:',
  'Ponentes:',
  'Chair:',
  '• Focus item',
  '- ',
  'What is cybercrime?',
  'Renforcement des capacités',
  'Budapest Convention – https://www.coe.int/en/web/cybercrime',
  'https://example.org',
);

const programmeLine = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEED_LINES) },
  { weight: 2, arbitrary: headingLine },
  { weight: 2, arbitrary: timeLine },
  { weight: 2, arbitrary: personLine },
  { weight: 2, arbitrary: structuralLine },
  { weight: 3, arbitrary: junkLine },
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const programmeText = fc
  .tuple(fc.array(programmeLine, { maxLength: 60 }), lineBreak, fc.boolean())
  .map(([lines, newline, bom]) => `${bom ? '\uFEFF' : ''}${lines.join(newline)}`);

// Mostly well-formed programmes, so that the catalogue-building paths run as often as the refusals.
const SEED_HEADINGS = SEED_LINES.filter((line) => /^\d{1,2} (?:de )?\p{L}+ (?:de )?2020 - /u.test(line));
const seminarBlock = fc
  .tuple(fc.oneof(fc.constantFrom(...SEED_HEADINGS), headingLine), fc.array(programmeLine, { maxLength: 12 }))
  .map(([heading, lines]) => [heading, ...lines]);
const structuredText = fc
  .tuple(
    fc.oneof(fc.constant('Cybercrime and criminal justice in cyberspace'), junkLine),
    fc.array(programmeLine, { maxLength: 8 }),
    fc.array(seminarBlock, { minLength: 1, maxLength: 6 }),
    lineBreak,
  )
  .map(([title, preamble, blocks, newline]) => [title, ...preamble, ...blocks.flat()].join(newline));

const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 3, arbitrary: programmeText },
  { weight: 3, arbitrary: structuredText },
);

const withoutLineBreaks = (line: string) => line.replace(/[\r\n]/g, ' ');

function checkAnswer(text: string, result: ImportResult): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const warning of result.warnings) {
    expect(Number.isInteger(warning.line)).toBe(true);
    expect(warning.line).toBeGreaterThanOrEqual(1);
    expect(warning.line).toBeLessThanOrEqual(lineCount);
    expect(warning.text.length).toBeLessThanOrEqual(200);
    expect(warning.message).not.toBe('');
  }
  if (result.ok) {
    const validated = validateCatalogue(result.catalogue);
    expect(validated.ok, validated.ok ? '' : validated.message).toBe(true);
  } else {
    expect(result.code).toBe('no-seminar');
  }
}

describe('importProgrammeText on arbitrary text', () => {
  it('never throws, and an ok result always validates', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkAnswer(text, importProgrammeText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('copes with 10,000-character lines anywhere', () => {
    const longLine = fc
      .tuple(fc.constantFrom('x', 'A ', 'Jane DOE, ', 'ÉTAT ', '\u200F', '9 ', '\uD800'), programmeLine)
      .map(([unit, tail]) => `${unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000)}${tail}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(programmeLine, longLine), { minLength: 1, maxLength: 12 }), (lines) => {
        const text = ['Title', '24 June 2020 - S', 'Topic', ...lines].join('\n');
        checkAnswer(text, importProgrammeText(text));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same answer for the same text, whatever the line endings', () => {
    fc.assert(
      // Line breaks inside a generated line would be counted differently by each join.
      fc.property(fc.array(programmeLine.map(withoutLineBreaks), { maxLength: 40 }), (lines) => {
        const lf = importProgrammeText(lines.join('\n'));
        expect(importProgrammeText(lines.join('\r\n'))).toEqual(lf);
        expect(importProgrammeText(lines.join('\n'))).toEqual(lf);
      }),
      { numRuns: 200 },
    );
  });

  it('still reads every seminar of the seed when junk lines are inserted between its lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(SEED_LINES.length), fc.constantFrom('', '\u200B', '\u00A0\t ', '\uFEFF')), {
          maxLength: 20,
        }),
        (insertions) => {
          const lines = [...SEED_LINES];
          for (const [at, junk] of insertions) lines.splice(at, 0, junk);
          const result = importProgrammeText(lines.join('\n'));
          checkAnswer(lines.join('\n'), result);
          expect(result.ok && result.catalogue.seminars.length).toBe(5);
          expect(result.ok && result.catalogue.people.length).toBe(25);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('handles the edges of the calendar without leaving the schema', () => {
    for (const text of [
      'T\n31 December 9999 - Last\nTime: 11 p.m. – 1 a.m. UTC',
      'T\n31 December 9999 - Last\nTime: 10 p.m. – 11 p.m. UTC-14',
      'T\n1 January 1000 - First\nTime: 1 a.m. – 2 a.m. UTC+14',
      'T\n29 February 2100 - Not leap',
      'T\n29 février 2000 - Bissextile\nHeure: 24.00 – 25.00 UTC',
    ]) {
      checkAnswer(text, importProgrammeText(text));
    }
  });

  it('does not throw when called from JavaScript with something that is not a string', () => {
    const untyped = importProgrammeText as (text: unknown, options?: unknown) => ImportResult;
    for (const value of [undefined, null, 42, {}, ['24 June 2020 - S']]) {
      expect(untyped(value).ok).toBe(false);
    }
    expect(untyped('T\n24 June 2020 - S', { seriesId: 7 }).ok).toBe(true);
    expect(untyped('T\n24 June 2020 - S', null).ok).toBe(true);
  });
});
