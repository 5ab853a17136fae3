import { describe, expect, it } from 'vitest';
import { findFieldProblems, readEditedCatalogue } from '../../../src/shared/catalogue/problems';
import { smallCatalogue } from '../../fixtures/catalogues/load';

describe('findFieldProblems', () => {
  it('finds nothing in a valid catalogue', () => {
    expect(findFieldProblems(smallCatalogue())).toEqual([]);
  });

  it('names each problem by field and kind, schema and cross-references together', () => {
    const catalogue = smallCatalogue();
    catalogue.people[0]!.familyName = '';
    catalogue.seminars[0]!.end = catalogue.seminars[0]!.start;
    catalogue.seminars[0]!.timeZone = 'Mars/Olympus';
    catalogue.seminars[1]!.sessions[0]!.speakers.push({ personId: 'nobody', role: '', tbc: false });
    catalogue.seminars[1]!.title = 'x'.repeat(2_001);
    expect(findFieldProblems(catalogue)).toEqual(
      expect.arrayContaining([
        { path: 'people[0].familyName', kind: 'empty' },
        { path: 'seminars[0].timeZone', kind: 'unknown-zone' },
        { path: 'seminars[1].title', kind: 'too-long' },
        { path: 'seminars[0].end', kind: 'end-before-start' },
        { path: 'seminars[1].sessions[0].speakers[1].personId', kind: 'unknown-person' },
      ]),
    );
  });
});

describe('readEditedCatalogue', () => {
  it('accepts a catalogue whose only faults are empty names, refuses anything else', () => {
    const catalogue = smallCatalogue();
    catalogue.people[0]!.familyName = '';
    expect(readEditedCatalogue(catalogue)).toEqual({ ok: true, data: catalogue });
    expect(readEditedCatalogue({ ...catalogue, seminars: 'none' }).ok).toBe(false);
    expect(readEditedCatalogue(null).ok).toBe(false);
  });
});
