/**
 * Shared fast-check generators for the hostile-input suites (tests/hostile):
 * strings biased to the characters and fragments that break parsers, XML
 * writers and interfaces, deep JSON values, and "mutated valid" catalogues and
 * packs (a real file with a few fields replaced by hostile values or wrong types).
 * String sizes are capped so that 2,000 runs stay fast; the 10,000-character
 * strings are prebuilt constants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const REPO_ROOT = join(__dirname, '..', '..');

/** Single code units and short sequences that have broken text handling before. */
export const HOSTILE_CHARS: readonly string[] = [
  '\uFFFE',
  '\uFFFF',
  '\uD800', // lone high surrogate
  '\uDBFF',
  '\uDC00', // lone low surrogate
  '\uDFFF',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\t',
  '\n',
  '\r',
  '\u200E', // LRM
  '\u200F', // RLM
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E', // RLO
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\u00A0',
  '\u0301', // combining acute
  'e\u0301\u0302\u0303',
  '\u0489\u0489\u0489',
  '😀',
  '👩‍💻',
  '🇫🇷',
  '\uD83D\uDE00',
  'عربي',
  'עברית',
  '中文',
];

/** Fragments that mean something to HTML, XML, template engines, URLs or JSON. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  ']]>',
  '<![CDATA[x]]>',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#xFFFE;',
  '&nbsp;',
  '${}',
  '${constructor.constructor("alert(1)")()}',
  '{{7*7}}',
  '</w:t><w:t>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  '\\u0000',
  '%00',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  '(',
  ')',
  '\\',
  '/',
  '%',
  '*',
];

/** Prebuilt 10,000-character strings (fc.constant keeps 2,000 runs cheap). */
export const HUGE_STRINGS: readonly string[] = [
  'x'.repeat(10_000),
  '\u202E'.repeat(10_000),
  '\uD800'.repeat(10_000),
  '<script>alert(1)</script>'.repeat(400),
  'Wort '.repeat(2_000),
  `${'\u200B'.repeat(5_000)}${'a\u0301'.repeat(2_500)}`,
  '😀'.repeat(5_000),
  `${'A'.repeat(9_999)}\uFFFE`,
];

const hostileChar = fc.constantFrom(...HOSTILE_CHARS);
const hostileFragment = fc.constantFrom(...HOSTILE_FRAGMENTS);

/**
 * Short strings mixing hostile characters, fragments and ordinary text.
 * `maxPieces` caps the number of pieces (each at most ~40 code units).
 */
export function hostileString(maxPieces = 6): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: hostileChar },
    { weight: 3, arbitrary: hostileFragment },
    { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  );
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

/** Hostile strings of at most `maxLength` code units, plus (when allowed) a prebuilt 10,000-character one. */
export function hostileText(options: { maxLength?: number; huge?: boolean } = {}): fc.Arbitrary<string> {
  const { maxLength = 200, huge = false } = options;
  const short = hostileString().map((text) => text.slice(0, maxLength));
  const arbitraries: fc.WeightedArbitrary<string>[] = [
    { weight: 10, arbitrary: short },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n') },
  ];
  if (huge) {
    const fitting = HUGE_STRINGS.filter((text) => text.length <= maxLength);
    if (fitting.length > 0) arbitraries.push({ weight: 1, arbitrary: fc.constantFrom(...fitting) });
  }
  return fc.oneof(...arbitraries);
}

/** Any JSON-ish value, including hostile strings, -0, NaN-free numbers and deep nesting. */
export function hostileJsonValue(maxDepth = 4): fc.Arbitrary<unknown> {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(null, true, false, 0, -0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308),
      hostileText({ maxLength: 60 }),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(
        fc.oneof(hostileText({ maxLength: 20 }), fc.constantFrom('__proto__', 'constructor')),
        tie('value'),
        {
          maxKeys: 4,
        },
      ),
    ),
  }));
  return fc.oneof(
    { weight: 6, arbitrary: value },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth }) },
    { weight: 1, arbitrary: deeplyNested() },
  );
}

/** Arrays or objects nested 50 to 2,000 levels deep. */
export function deeplyNested(): fc.Arbitrary<unknown> {
  return fc.record({ depth: fc.integer({ min: 50, max: 2_000 }), asArray: fc.boolean() }).map(({ depth, asArray }) => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
    return value;
  });
}

/** Values that are not what a field expects: every JSON type, plus undefined and deep nesting. */
export function wrongTypeValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(undefined, null, true, 0, -1, 1e21, 'x', '', [], {}, [null], { en: 1 }),
    hostileText({ maxLength: 60, huge: true }),
    hostileJsonValue(3),
  );
}

// ── files shipped with the app ──────────────────────────────────────────────

export const BUILTIN_CATALOGUE_PATH = join(REPO_ROOT, 'resources', 'catalogue', 'builtin.catalogue.json');
export const SAMPLE_PACK_PATH = join(REPO_ROOT, 'resources', 'packs', 'sample.briefpack');

export const builtinCatalogueData = JSON.parse(readFileSync(BUILTIN_CATALOGUE_PATH, 'utf8')) as Record<string, unknown>;
export const samplePackData = JSON.parse(readFileSync(SAMPLE_PACK_PATH, 'utf8')) as Record<string, unknown>;

/** Every path (array of keys) to a value inside `data`, up to `maxDepth` levels. */
export function valuePaths(data: unknown, maxDepth = 8): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, at: (string | number)[]): void => {
    if (at.length > 0) paths.push(at);
    if (at.length >= maxDepth || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...at, index]));
    else for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
  };
  walk(data, []);
  return paths;
}

/** A deep copy of `data` with the value at `path` replaced (or deleted when `value` is undefined). */
export function replaceAt(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(data);
  if (path.length === 0) return value;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * `data` with 1 to `maxMutations` values (at any depth) replaced by hostile
 * strings or wrong types, removed, or given an extra hostile key.
 */
export function mutatedValid(data: unknown, maxMutations = 3): fc.Arbitrary<unknown> {
  const found = valuePaths(data);
  // An empty object or array has no value to replace: add one instead.
  const paths = found.length > 0 ? found : [[Array.isArray(data) ? 0 : 'extra']];
  const mutation = fc.record({
    path: fc.constantFrom(...paths),
    kind: fc.constantFrom('replace', 'replace', 'hostile-text', 'delete', 'extra-key'),
    value: wrongTypeValue(),
    text: hostileText({ maxLength: 300, huge: true }),
  });
  return fc.array(mutation, { minLength: 1, maxLength: maxMutations }).map((mutations) => {
    let current: unknown = data;
    for (const { path, kind, value, text } of mutations) {
      const replacement = kind === 'delete' ? undefined : kind === 'hostile-text' ? text : value;
      const target = kind === 'extra-key' ? [...path.slice(0, -1), text.slice(0, 40) || '__proto__'] : path;
      try {
        current = replaceAt(current, target, replacement);
      } catch {
        // An earlier mutation removed this path's parent: skip it.
      }
    }
    return current;
  });
}

// ── valid packs with hostile text ───────────────────────────────────────────

interface CatalogueIds {
  seminars: { id: string; people: string[] }[];
  topicIds: string[];
}

function catalogueIds(catalogue: Record<string, unknown>): CatalogueIds {
  const seminars = (
    catalogue['seminars'] as {
      id: string;
      chair?: { personId: string };
      sessions: { speakers: { personId: string }[] }[];
    }[]
  ).map((seminar) => ({
    id: seminar.id,
    people: [
      ...(seminar.chair ? [seminar.chair.personId] : []),
      ...seminar.sessions.flatMap((session) => session.speakers.map((speaker) => speaker.personId)),
    ],
  }));
  const topicIds = (catalogue['topics'] as { id: string }[]).map((topic) => topic.id);
  return { seminars, topicIds };
}

/**
 * Pack data (JSON, before loadPack) that is valid against `catalogue` (the
 * built-in one by default) with hostile text in every free-text field: title,
 * delegation, prepared by, reference, marking, topic briefs and bios. One
 * seminar (or `maxSeminars`), so that rendering each example stays cheap.
 */
export function hostileValidPack(
  options: { catalogue?: Record<string, unknown>; maxSeminars?: number; huge?: boolean } = {},
): fc.Arbitrary<Record<string, unknown>> {
  const { seminars, topicIds } = catalogueIds(options.catalogue ?? builtinCatalogueData);
  const huge = options.huge ?? false;
  const text = (maxLength: number) => hostileText({ maxLength, huge });
  return fc
    .record({
      chosen: fc.shuffledSubarray(seminars, { minLength: 1, maxLength: options.maxSeminars ?? 1 }),
      title: text(500),
      language: fc.constantFrom('en', 'fr', 'es'),
      delegation: text(500),
      preparedBy: text(500),
      reference: text(200),
      date: fc.constantFrom('2020-06-20', '2024-02-29', '1999-12-31', '0001-01-01', '9999-12-31'),
      marking: fc.oneof(fc.constantFrom('UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL'), text(100)),
      paper: fc.constantFrom('a4', 'letter'),
      timeZones: fc.shuffledSubarray(['America/New_York', 'Europe/Vienna', 'Asia/Kolkata', 'Pacific/Chatham'], {
        maxLength: 2,
      }),
      topicIds: fc.shuffledSubarray(topicIds, { maxLength: 2 }),
      sections: fc.record({
        cover: fc.boolean(),
        contents: fc.boolean(),
        agenda: fc.boolean(),
        speakers: fc.boolean(),
        topicBriefs: fc.constant(true),
        speakerIndex: fc.boolean(),
        background: fc.boolean(),
        readings: fc.boolean(),
      }),
      external: fc.boolean(),
      briefs: fc.array(
        fc.record({
          id: fc.constantFrom(...topicIds),
          summary: text(2_000),
          pointsToMake: fc.array(text(300), { maxLength: 3 }),
          background: text(2_000),
        }),
        { maxLength: 2 },
      ),
      bios: fc.array(
        fc.record({ index: fc.nat(), en: text(2_000), fr: text(300), es: fc.option(text(300), { nil: undefined }) }),
        { maxLength: 2 },
      ),
    })
    .map(({ chosen, briefs, bios, ...fields }) => {
      const people = [...new Set(chosen.flatMap((seminar) => seminar.people))];
      const bioOverrides: Record<string, unknown> = {};
      if (people.length > 0)
        for (const { index, ...bio } of bios)
          bioOverrides[people[index % people.length]!] = Object.fromEntries(
            Object.entries(bio).filter(([, value]) => value !== undefined),
          );
      return {
        format: 'briefing-pack',
        version: 1,
        ...fields,
        seminarIds: chosen.map((seminar) => seminar.id),
        topicBriefs: Object.fromEntries(briefs.map(({ id, ...brief }) => [id, brief])),
        bioOverrides,
      };
    });
}
