import { describe, expect, it } from 'vitest';
import { MARKING_PRESETS, type Pack, createDefaultPack, loadPack, serialisePack } from '../../../src/shared/pack';
import { smallCatalogue } from '../../fixtures/catalogues/load';

const catalogue = smallCatalogue();
const validPack = (): Pack => createDefaultPack(catalogue, { today: '2020-06-20' });

describe('createDefaultPack', () => {
  it('covers the whole catalogue with every section on, and carries its programme', () => {
    const pack = validPack();
    expect(pack).toMatchObject({
      format: 'briefing-pack',
      version: 2,
      title: 'Cybercrime and criminal justice in cyberspace',
      language: 'en',
      date: '2020-06-20',
      marking: 'UNCLASSIFIED',
      paper: 'a4',
      timeZones: [],
      topicIds: [],
      delegation: '',
      preparedBy: '',
      reference: '',
    });
    expect(pack.seminarIds).toEqual(catalogue.seminars.map((seminar) => seminar.id));
    expect(Object.values(pack.sections).every((on) => on)).toBe(true);
    expect(pack.programme.seminars).toEqual(catalogue.seminars);
    expect(pack.programme.people).toEqual(catalogue.people);
    expect(pack.programme.source).toMatchObject({ catalogueId: 'builtin', title: catalogue.series[0]!.title });
    expect(pack.programme.source.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(loadPack(pack)).toEqual({ ok: true, data: { pack, warnings: [], fromVersion: 2 } });
  });

  it('starts empty when asked, naming the catalogue it draws from', () => {
    const pack = createDefaultPack(catalogue, { today: '2020-06-20', seminarIds: [], catalogueId: 'imported-abc123' });
    expect(pack.seminarIds).toEqual([]);
    expect(pack.programme).toMatchObject({ seminars: [], people: [], topics: [], series: [] });
    expect(pack.programme.source.catalogueId).toBe('imported-abc123');
  });

  it('applies options over the defaults', () => {
    const pack = createDefaultPack(catalogue, { today: '2020-06-20', language: 'fr', marking: MARKING_PRESETS[1] });
    expect(pack.language).toBe('fr');
    expect(pack.marking).toBe('OFFICIAL');
    expect(pack.date).toBe('2020-06-20');
    expect(createDefaultPack(catalogue, { today: '2020-06-20', date: '2020-07-01' }).date).toBe('2020-07-01');
    expect(pack).not.toHaveProperty('today');
  });
});

describe('serialisePack', () => {
  it('writes keys in a stable order, two-space indented, with a final newline', () => {
    const pack = validPack();
    const shuffled = Object.fromEntries(Object.entries(pack).reverse()) as Pack;
    const text = serialisePack({
      ...shuffled,
      topicBriefs: {
        zeta: { background: 'b', pointsToMake: [], summary: 's' },
        alpha: { summary: 's', pointsToMake: ['p'], background: '' },
      },
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "briefing-pack",\n  "version": 2,\n  "kind": "briefing",\n  "title"')).toBe(
      true,
    );
    expect(text.indexOf('"alpha"')).toBeLessThan(text.indexOf('"zeta"'));
    expect(text).toContain('"zeta": {\n      "summary": "s",\n      "pointsToMake": [],\n      "background": "b"');
    expect(serialisePack(pack)).toBe(serialisePack(shuffled));
  });

  it('keeps a "__proto__" id as data', () => {
    const bioOverrides = JSON.parse('{"__proto__": {"en": "x"}}') as Pack['bioOverrides'];
    const text = serialisePack({ ...validPack(), bioOverrides });
    expect(text).toContain('"__proto__": {');
  });
});
