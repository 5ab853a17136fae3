import { describe, expect, it } from 'vitest';
import { paragraphDirection } from '../../../src/shared/text/direction';

describe('paragraphDirection', () => {
  it('keeps an Arabic document right to left, but for text without Arabic letters', () => {
    expect(paragraphDirection('الوقت (التوقيت العالمي المنسق)', 'rtl')).toBe('rtl');
    expect(paragraphDirection('Patryk PAWLAK (قيد التأكيد)', 'rtl')).toBe('rtl');
    expect(paragraphDirection('07:00–08:45', 'rtl')).toBe('rtl');
    expect(paragraphDirection('What is cybercrime?', 'rtl')).toBe('ltr');
    expect(paragraphDirection('网络犯罪', 'rtl')).toBe('ltr');
  });

  it('keeps a left-to-right document left to right, but for text in right-to-left letters only', () => {
    expect(paragraphDirection('ندوة مع بلدان آسيا والمحيط الهادئ', 'ltr')).toBe('rtl');
    expect(paragraphDirection('24 June 2020 — ندوة', 'ltr')).toBe('ltr');
    expect(paragraphDirection('2020', 'ltr')).toBe('ltr');
  });
});
