/**
 * Reads person lines written the way UN programmes write them:
 * "Given FAMILY, role, organisation, country", the family name in capitals.
 */
export interface PersonLine {
  honorific?: string;
  givenName: string;
  familyName: string;
  nameOrder?: 'family-given';
  organisation?: string;
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

/** Words printed before a name, never part of it (compared without dots, lower case). */
const HONORIFICS = new Set([
  'dr',
  'dra',
  'prof',
  'profa',
  'professor',
  'professeur',
  'professeure',
  'profesor',
  'profesora',
  'pr',
  'he',
  'se',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'mme',
  'mmes',
  'mlle',
  'm',
  'me',
  'sr',
  'sra',
  'srta',
  'dna',
  'amb',
  'ambassador',
  'ambassadeur',
  'ambassadrice',
  'embajador',
  'embajadora',
  'judge',
  'justice',
  'juge',
  'hon',
  'sir',
  'dame',
  'rev',
  'lic',
  'licda',
  'ing',
  'excmo',
  'excma',
  'madame',
  'monsieur',
  'senor',
  'senora',
]);
const HONORIFIC_PHRASES = [
  /^(?:his|her) excellency\s+/iu,
  /^son excellence\s+/iu,
  /^su excelencia\s+/iu,
  /^the hon(?:ou?rable)?\.?\s+/iu,
];

const isHonorific = (word: string) =>
  HONORIFICS.has(word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[.,]/g, '').toLowerCase()) &&
  /^[\p{Lu}]/u.test(word);

/** "H.E. Ms. Maria GARCÍA" → honorific "H.E. Ms.", name "Maria GARCÍA"; at least two words of name are left. */
export function splitHonorific(name: string): { honorific?: string; name: string } {
  let rest = name.trim();
  const taken: string[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const phrase = HONORIFIC_PHRASES.map((pattern) => pattern.exec(rest)).find((match) => match !== null);
    if (phrase) {
      taken.push(phrase[0].trim());
      rest = rest.slice(phrase[0].length);
      continue;
    }
    const [first, ...others] = rest.split(' ');
    if (first === undefined || others.length < 2 || !isHonorific(first)) break;
    taken.push(first);
    rest = others.join(' ');
  }
  return taken.length > 0 ? { honorific: taken.join(' '), name: rest } : { name: rest };
}

export interface PersonName {
  honorific?: string;
  givenName: string;
  familyName: string;
  nameOrder?: 'family-given';
  note?: string;
}

/**
 * Reads a name: the family name is the run of capitals wherever it stands
 * ("Alexander SEGER", "KIM Jae-won"); in a list of speakers (`mixedCase`), a
 * name without capitals ("Kenneth Harris") takes its last word, with any
 * particles before it, as the family name.
 */
export function parseName(
  text: string,
  options: { mixedCase?: boolean; allCapsNeedsRole?: boolean } = {},
): PersonName | null {
  const { honorific, name } = splitHonorific(text);
  const words = name.split(' ').filter((word) => word !== '');
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return null;
  const withHonorific = (person: PersonName): PersonName => (honorific ? { honorific, ...person } : person);

  // The family name is the run of capitalised words at the end of the name part.
  let familyStart = words.length;
  while (familyStart > 0 && FAMILY_WORD.test(words[familyStart - 1] ?? '')) familyStart--;
  // Single capitals at the start of that run are initials of the given name ("John A SMITH").
  while (familyStart < words.length - 1 && letterCount(words[familyStart] ?? '') < 2) familyStart++;
  const familyWords = words.slice(familyStart);
  if (familyStart < words.length && letterCount(familyWords.join('')) >= 2) {
    if (familyStart === 0) {
      if (options.allCapsNeedsRole) return null;
      return withHonorific({
        givenName: words[0] ?? '',
        familyName: words.slice(1).join(' '),
        note: 'name written all in capitals; the first word was taken as the given name',
      });
    }
    const givenWords = words.slice(0, familyStart);
    if (!GIVEN_WORD.test(givenWords[0] ?? '')) return null;
    if (!givenWords.every((word) => GIVEN_WORD.test(word) || PARTICLES.has(word))) return null;
    return withHonorific({ givenName: givenWords.join(' '), familyName: familyWords.join(' ') });
  }
  // Family name first, in capitals: "KIM Jae-won", "HWANG Cheol-Kyu".
  let familyEnd = 0;
  while (
    familyEnd < words.length &&
    FAMILY_WORD.test(words[familyEnd] ?? '') &&
    letterCount(words[familyEnd] ?? '') >= 2
  )
    familyEnd++;
  if (familyEnd > 0 && familyEnd < words.length && words.slice(familyEnd).every((word) => GIVEN_WORD.test(word))) {
    return withHonorific({
      givenName: words.slice(familyEnd).join(' '),
      familyName: words.slice(0, familyEnd).join(' '),
      nameOrder: 'family-given',
    });
  }
  if (!options.mixedCase || words.length > 5) return null;
  if (!GIVEN_WORD.test(words[0] ?? '') || !GIVEN_WORD.test(words[words.length - 1] ?? '')) return null;
  if (!words.every((word) => GIVEN_WORD.test(word) || PARTICLES.has(word))) return null;
  if (words.some((word) => /[.]$/.test(word) && letterCount(word) > 1)) return null;
  let mixedFamilyStart = words.length - 1;
  while (mixedFamilyStart > 1 && PARTICLES.has(words[mixedFamilyStart - 1] ?? '')) mixedFamilyStart--;
  return withHonorific({
    givenName: words.slice(0, mixedFamilyStart).join(' '),
    familyName: words.slice(mixedFamilyStart).join(' '),
  });
}

/**
 * Parses a person line: "Given FAMILY, role…", "KIM Jae-won, role…" or
 * "Name (Organisation)"; null when the line is not a person line. In a list
 * of speakers (`mixedCase`), "Kenneth Harris" is a name too.
 */
export function parsePersonLine(line: string, options: { mixedCase?: boolean } = {}): PersonLine | null {
  const { text, tbc } = stripTbcMarks(line);
  const withOrganisation = /^([^(),]+?)\s*\(([^()]+)\)\s*(?:[,–—-]\s*(.*))?$/u.exec(text);
  if (withOrganisation) {
    const name = parseName(withOrganisation[1] ?? '', { mixedCase: true });
    if (name) {
      const organisation = (withOrganisation[2] ?? '').trim();
      const after = (withOrganisation[3] ?? '').trim();
      return { ...name, role: after === '' ? organisation : `${organisation}, ${after}`, organisation, tbc };
    }
  }
  const comma = text.indexOf(',');
  const head = (comma === -1 ? text : text.slice(0, comma)).trim();
  const role = comma === -1 ? '' : text.slice(comma + 1).trim();
  const name = parseName(head, { mixedCase: options.mixedCase === true, allCapsNeedsRole: comma === -1 });
  return name ? { ...name, role, tbc } : null;
}

/**
 * One line naming several people: "John SMITH (Microsoft), Jane DOE (UNODC)",
 * "Ana PÉREZ; Luis GÓMEZ, Fiscal". A single person's line is returned whole.
 */
export function splitPeopleList(text: string): string[] {
  const bySemicolon = text.split(/\s*;\s*/u).filter((part) => part !== '');
  if (bySemicolon.length > 1) return bySemicolon;
  const byParentheses = text.split(/(?<=\))\s*(?:,|\band\b|\bet\b|\by\b)\s*/u).filter((part) => part !== '');
  if (
    byParentheses.length > 1 &&
    byParentheses.every((part) => /\)$/.test(stripTbcMarks(part).text) || /\)\s*$/.test(part))
  )
    return byParentheses;
  const byComma = text.split(/\s*,\s*|\s+(?:and|et|y)\s+/u).filter((part) => part !== '');
  if (
    byComma.length > 1 &&
    byComma.every((part) => parseName(stripTbcMarks(part).text, { allCapsNeedsRole: true }) !== null)
  )
    return byComma;
  return [text];
}
