import { describe, expect, it } from 'vitest';
import { buildBriefingDocument } from '../../../src/shared/document/build';
import { createDefaultPack } from '../../../src/shared/pack';
import type { Language } from '../../../src/shared/catalogue/languages';
import { scriptsCatalogue } from '../../fixtures/catalogues/load';
import { blocksUnder, fieldsUnder, runsText, tableUnder } from './helpers';

const catalogue = scriptsCatalogue();
const build = (language: Language) =>
  buildBriefingDocument(
    { ...createDefaultPack(catalogue, { today: '2021-02-20' }), language, timeZones: ['Asia/Riyadh'] },
    catalogue,
  );
const ARAB = 'agenda-2021-03-02-arab-states';

describe('a pack in Arabic, Chinese or Russian', () => {
  it('labels, dates and zones in Arabic, the name and role joined by the Arabic comma', () => {
    expect(fieldsUnder(build('ar'), ARAB)).toEqual({
      'الوقت (التوقيت العالمي المنسق)': '09:00–11:00',
      'الرياض (UTC+3)': '12:00–14:00',
      الرئاسة: 'أمينة الهاشمي، رئيسة الجلسة، وزارة العدل',
    });
    expect(build('ar').cover!.seminars[0]).toBe('2 آذار/مارس 2021 — ندوة مع الدول العربية');
    expect(build('ar').furniture.pageNumber).toEqual({ before: 'الصفحة ', between: ' من ', after: '' });
  });

  it('writes a Chinese name family name first, and "to be confirmed" in full-width parentheses', () => {
    const rows = tableUnder(build('zh'), ARAB).rows.map((row) => row.map(runsText));
    expect(rows).toContainEqual(['', '王小明（待确认）', '公安部第三研究所']);
    const speakers = blocksUnder(build('zh'), 'speakers');
    expect(speakers.some((block) => block.kind === 'heading' && block.text === '王小明')).toBe(true);
    expect(build('zh').furniture.pageNumber).toEqual({ before: '第 ', between: ' 页，共 ', after: ' 页' });
  });

  it('prints Greek family names in Greek capitals, without accents, and Russian dates', () => {
    const document = build('ru');
    const names = tableUnder(document, ARAB).rows.map((row) => runsText(row[1]!));
    expect(names).toContain('Νίκος ΠΑΠΑΔΟΠΟΥΛΟΣ (уточняется)');
    expect(document.cover!.seminars[1]).toBe('9 марта 2021 г. — 亚洲国家研讨会');
  });

  it('keeps the English, French and Spanish punctuation as it was', () => {
    expect(fieldsUnder(build('fr'), ARAB)['Présidence']).toBe('أمينة الهاشمي, رئيسة الجلسة، وزارة العدل');
  });
});
