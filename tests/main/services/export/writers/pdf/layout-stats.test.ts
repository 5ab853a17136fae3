/**
 * The placed-text check counts characters as the definition it replaced did:
 * code points that are not white space (/\s/) or the zero-width space.
 */
import { describe, expect, it } from 'vitest';
import { countVisible } from '../../../../../../src/main/services/export/writers/pdf/layout-stats';

const byDefinition = (text: string): number => {
  let count = 0;
  for (const char of text) if (!/[\s\u200b]/u.test(char)) count++;
  return count;
};

describe('countVisible', () => {
  it('counts every code point, and every lone surrogate, as the regular-expression definition does', () => {
    const differing: number[] = [];
    for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
      const text =
        codePoint >= 0xd800 && codePoint <= 0xdfff ? String.fromCharCode(codePoint) : String.fromCodePoint(codePoint);
      if (countVisible(text) !== byDefinition(text)) differing.push(codePoint);
    }
    expect(differing).toEqual([]);
  });

  it('counts mixed text: pairs once, lone halves, spaces of every kind, zero-width spaces', () => {
    const samples = [
      '',
      'a b\tc\n',
      '\u00a0\u2003\u3000\u200b\ufeff',
      '𝔘𝔑 مرحبا 中文',
      '\ud800x\udc00',
      'x\ud83d',
      '\udc00\ud800',
      '\u200b\u200c\u200d',
    ];
    for (const text of samples) expect(countVisible(text), JSON.stringify(text)).toBe(byDefinition(text));
  });
});
