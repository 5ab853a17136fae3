import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/catalogue/schema';
import { buildBriefingDocument } from '../../../src/shared/document/build';
import { MARKING_PRESETS, type Pack, loadPack } from '../../../src/shared/pack';
import { smallCatalogue } from '../../fixtures/catalogues/load';
import { modelProblems } from './helpers';

const catalogue = smallCatalogue();
const seminarIds = catalogue.seminars.map((seminar) => seminar.id);
const topicIds = catalogue.topics.map((topic) => topic.id);
const personIds = catalogue.people.map((person) => person.id);
const ZONES = [
  'America/New_York',
  'Europe/Vienna',
  'Asia/Tokyo',
  'Pacific/Tongatapu',
  'Asia/Kolkata',
  'Pacific/Honolulu',
];

/** Any text, including lone surrogates, controls and U+FFFE, plus a few hand-picked hostile strings. */
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ maxLength }),
    fc.constantFrom('', '   ', '\n\n', '\uFFFE\uD800\u0000', 'javascript:alert(1)', '<w:t>&amp;</w:t>'),
  );
const localised = fc.record({ en: anyText(200), fr: anyText(200), es: anyText(200) }, { requiredKeys: [] });

/** Packs built from the fixture's ids only, so that they check clean against it. */
const packData = fc.record({
  format: fc.constant('briefing-pack'),
  version: fc.constant(1),
  title: anyText(100),
  language: fc.constantFrom(...LANGUAGES),
  delegation: anyText(100),
  preparedBy: anyText(100),
  reference: anyText(100),
  date: fc.constantFrom('2020-06-20', '2024-02-29', '1999-12-31'),
  marking: fc.oneof(fc.constantFrom(...MARKING_PRESETS), anyText(100)),
  paper: fc.constantFrom('a4', 'letter'),
  timeZones: fc.shuffledSubarray(ZONES, { maxLength: 4 }),
  seminarIds: fc.shuffledSubarray(seminarIds),
  topicIds: fc.shuffledSubarray(topicIds),
  sections: fc.record({
    cover: fc.boolean(),
    contents: fc.boolean(),
    agenda: fc.boolean(),
    speakers: fc.boolean(),
    topicBriefs: fc.boolean(),
    speakerIndex: fc.boolean(),
    background: fc.boolean(),
    readings: fc.boolean(),
  }),
  external: fc.boolean(),
  topicBriefs: fc.dictionary(
    fc.constantFrom(...topicIds),
    fc.record({
      summary: anyText(300),
      pointsToMake: fc.array(anyText(80), { maxLength: 4 }),
      background: anyText(300),
    }),
  ),
  bioOverrides: fc.dictionary(fc.constantFrom(...personIds), localised),
});

const buildOptions = fc.record({
  edition: fc.constantFrom('internal' as const, 'external' as const),
  showGaps: fc.boolean(),
});

/** Every chosen seminar and topic is in the catalogue (the builder skips the others; the property is about the rest). */
function idsResolve(pack: Pack): boolean {
  const seminars = new Set(catalogue.seminars.map((seminar) => seminar.id));
  const topics = new Set(catalogue.topics.map((topic) => topic.id));
  return pack.seminarIds.every((id) => seminars.has(id)) && pack.topicIds.every((id) => topics.has(id));
}

describe('buildBriefingDocument properties', () => {
  it('never throws, and keeps the model’s promises, for any pack that loads and checks clean', () => {
    fc.assert(
      fc.property(packData, buildOptions, (data, options) => {
        const loaded = loadPack(data);
        fc.pre(loaded.ok);
        if (!loaded.ok) return;
        fc.pre(loaded.data.warnings.length === 0 && idsResolve(loaded.data.pack));
        const document = buildBriefingDocument(loaded.data.pack, catalogue, options);
        expect(modelProblems(document)).toEqual([]);
        if (options.edition === 'external') expect(JSON.stringify(document)).not.toContain('"kind":"notice"');
        // Nothing empty is printed: every section has more than its heading, and only a draft has muted gap lines.
        for (const section of document.sections) expect(section.blocks.length).toBeGreaterThan(1);
        if (!options.showGaps) expect(document.cover?.edition ?? '').not.toContain('Draft');
        if (document.contents) expect(document.sections.length).toBeGreaterThan(0);
      }),
      { numRuns: 2_000 },
    );
  });
});
