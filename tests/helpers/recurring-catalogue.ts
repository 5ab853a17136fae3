/**
 * The kind of catalogue the team had not tried: a long series where the same
 * people return. The built-in catalogue's 5 seminars and 25 people, repeated
 * over N seminars (one a day, the seed's times of day and languages kept), with
 * no bios, or with the same bio for everyone when `bios` is set. A person at
 * 200 seminars has 40 or more appearances, so "Speaks at" is taller than a page.
 */
import type { Catalogue, Seminar } from '../../src/shared/catalogue/schema';

const DAY_MS = 86_400_000;

/** A bio of about 80 words, for the variant with bios. */
const SAMPLE_BIO =
  'Works on cybercrime legislation and international cooperation in criminal matters, with long experience of mutual legal assistance, electronic evidence and the training of prosecutors and judges. Has advised governments on acceding to regional conventions, led capacity-building projects with law enforcement agencies, and written on human rights safeguards in investigations involving data held abroad. Speaks regularly at regional seminars and expert group meetings.';

export function recurringCatalogue(seed: Catalogue, seminarCount: number, options: { bios?: boolean } = {}): Catalogue {
  const base = seed.seminars;
  if (base.length === 0) throw new Error('the seed catalogue has no seminars');
  const firstStart = Date.parse(base[0]!.start);
  const seminars: Seminar[] = Array.from({ length: seminarCount }, (_, index) => {
    const model = base[index % base.length]!;
    const shift = Math.floor(index / base.length) * base.length * DAY_MS + (index % base.length) * DAY_MS;
    const timeOfDay = (Date.parse(model.start) - firstStart) % DAY_MS;
    const start = firstStart - (firstStart % DAY_MS) + shift + ((timeOfDay + DAY_MS) % DAY_MS) + (firstStart % DAY_MS);
    const length = Date.parse(model.end) - Date.parse(model.start);
    const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
    return {
      ...model,
      id: `${model.id}-${index + 1}`,
      title: `${model.title} (${index + 1})`,
      start: iso(start),
      end: iso(start + length),
    };
  });
  const people = seed.people.map((person) => ({ ...person, bio: options.bios ? { en: SAMPLE_BIO } : {} }));
  return { ...seed, people, seminars };
}
