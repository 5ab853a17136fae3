import { describe, expect, it } from 'vitest';
import { likelyDuplicates, similarGivenNames } from '../../../../src/renderer/src/features/catalogue-editor/duplicates';

const person = (id: string, givenName: string, familyName: string) => ({ id, givenName, familyName, bio: {} });

describe('likely duplicates', () => {
  it('pairs the same family name with alike given names, ignoring case and accents', () => {
    const people = [
      person('a', 'Patryk', 'PAWLAK'),
      person('b', 'Patrick', 'Pawlak'),
      person('c', 'Anna', 'PAWLAK'),
      person('d', 'José', 'GARCÍA'),
      person('e', 'Jose', 'GARCIA'),
      person('f', 'J.', 'KIM'),
      person('g', 'Jae-won', 'KIM'),
      person('h', 'Maria', 'LOPEZ'),
    ];
    expect(likelyDuplicates(people).map(({ a, b }) => `${a.id}${b.id}`)).toEqual(['ab', 'de', 'fg']);
  });

  it('tells alike given names from different ones', () => {
    expect(similarGivenNames('Alex', 'Alexander')).toBe(true);
    expect(similarGivenNames('Jon', 'John')).toBe(true);
    expect(similarGivenNames('Anna', 'Patryk')).toBe(false);
    expect(similarGivenNames('Al', 'Alexander')).toBe(false);
  });
});
