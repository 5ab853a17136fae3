/**
 * Measuring a run's words with its style resolved once gives pdfmake's own
 * words: the same properties and values for any words, own styles, named styles
 * and defaults (pdfmake-measure.ts). The only addition is `x`, the place on the
 * line that pdfmake sets on every word it places.
 */
import fc from 'fast-check';
import StyleContextStack from 'pdfmake/js/StyleContextStack.js';
import TextInlines from 'pdfmake/js/TextInlines.js';
import { describe, expect, it } from 'vitest';
import { installMeasureOncePerRun } from '../../../../../../src/main/services/export/writers/pdf/pdfmake-measure';

const RUNS = process.env['CI'] ? 2_000 : 300;
const originalMeasure = TextInlines.prototype.measure;
const Stack = StyleContextStack as unknown as new (
  dictionary: object,
  defaults?: object,
) => { push(item: unknown): void };

/** A font whose widths and line height depend on the text, size, and face asked for. */
function fakeFont(face: string) {
  return {
    face,
    lineHeight: (size: number) => size * 1.3,
    widthOfString: (text: string, size: number) => (text.length + face.length / 10) * size * 0.5,
  };
}
const fonts = new Map<string, ReturnType<typeof fakeFont>>();
const pdfDocument = {
  provideFont(family: unknown, bold: unknown, italics: unknown) {
    const face = `${String(family)}-${String(bold)}-${String(italics)}`;
    if (!fonts.has(face)) fonts.set(face, fakeFont(face));
    return fonts.get(face)!;
  },
};

const value = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const styleProps = {
  font: value(fc.constantFrom('A', 'B')),
  bold: value(fc.boolean()),
  italics: value(fc.boolean()),
  fontSize: value(fc.integer({ min: 6, max: 20 })),
  color: value(fc.constantFrom('red', '#123456')),
  sup: value(fc.boolean()),
  sub: value(fc.boolean()),
  lineHeight: value(fc.constantFrom(1, 1.25)),
  characterSpacing: value(fc.constantFrom(0, 0.5)),
  preserveLeadingSpaces: value(fc.boolean()),
  preserveTrailingSpaces: value(fc.boolean()),
  link: value(fc.constant('https://example.org')),
  lang: value(fc.constantFrom('ar', 'zh')),
  style: value(fc.constantFrom('s1', 's2')),
};
const ownStyle = fc.record(styleProps, { requiredKeys: [] });
const word = fc.record(
  {
    text: fc.stringMatching(/^\s{0,2}[a-z]{0,6}\s{0,2}$/),
    lineEnd: value(fc.constant(true)),
    noNewLine: value(fc.constant(true)),
  },
  { requiredKeys: ['text'] },
);
/** Runs of words that share an own style, as pdfmake's TextBreaker makes them. */
const words = fc.array(fc.tuple(ownStyle, fc.array(word, { minLength: 1, maxLength: 5 })), { maxLength: 5 });
const dictionary = fc.record({ s1: ownStyle, s2: ownStyle });
const defaults = ownStyle;
const overrides = fc.array(fc.oneof(ownStyle, fc.constantFrom('s1', 's2')), { maxLength: 3 });
const leadingIndent = value(fc.integer({ min: 1, max: 20 }));

type Sample = [[object, object[]][], object, object, unknown[], number | undefined];

function measureWith(measure: typeof originalMeasure, [runs, dict, defaults_, stackItems, indent]: Sample): object[] {
  const stack = new Stack(dict, defaults_);
  for (const item of stackItems) stack.push(item);
  // Each word carries its run's style (copied), as TextBreaker.getBreaks leaves it.
  const array = runs.flatMap(([style, items]) => items.map((item) => ({ ...item, ...style })));
  if (indent !== undefined && array[0]) Object.assign(array[0], { leadingIndent: indent });
  const inlines = Object.assign(Object.create(TextInlines.prototype as object) as object, { pdfDocument });
  return measure.call(inlines, array, stack);
}

describe('installMeasureOncePerRun', () => {
  it("measures every word as pdfmake's own measure does", () => {
    const samples = fc.sample(fc.tuple(words, dictionary, defaults, overrides, leadingIndent), RUNS) as Sample[];
    const before = samples.map((sample) => measureWith(originalMeasure, sample));
    installMeasureOncePerRun();
    expect(TextInlines.prototype.measure).not.toBe(originalMeasure);
    samples.forEach((sample, index) => {
      const after = measureWith(TextInlines.prototype.measure, sample);
      expect(after).toHaveLength(before[index]!.length);
      after.forEach((measured) => {
        expect(measured).toHaveProperty('x', 0);
        delete (measured as { x?: number }).x;
      });
      expect(after).toEqual(before[index]);
    });
  });
});
