/** breakLongWords: long words get places to break at, and nothing else changes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLongWords } from '../../../../../../src/main/services/export/writers/pdf/text';

const RUNS = process.env['CI'] ? 5_000 : 500;
const chars = fc.constantFrom('a', 'é', '\u0301', '\u200d', '👨', '字', ' ', '-', 'x', '\u0645');

describe('breakLongWords', () => {
  it('only adds zero-width spaces: removing them gives the text back', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 300 }), (parts) => {
        const text = parts.join('');
        expect(breakLongWords(text).replaceAll('\u200b', '')).toBe(text.replaceAll('\u200b', ''));
      }),
      { numRuns: RUNS },
    );
  });

  it('breaks a long word every 16 characters, keeping a combining mark with its letter', () => {
    expect(breakLongWords('x'.repeat(48))).toBe(['x'.repeat(16), 'x'.repeat(16), 'x'.repeat(16)].join('\u200b'));
    const marked = `\u0301${'é'.repeat(20)}${'e\u0301'.repeat(30)}`;
    const broken = breakLongWords(marked).split('\u200b');
    expect(broken.join('')).toBe(marked);
    for (const piece of broken.slice(1)) expect(piece.startsWith('\u0301')).toBe(false);
    expect(breakLongWords('short words stay as they are')).toBe('short words stay as they are');
  });
});
