import { slugify } from '../../../../shared/importers/text/text';

/** `base`, else `base-2`, `base-3`…: the first id not in `taken`. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = base === '' ? 'item' : base;
  let candidate = root;
  for (let n = 2; used.has(candidate); n++) candidate = `${root}-${n}`;
  return candidate;
}

/** A person's id from their name, as the importer makes it ("ana-garcia"). */
export function personIdFor(givenName: string, familyName: string, taken: Iterable<string>): string {
  return freshId(slugify(`${givenName} ${familyName}`) || 'person', taken);
}

/** A seminar's id from its date, as the importer makes it ("seminar-2020-06-24"). */
export function seminarIdFor(startIso: string, title: string, taken: Iterable<string>): string {
  const date = startIso.slice(0, 10);
  const used = new Set(taken);
  const alone = `seminar-${date}`;
  if (!used.has(alone)) return alone;
  return freshId(`${alone}${slugify(title) ? `-${slugify(title)}` : ''}`, used);
}
