import { describe, expect, it } from 'vitest';
import { describeCatalogueChange, diffCatalogues } from '../../../src/shared/catalogue/diff';
import { smallCatalogue } from '../../fixtures/catalogues/load';

describe('diffCatalogues', () => {
  it('is empty for the same programme, whatever the name', () => {
    const catalogue = smallCatalogue();
    expect(diffCatalogues(catalogue, { ...structuredClone(catalogue), title: 'Renamed' })).toEqual([]);
  });

  it('lists new, removed and moved seminars and changed people, in English for the command line', () => {
    const before = smallCatalogue();
    const after = structuredClone(before);
    const [first, second] = after.seminars;
    first!.start = first!.start.replace('T07', 'T06');
    after.seminars = [first!, { ...second!, id: 'seminar-new', title: 'A new one' }, ...after.seminars.slice(2)];
    const person = after.people.find((p) => p.id === first!.chair?.personId) ?? after.people[0]!;
    person.familyName = 'RENAMED';
    const changes = diffCatalogues(before, after);
    const kinds = changes.map((change) => change.kind);
    expect(kinds[0]).toBe('seminar-added');
    expect(kinds).toEqual(expect.arrayContaining(['seminar-moved', 'seminar-removed', 'person-changed']));
    expect(describeCatalogueChange(changes[0]!)).toMatch(/A new one: new seminar\.$/);
    expect(changes.map(describeCatalogueChange).join('\n')).toMatch(/no longer in the programme/);
  });
});
