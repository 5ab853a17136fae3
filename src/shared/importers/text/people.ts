/**
 * Reads person lines written the way UN programmes write them:
 * "Given FAMILY, role, organisation, country", the family name in capitals.
 */
export interface PersonLine {
  givenName: string;
  familyName: string;
  role: string;
  tbc: boolean;
  /** Set when the split between given and family name was a guess. */
  note?: string;
}

// "(TBC)", "(to be confirmed)", "(à confirmer)", "(por confirmar)", anywhere on the line.
const TBC_MARK = /\s*\(\s*(?:t\.?\s?b\.?\s?c\.?|to be confirmed|[àa] confirmer|por confirmar|a confirmar)\s*\)/giu;
// A family-name word: capitals (any script), with inner hyphens or apostrophes: "ANTWI-BOASIAKO", "D’ALMEIDA".
const FAMILY_WORD = /^\p{Lu}(?:[\p{Lu}\p{M}]|['’-]\p{Lu})*$/u;
// A given-name word starts with a capital: "Irma", "George-Maria", "J.", "Dr."
const GIVEN_WORD = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$/u;
// Lower-case particles that may sit between given names and the family name.
const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'der',
  'den',
  'des',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'e',
  'y',
  'la',
  'le',
  'van',
  'von',
  'ten',
  'ter',
  'zu',
  'bin',
  'binti',
  'bint',
  'al',
  'el',
]);
const MAX_NAME_WORDS = 10;

const letterCount = (word: string) => (word.match(/\p{L}/gu) ?? []).length;

/** Removes "(TBC)"-style marks; reports whether there was one. */
export function stripTbcMarks(line: string): { text: string; tbc: boolean } {
  let tbc = false;
  const text = line
    .replace(TBC_MARK, () => {
      tbc = true;
      return '';
    })
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { text, tbc };
}

/** Parses "Given FAMILY, role"; null when the line is not a person line. */
export function parsePersonLine(line: string): PersonLine | null {
  const { text, tbc } = stripTbcMarks(line);
  const comma = text.indexOf(',');
  const head = (comma === -1 ? text : text.slice(0, comma)).trim();
  const role = comma === -1 ? '' : text.slice(comma + 1).trim();
  const words = head.split(' ').filter((word) => word !== '');
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return null;

  // The family name is the run of capitalised words at the end of the name part.
  let familyStart = words.length;
  while (familyStart > 0 && FAMILY_WORD.test(words[familyStart - 1] ?? '')) familyStart--;
  // Single capitals at the start of that run are initials of the given name ("John A SMITH").
  while (familyStart < words.length - 1 && letterCount(words[familyStart] ?? '') < 2) familyStart++;
  if (familyStart === words.length) return null;
  const familyWords = words.slice(familyStart);
  if (letterCount(familyWords.join('')) < 2) return null;

  if (familyStart === 0) {
    // All in capitals: only believable as a name when a role follows.
    if (comma === -1) return null;
    return {
      givenName: words[0] ?? '',
      familyName: words.slice(1).join(' '),
      role,
      tbc,
      note: 'name written all in capitals; the first word was taken as the given name',
    };
  }
  const givenWords = words.slice(0, familyStart);
  const firstGiven = givenWords[0] ?? '';
  if (!GIVEN_WORD.test(firstGiven)) return null;
  if (!givenWords.every((word) => GIVEN_WORD.test(word) || PARTICLES.has(word))) return null;
  return { givenName: givenWords.join(' '), familyName: familyWords.join(' '), role, tbc };
}
