import type { Person } from '../../../../shared/catalogue/schema';
import { foldForMatching } from '../../../../shared/importers/text/text';

export interface LikelyDuplicate {
  a: Person;
  b: Person;
}

/**
 * Pairs of entries that are probably one person: the same family name
 * (ignoring case and accents) and given names that are alike: the same, one an
 * initial or a shortening of the other ("J." / "Jae-won", "Alex" / "Alexander"),
 * or at most two letters apart ("Patryk" / "Patrick").
 */
export function likelyDuplicates(people: readonly Person[]): LikelyDuplicate[] {
  const byFamily = new Map<string, Person[]>();
  for (const person of people) {
    const key = foldForMatching(person.familyName);
    if (key === '') continue;
    byFamily.set(key, [...(byFamily.get(key) ?? []), person]);
  }
  const pairs: LikelyDuplicate[] = [];
  for (const group of byFamily.values()) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (similarGivenNames(group[i]!.givenName, group[j]!.givenName)) pairs.push({ a: group[i]!, b: group[j]! });
  }
  return pairs;
}

export function similarGivenNames(first: string, second: string): boolean {
  const a = foldForMatching(first).replace(/\s+/g, '');
  const b = foldForMatching(second).replace(/\s+/g, '');
  if (a === '' || b === '') return true;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && (short.length === 1 || short.length >= 3)) return true;
  return editDistance(a, b, 2) <= 2;
}

/** Levenshtein distance, stopping once it is past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
