import { describe, expect, it } from 'vitest';
import { importProgrammeText } from '../../../../src/shared/importers';
import { UniqueIds } from '../../../../src/shared/importers/text/text';

describe('UniqueIds', () => {
  it('gives base, base-2, base-3… and skips ids already taken, including ones claimed as bases', () => {
    const ids = new UniqueIds(['topic']);
    expect(ids.claim('topic')).toBe('topic-2');
    expect(ids.claim('topic-3')).toBe('topic-3');
    expect(ids.claim('topic')).toBe('topic-4');
    expect(ids.claim('other')).toBe('other');
    expect(ids.claim('other')).toBe('other-2');
    expect(ids.claim('topic-4')).toBe('topic-4-2');
  });
});

describe('importing many seminars on one date (issue 10, item 7)', () => {
  it('takes time in proportion to their number: 20,000 headings (63 s before)', () => {
    const lines = ['Series', ''];
    for (let i = 0; i < 20_000; i++) lines.push(`24 June 2020 - Seminar ${i}`, 'Time: 7.00 a.m. – 8.45 a.m. UTC', '');
    const started = performance.now();
    const result = importProgrammeText(lines.join('\n'));
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.seminars).toHaveLength(20_000);
    expect(result.catalogue.seminars[19_999]!.id).toBe('seminar-2020-06-24-seminar-19999');
    expect(new Set(result.catalogue.seminars.map((seminar) => seminar.id)).size).toBe(20_000);
    // Linear work is well under a second here; the quadratic loop took a minute.
    expect(elapsed).toBeLessThan(10_000);
  });
});
