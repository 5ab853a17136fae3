/**
 * The `build` options that change the pack, each with its --help line and how it
 * applies. A new pack option is one entry here; `applyPackOptions` refuses unknown
 * ids, zones and languages with a message that says what is accepted.
 */
import type { Catalogue } from '../../shared/catalogue/schema';
import { LANGUAGES, type Language } from '../../shared/catalogue/schema';
import {
  DOCUMENT_KINDS,
  PACK_SECTION_IDS,
  PAPER_SIZES,
  PROGRAMME_SECTION_IDS,
  type Pack,
  type PackSectionId,
  PackSchema,
  withDocumentKind,
} from '../../shared/pack';
import { foldToOneLine } from '../../shared/text/sanitize';
import { lookUpZone } from '../../shared/time/zones';
import type { OptionSpec, OptionValues } from './command';
import { CliUsageError } from './errors';

export interface PackOption extends OptionSpec {
  apply(pack: Pack, value: string | boolean, catalogue: Catalogue): Pack;
}

export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function knownIds(what: string, ids: string[], known: string[]): string[] {
  const knownSet = new Set(known);
  const unknown = ids.filter((id) => !knownSet.has(id));
  if (unknown.length > 0)
    throw new CliUsageError(`unknown ${what} id ${unknown.join(', ')}. Known ids: ${known.join(', ')}.`);
  return [...new Set(ids)];
}

const text = (value: string | boolean) => String(value);

export const PACK_OPTIONS = {
  // First, so that the options after it (sections, marking, language) change the new kind's defaults.
  kind: {
    type: 'string',
    value: `<${DOCUMENT_KINDS.join('|')}>`,
    help: "a briefing pack, or an organiser's programme (title page, agenda with session times, bios; no marking)",
    apply(pack, value) {
      if (!(DOCUMENT_KINDS as readonly string[]).includes(text(value)))
        throw new CliUsageError(`unknown kind "${text(value)}". Use briefing or programme.`);
      return withDocumentKind(pack, value as Pack['kind']);
    },
  },
  seminars: {
    type: 'string',
    value: '<id,id,…>',
    help: 'the seminars, in this order (default: every seminar of the catalogue)',
    apply(pack, value, catalogue) {
      const ids = splitList(text(value));
      const seminarIds = knownIds(
        'seminar',
        ids,
        catalogue.seminars.map((seminar) => seminar.id),
      );
      if (seminarIds.length === 0) throw new CliUsageError('--seminars needs at least one seminar id.');
      return { ...pack, seminarIds };
    },
  },
  topics: {
    type: 'string',
    value: '<id,id,…>',
    help: 'the topics (default: every topic)',
    apply: (pack, value, catalogue) => ({
      ...pack,
      topicIds: knownIds(
        'topic',
        splitList(text(value)),
        catalogue.topics.map((topic) => topic.id),
      ),
    }),
  },
  lang: {
    type: 'string',
    value: `<${LANGUAGES.join('|')}|seminar>`,
    help: 'the language of labels and dates; for a programme, "seminar" prints each seminar in its own (the default)',
    apply(pack, value) {
      if (value === 'seminar') {
        if (pack.kind !== 'programme')
          throw new CliUsageError(
            '--lang seminar is for a programme (--kind programme); a briefing pack has one language.',
          );
        return { ...pack, languageMode: 'each-seminar' };
      }
      if (!(LANGUAGES as readonly string[]).includes(text(value)))
        throw new CliUsageError(`unknown language "${text(value)}". Use one of: ${LANGUAGES.join(', ')}.`);
      return { ...pack, language: value as Language, languageMode: 'document' };
    },
  },
  paper: {
    type: 'string',
    value: `<${PAPER_SIZES.join('|')}>`,
    help: 'the paper size; a5-booklet: A5 pages, the PDF imposed two to a side on A4 to fold',
    apply(pack, value) {
      if (!(PAPER_SIZES as readonly string[]).includes(text(value)))
        throw new CliUsageError(`unknown paper size "${text(value)}". Use ${PAPER_SIZES.join(', ')}.`);
      return { ...pack, paper: value as Pack['paper'] };
    },
  },
  zones: {
    type: 'string',
    value: '<zone,zone,…>',
    help: 'up to 4 time zones shown after UTC: IANA names in any case or cities ("New York,vienna")',
    apply(pack, value) {
      const zones: string[] = [];
      for (const query of splitList(text(value))) {
        const found = lookUpZone(query);
        if (found.kind === 'utc') continue; // always shown first
        if (found.kind === 'unknown')
          throw new CliUsageError(
            `unknown time zone ${query}. Use a city such as "New York" or an IANA name such as America/New_York.`,
          );
        if (found.kind === 'ambiguous')
          throw new CliUsageError(`"${query}" could be ${found.candidates.join(', ')}; give the full name.`);
        if (!zones.includes(found.id)) zones.push(found.id);
      }
      if (zones.length > 4) throw new CliUsageError('at most 4 time zones (UTC is always shown first).');
      return { ...pack, timeZones: zones };
    },
  },
  title: {
    type: 'string',
    value: '<text>',
    help: 'the pack title (cover and document properties)',
    apply: (pack, value) => ({ ...pack, title: foldToOneLine(text(value)) }),
  },
  reference: {
    type: 'string',
    value: '<text>',
    help: 'the reference printed on the cover and every page',
    apply: (pack, value) => ({ ...pack, reference: foldToOneLine(text(value)) }),
  },
  marking: {
    type: 'string',
    value: '<text>',
    help: 'the classification marking, top and bottom of every page (one line: line breaks become spaces)',
    // Folded as the document builder folds it, so what is printed is what was said here.
    apply: (pack, value) => ({ ...pack, marking: foldToOneLine(text(value)) }),
  },
  sections: {
    type: 'string',
    value: '<id,id,…>',
    help: `only these sections, from: ${PACK_SECTION_IDS.join(', ')} (a programme: ${PROGRAMME_SECTION_IDS.join(', ')})`,
    apply(pack, value) {
      const wanted = splitList(text(value));
      const known: readonly string[] = pack.kind === 'programme' ? PROGRAMME_SECTION_IDS : PACK_SECTION_IDS;
      const unknown = wanted.filter((id) => !known.includes(id));
      const what = pack.kind === 'programme' ? 'A programme has' : 'Sections';
      if (unknown.length > 0)
        throw new CliUsageError(`unknown section ${unknown.join(', ')}. ${what}: ${known.join(', ')}.`);
      if (wanted.length === 0) throw new CliUsageError('--sections needs at least one section.');
      const sections = Object.fromEntries(PACK_SECTION_IDS.map((id) => [id, wanted.includes(id)])) as Record<
        PackSectionId,
        boolean
      >;
      return { ...pack, sections };
    },
  },
} satisfies Record<string, PackOption>;

/** Applies the options given over the pack and checks the result as a pack file would be checked. */
export function applyPackOptions(pack: Pack, catalogue: Catalogue, values: OptionValues<typeof PACK_OPTIONS>): Pack {
  let next: Pack = { ...pack };
  for (const [name, option] of Object.entries(PACK_OPTIONS) as [keyof typeof PACK_OPTIONS, PackOption][]) {
    const value = values[name];
    if (value !== undefined) next = option.apply(next, value, catalogue);
  }
  const valid = PackSchema.safeParse(next);
  if (!valid.success) {
    const issue = valid.error.issues[0];
    throw new CliUsageError(
      `the options make an invalid pack: ${issue ? `${issue.path.join('.')}: ${issue.message}` : ''}`,
    );
  }
  return valid.data;
}
