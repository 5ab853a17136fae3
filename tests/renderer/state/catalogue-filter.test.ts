import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  filterSeminars,
  hasActiveFilters,
  normaliseForSearch,
  prepareSearch,
} from '../../../src/renderer/src/state/catalogue-filter';
import { SEMINAR_EN, SEMINAR_ES, SEMINAR_FR, smallCatalogue } from '../helpers/fixtures';

const catalogue = smallCatalogue();
const filter = (changes: Partial<typeof NO_FILTERS>) => filterSeminars(catalogue, { ...NO_FILTERS, ...changes });

describe('filterSeminars', () => {
  it('shows every seminar in catalogue order without filters', () => {
    expect(filter({})).toEqual([SEMINAR_EN, SEMINAR_FR, SEMINAR_ES]);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
  });

  it('filters by language, and shows nothing when no language is checked', () => {
    expect(filter({ languages: ['fr', 'es'] })).toEqual([SEMINAR_FR, SEMINAR_ES]);
    expect(filter({ languages: [] })).toEqual([]);
    expect(hasActiveFilters({ ...NO_FILTERS, languages: ['en'] })).toBe(true);
  });

  it('filters by an inclusive date range on the UTC start date', () => {
    expect(filter({ from: '2020-07-09' })).toEqual([SEMINAR_FR, SEMINAR_ES]);
    expect(filter({ to: '2020-07-09' })).toEqual([SEMINAR_EN, SEMINAR_FR]);
    expect(filter({ from: '2020-07-01', to: '2020-07-10' })).toEqual([SEMINAR_FR]);
    expect(filter({ from: '2021-01-01' })).toEqual([]);
  });

  it('filters by topic: seminars with a session on it', () => {
    expect(filter({ topicId: 'international-cooperation' })).toEqual([SEMINAR_EN, SEMINAR_ES]);
    expect(filter({ topicId: 'legislation' })).toEqual([SEMINAR_EN, SEMINAR_FR]);
  });

  it('searches titles, names and roles, ignoring case and accents', () => {
    expect(filter({ search: 'seminaire dedie' })).toEqual([SEMINAR_FR]);
    expect(filter({ search: 'SÉMINAIRE' })).toEqual([SEMINAR_FR]);
    expect(filter({ search: 'seger' })).toEqual([SEMINAR_EN, SEMINAR_FR]);
    expect(filter({ search: 'francois delerue' })).toEqual([SEMINAR_FR]);
    expect(filter({ search: 'fiscala general' })).toEqual([SEMINAR_ES]);
    expect(filter({ search: 'euiss' })).toEqual([SEMINAR_EN]);
    expect(filter({ search: 'cooperacion' })).toEqual([SEMINAR_ES]);
  });

  it('needs every word somewhere, in any order', () => {
    expect(filter({ search: 'council seger europe' })).toEqual([SEMINAR_EN, SEMINAR_FR]);
    expect(filter({ search: 'seger kavanagh' })).toEqual([]);
  });

  it('combines filters', () => {
    expect(filter({ search: 'seger', languages: ['fr'] })).toEqual([SEMINAR_FR]);
    expect(filter({ search: 'seger', from: '2020-07-01' })).toEqual([SEMINAR_FR]);
  });
});

describe('prepareSearch', () => {
  it('works through the catalogue a slice at a time, and searching after it finds the same', () => {
    const fresh = smallCatalogue();
    expect(prepareSearch(fresh, 0, 2)).toBe(2);
    expect(prepareSearch(fresh, 2, 2)).toBeNull();
    expect(filterSeminars(fresh, { ...NO_FILTERS, search: 'seger' })).toEqual([SEMINAR_EN, SEMINAR_FR]);
  });

  it('keeps what it worked out per catalogue: another catalogue with other names is searched afresh', () => {
    const first = smallCatalogue();
    expect(filterSeminars(first, { ...NO_FILTERS, search: 'seger' })).toEqual([SEMINAR_EN, SEMINAR_FR]);
    const renamed = smallCatalogue();
    renamed.people = renamed.people.map((person) =>
      person.familyName.toUpperCase() === 'SEGER' ? { ...person, familyName: 'Zeger' } : person,
    );
    expect(filterSeminars(renamed, { ...NO_FILTERS, search: 'seger' })).toEqual([]);
    expect(filterSeminars(renamed, { ...NO_FILTERS, search: 'zeger' })).toEqual([SEMINAR_EN, SEMINAR_FR]);
  });
});

describe('normaliseForSearch', () => {
  it('drops accents and case and squeezes spaces', () => {
    expect(normaliseForSearch('  Séminaire   DÉDIÉ ')).toBe('seminaire dedie');
    expect(normaliseForSearch('¿Qué es la ciberdelincuencia?')).toBe('¿que es la ciberdelincuencia?');
  });
});
