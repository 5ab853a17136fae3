/**
 * Time-zone options for the picker: IANA names from the runtime (listTimeZones),
 * with the current names of zones Intl still lists under their old spelling
 * (Node and Chromium list "Asia/Calcutta", not "Asia/Kolkata"), searchable by
 * city or id, with the current UTC offset. Shared by the picker and the command line
 * (`briefpack build --zones "New York"`), so both accept the same names.
 */
import {
  cityOfTimeZone,
  formatUtcOffset,
  isUtcAlias,
  isValidTimeZone,
  listTimeZones,
  utcOffsetMinutes,
} from './format';
import { ZONE_CITY_ALIASES } from '../importers/zone-names';

/** Old spelling → current IANA name. Only pairs where the runtime may list the old one. */
export const ZONE_ALIASES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Asia/Macao': 'Asia/Macau',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Africa/Asmera': 'Africa/Asmara',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

export interface ZoneOption {
  /** The name stored in the pack: the current IANA name when this runtime accepts it. */
  id: string;
  /** "Kolkata". */
  city: string;
  /** Lower-case, accent-free text searched: current and listed names, cities. */
  searchText: string;
}

/** Lower case without accents, underscores as spaces, so "sao paulo" finds "Sao_Paulo" and "São Paulo". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/_/g, ' ').toLowerCase().trim();
}

function currentName(listed: string): string {
  const modern = ZONE_ALIASES[listed];
  return modern !== undefined && isValidTimeZone(modern) ? modern : listed;
}

let cachedOptions: ZoneOption[] | undefined;

/** Every zone the runtime knows except UTC and its aliases, each once, sorted by id. */
let cachedAliases: Map<string, string[]> | undefined;

/**
 * The names people use for a zone that its IANA id does not carry: capitals and
 * other spellings ("Beijing" for Asia/Shanghai, "New Delhi", "Washington"), the
 * same list the importer reads announced zones with.
 */
function aliasesOf(): Map<string, string[]> {
  if (cachedAliases) return cachedAliases;
  cachedAliases = new Map();
  for (const [alias, zone] of ZONE_CITY_ALIASES) cachedAliases.set(zone, [...(cachedAliases.get(zone) ?? []), alias]);
  return cachedAliases;
}

export function zoneOptions(): ZoneOption[] {
  if (cachedOptions) return cachedOptions;
  const byId = new Map<string, ZoneOption>();
  for (const listed of listTimeZones()) {
    if (isUtcAlias(listed)) continue;
    const id = currentName(listed);
    const names = new Set([id, listed]);
    const existing = byId.get(id);
    const searchText = normaliseForSearch(
      [...names, ...[...names].map(cityOfTimeZone), ...(aliasesOf().get(id) ?? []), existing?.searchText ?? ''].join(
        ' ',
      ),
    );
    byId.set(id, { id, city: cityOfTimeZone(id), searchText });
  }
  cachedOptions = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return cachedOptions;
}

/**
 * Zones matching the query, best first: city starting with it, then any word
 * starting with it, then containing it. An empty query lists every zone.
 */
export function searchZones(query: string, options: ZoneOption[] = zoneOptions()): ZoneOption[] {
  const needle = normaliseForSearch(query);
  if (needle === '') return options;
  const scored: { option: ZoneOption; score: number }[] = [];
  for (const option of options) {
    const city = normaliseForSearch(option.city);
    let score: number;
    if (city.startsWith(needle)) score = 0;
    else if (option.searchText.split(/[\s/]+/).some((word) => word.startsWith(needle))) score = 1;
    else if (option.searchText.includes(needle)) score = 2;
    else continue;
    scored.push({ option, score });
  }
  return scored.sort((a, b) => a.score - b.score).map(({ option }) => option);
}

/** The runtime's canonical name, so that "Asia/Kolkata" and "Asia/Calcutta" count as one zone. */
export function canonicalZone(name: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return name;
  }
}

export function sameZone(a: string, b: string): boolean {
  return a === b || canonicalZone(a) === canonicalZone(b);
}

/**
 * The offsets of `zone` at the given instants, each once in order ("UTC−4", or "UTC−4 / UTC−5" for dates on
 * both sides of a change of clocks); now when no instant is given.
 */
export function offsetLabelAt(zone: string, instants: readonly string[] | undefined): string {
  if (!instants || instants.length === 0) return currentOffsetLabel(zone);
  // Remembered per list of instants (callers keep the list while the pack's seminars stay the same).
  let byZone = offsetLabelCache.get(instants);
  if (!byZone) offsetLabelCache.set(instants, (byZone = new Map()));
  let label = byZone.get(zone);
  if (label === undefined) byZone.set(zone, (label = offsetLabelsFor(zone, instants)));
  return label;
}

const offsetLabelCache = new WeakMap<readonly string[], Map<string, string>>();

function offsetLabelsFor(zone: string, instants: readonly string[]): string {
  const labels = new Set<string>();
  // Offsets change at most once a day: a programme of thousands of sessions has far fewer distinct hours.
  const hours = new Set(instants.map((instant) => instant.slice(0, 13)));
  for (const instant of instants) {
    if (!hours.delete(instant.slice(0, 13))) continue;
    const at = new Date(instant);
    if (!Number.isNaN(at.getTime())) labels.add(currentOffsetLabel(zone, at));
  }
  return [...labels].filter((label) => label !== '').join(' / ');
}

/** "UTC+5:30" for Kolkata, today. */
export function currentOffsetLabel(zone: string, at: Date = new Date()): string {
  try {
    return formatUtcOffset(utcOffsetMinutes(zone, at));
  } catch {
    return '';
  }
}

export type ZoneLookup =
  { kind: 'zone'; id: string } | { kind: 'utc' } | { kind: 'ambiguous'; candidates: string[] } | { kind: 'unknown' };

/** UTC under any of its names, as the picker recognises it. */
export function meansUtc(query: string): boolean {
  return /^(utc|gmt|zulu|etc\/utc|etc\/gmt|universal)$/i.test(query.trim()) || isUtcAlias(query.trim());
}

/**
 * A zone typed by a person, found the way the picker finds it: an IANA name in
 * any case ("america/new_york", old spellings such as "Asia/Calcutta" give the
 * current name) or a city ("New York", "sao paulo"). A city several zones share
 * a prefix with is ambiguous unless one city is exactly the query.
 */
export function lookUpZone(query: string, options: ZoneOption[] = zoneOptions()): ZoneLookup {
  const needle = normaliseForSearch(query);
  if (needle === '') return { kind: 'unknown' };
  if (meansUtc(query)) return { kind: 'utc' };
  const byName = options.find(
    (option) => normaliseForSearch(option.id) === needle || option.searchText.split(' ').includes(needle),
  );
  if (needle.includes('/')) {
    if (byName) return { kind: 'zone', id: byName.id };
    // A valid name the runtime does not list, in any case: its canonical spelling.
    const canonical = canonicalZone(query.trim());
    return isValidTimeZone(canonical) ? { kind: 'zone', id: currentName(canonical) } : { kind: 'unknown' };
  }
  const exactCity = options.filter((option) => normaliseForSearch(option.city) === needle);
  if (exactCity.length === 1) return { kind: 'zone', id: exactCity[0]!.id };
  const found = exactCity.length > 1 ? exactCity : searchZones(query, options);
  if (found.length === 1) return { kind: 'zone', id: found[0]!.id };
  if (found.length === 0) return { kind: 'unknown' };
  return { kind: 'ambiguous', candidates: found.slice(0, 6).map((option) => option.id) };
}
