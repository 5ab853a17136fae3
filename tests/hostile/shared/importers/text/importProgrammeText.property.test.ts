/**
 * Hostile input for the programme-text importer, beyond
 * tests/shared/importers/text/importer.property.test.ts (junk lines between seed lines):
 * here hostile characters, markup and 10,000-character strings are spliced
 * *inside* the seed's lines, and the series id option is hostile. Property: no
 * throw; an ok answer validates, survives a JSON round trip, and holds no code
 * point XML forbids (the importer's cleanLine promise), so it can be exported.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../../../../src/shared/catalogue';
import { importProgrammeText } from '../../../../../src/shared/importers';
import { stripXmlForbidden } from '../../../../../src/shared/text/sanitize';
import { HUGE_STRINGS, hostileString } from '../../../../helpers/arbitraries';

const ALL_SEED_LINES = readFileSync(
  resolve(__dirname, '../../../../../resources/catalogue/source/cybercrime-webinars-2020.txt'),
  'utf8',
).split('\n');
/** The title, a few preamble lines and the first seminar: enough for every state of the importer, cheap to run. */
const SEED_LINES = [
  ...ALL_SEED_LINES.slice(0, 3),
  ...ALL_SEED_LINES.slice(ALL_SEED_LINES.findIndex((line) => line.startsWith('Further readings'))).slice(
    0,
    ALL_SEED_LINES.findIndex((line) => line.startsWith('7 July 2020')) -
      ALL_SEED_LINES.findIndex((line) => line.startsWith('Further readings')),
  ),
];

const insertion = fc.oneof(
  { weight: 80, arbitrary: hostileString(4) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
);

/** The seed with hostile text inserted at random positions inside random lines (or replacing them). */
const hostileProgramme = fc
  .array(
    fc.record({
      line: fc.nat(SEED_LINES.length - 1),
      at: fc.nat(),
      text: insertion,
      replace: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((edits) => {
    const lines = [...SEED_LINES];
    for (const { line, at, text, replace } of edits) {
      const original = lines[line]!;
      const position = at % (original.length + 1);
      lines[line] = replace ? text : `${original.slice(0, position)}${text}${original.slice(position)}`;
    }
    return lines.join('\n');
  });

function everyString(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) value.forEach((item) => everyString(item, visit));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      visit(key);
      everyString(item, visit);
    }
}

describe('importProgrammeText on hostile text inside the seed programme', () => {
  it('never throws; an ok catalogue validates, round-trips through JSON and is XML-safe', () => {
    fc.assert(
      fc.property(hostileProgramme, fc.option(hostileString(3), { nil: undefined }), (text, seriesId) => {
        const result = importProgrammeText(text, seriesId === undefined ? {} : { seriesId });
        for (const warning of result.warnings) expect(warning.message.trim()).not.toBe('');
        if (!result.ok) {
          expect(result.code).toBe('no-seminar');
          return;
        }
        const validated = validateCatalogue(JSON.parse(JSON.stringify(result.catalogue)));
        expect(validated.ok, validated.ok ? '' : validated.message).toBe(true);
        everyString(result.catalogue, (value) => expect(stripXmlForbidden(value)).toBe(value));
      }),
      { numRuns: 2_000 },
    );
  });
});
