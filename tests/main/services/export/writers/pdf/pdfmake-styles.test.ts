/**
 * The allocation-free style lookups give pdfmake's own answers: the same value
 * for any property, item and stack of named styles and overrides (extends included).
 */
import fc from 'fast-check';
import StyleContextStack from 'pdfmake/js/StyleContextStack.js';
import { describe, expect, it } from 'vitest';
import { installStyleLookups } from '../../../../../../src/main/services/export/writers/pdf/pdfmake-styles';

type Lookup = (item: object, stack: unknown, property: string, defaultValue: unknown) => unknown;
type StackClass = (new (dictionary: object, defaults?: object) => { push(item: unknown): void }) & {
  getStyleProperty: Lookup;
};
const Stack = StyleContextStack as unknown as StackClass;
const prototype = Stack.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
const original = {
  getStyleProperty: Stack.getStyleProperty,
  getProperty: prototype['getProperty']!,
  autopush: prototype['autopush']!,
};

const RUNS = process.env['CI'] ? 2_000 : 300;
const names = ['a', 'b', 'c', 'd'];
const properties = ['fontSize', 'bold', 'color', 'margin'];
const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.constant(''));
const props = fc.record(Object.fromEntries(properties.map((p) => [p, value])), { requiredKeys: [] });
const style = fc.record(
  {
    ...Object.fromEntries(properties.map((p) => [p, value])),
    extends: fc.option(fc.constantFrom(...names, ['a', 'b'])),
  },
  { requiredKeys: [] },
);
const dictionary = fc.dictionary(fc.constantFrom(...names), style);
const override = fc.oneof(fc.constantFrom(...names, 'missing'), props);
const item = fc.record(
  {
    ...Object.fromEntries(properties.map((p) => [p, value])),
    style: fc.option(fc.oneof(fc.constantFrom(...names), fc.array(fc.constantFrom(...names)))),
  },
  { requiredKeys: [] },
);

function lookUp(
  lookup: Lookup,
  dict: object,
  defaults: object,
  overrides: unknown[],
  target: object,
  property: string,
): unknown {
  const stack = new Stack(dict, defaults);
  for (const entry of overrides) stack.push(entry);
  return lookup(target, stack, property, 'default');
}

describe('installStyleLookups', () => {
  it("answers every lookup as pdfmake's own code does", () => {
    const samples = fc.sample(
      fc.tuple(dictionary, props, fc.array(override, { maxLength: 6 }), item, fc.constantFrom(...properties)),
      RUNS,
    );
    const before = samples.map(([dict, defaults, overrides, target, property]) => {
      // pdfmake's own lookup, run with its own methods.
      prototype['getProperty'] = original.getProperty;
      prototype['autopush'] = original.autopush;
      return lookUp(original.getStyleProperty, dict, defaults, overrides, target, property);
    });
    installStyleLookups();
    expect(Stack.getStyleProperty).not.toBe(original.getStyleProperty);
    samples.forEach(([dict, defaults, overrides, target, property], index) => {
      expect(lookUp(Stack.getStyleProperty, dict, defaults, overrides, target, property)).toEqual(before[index]);
    });
  });
});
