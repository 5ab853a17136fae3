/**
 * The organiser's programme: a document kind of its own beside the briefing
 * pack (./build.ts), in the same format-neutral model, so the PDF and DOCX
 * writers and the preview render it unchanged. A programme has no delegation,
 * classification or not-for-disclosure parts (a marking prints only when the
 * pack sets one); it prints each seminar in its own language unless the pack
 * chooses one. Pure and deterministic, like buildBriefingDocument; nothing
 * empty is printed.
 */
import { type Catalogue, type Language, type Person, type Seminar, isDocumentLanguage } from '../catalogue/schema';
import { languageTag, t } from '../i18n/dictionary';
import { programmeLabel } from '../i18n/programme-labels';
import type { Pack } from '../pack/schema';
import { formatDate } from '../time/format';
import { type BuildOptions, documentPaper } from './build';
import type { Block, BriefingDocument, CoverPage, DocumentSection, HeadingBlock } from './model';
import {
  type AgendaContext,
  announcedZone,
  localDate,
  personDetails,
  personName,
  seminarAgenda,
} from './programme-agenda';
import {
  AnchorRegistry,
  clean,
  cleanOneLine,
  firstNonBlank,
  linkedTitleRuns,
  paragraph,
  splitParagraphs,
  stripForbiddenEverywhere,
} from './text';

const EN_DASH = '\u2013';
const SECTION_ANCHORS = {
  agenda: 'programme',
  speakers: 'biographies',
  background: 'background',
  readings: 'readings',
};

interface ProgrammeContext extends AgendaContext {
  pack: Pack;
  options: Required<BuildOptions>;
  /** Labels, dates and page furniture outside any one seminar. */
  language: Language;
  seminars: Seminar[];
  catalogue: Catalogue;
}

/** The language a seminar's own words are in, as far as the labels go: others print with English labels. */
function seminarLanguage(seminar: Seminar): Language {
  return isDocumentLanguage(seminar.language) ? seminar.language : 'en';
}

/**
 * Turns a programme pack and its catalogue into the document. Sections the
 * pack switches on that a programme does not have (topic briefs, the speaker
 * index) are not printed; the edition option does not apply (a programme has
 * no part that is not for disclosure).
 */
export function buildProgrammeDocument(pack: Pack, catalogue: Catalogue, options: BuildOptions = {}): BriefingDocument {
  const context = createContext(pack, catalogue, { edition: 'external', showGaps: options.showGaps ?? false });
  const { language, seminars } = context;
  const series = seriesOf(context);
  const title = firstNonBlank(pack.title, series[0]?.title, programmeLabel(language, 'untitledProgramme'));

  const agenda: Block[] = [
    // Without the title page the title still heads the programme.
    heading(1, pack.sections.cover ? programmeLabel(language, 'programme') : title, SECTION_ANCHORS.agenda),
    ...seminars.flatMap((seminar) => seminarAgenda(context, seminar)),
  ];
  const sections: DocumentSection[] = [
    ...(pack.sections.agenda && seminars.length > 0 ? [{ id: 'agenda' as const, blocks: agenda }] : []),
    ...(pack.sections.speakers ? [{ id: 'speakers' as const, blocks: biographies(context) }] : []),
    ...(pack.sections.background ? [{ id: 'background' as const, blocks: seriesBackground(context) }] : []),
    ...(pack.sections.readings ? [{ id: 'readings' as const, blocks: readings(context) }] : []),
  ].filter((section) => section.blocks.length > 1);

  const draft = context.options.showGaps ? t(language, 'draft') : '';
  const reference = cleanOneLine(pack.reference);
  const document: BriefingDocument = {
    metadata: {
      title,
      author: clean(pack.preparedBy),
      subject: series.map((item) => clean(item.title)).join('; '),
      keywords: seminars.map((seminar) => clean(seminar.title)).filter((text) => text !== ''),
      language,
      languageTag: languageTag(language),
      created: `${pack.date}T00:00:00Z`,
    },
    furniture: {
      paper: documentPaper(pack.paper),
      marking: cleanOneLine(pack.marking),
      reference: [draft, reference].filter((part) => part !== '').join(' \u2014 '),
      pageNumber: { before: t(language, 'pageNumberBefore'), between: t(language, 'pageNumberBetween'), after: '' },
    },
    ...(pack.sections.cover ? { cover: titlePage(context, title) } : {}),
    ...(pack.sections.contents && sections.length > 0 ? { contents: { title: t(language, 'contents') } } : {}),
    sections,
  };
  return stripForbiddenEverywhere(document);
}

function createContext(pack: Pack, catalogue: Catalogue, options: Required<BuildOptions>): ProgrammeContext {
  const byId = new Map(catalogue.seminars.map((seminar) => [seminar.id, seminar]));
  const seminars = [...new Set(pack.seminarIds)].flatMap((id) => byId.get(id) ?? []);
  const ownLanguages = [...new Set(seminars.map(seminarLanguage))];
  const eachSeminar = pack.languageMode === 'each-seminar';
  // Seminars that share one language print everything in it; a mix keeps the pack's language around them.
  const language = eachSeminar && ownLanguages.length === 1 && ownLanguages[0] ? ownLanguages[0] : pack.language;
  const chosen = new Set(pack.topicIds);
  const anchors = new AnchorRegistry();
  anchors.reserve(...Object.values(SECTION_ANCHORS));
  return {
    pack,
    options,
    language,
    seminars,
    catalogue,
    languageOf: (seminar) => (eachSeminar ? seminarLanguage(seminar) : pack.language),
    peopleById: new Map(catalogue.people.map((person) => [person.id, person])),
    extraZones: pack.timeZones,
    anchors,
    isTopicChosen: (topicId) => chosen.size === 0 || chosen.has(topicId),
    gap: (lang, key) => (options.showGaps ? [paragraph(t(lang, key), 'muted')] : []),
  };
}

function heading(level: HeadingBlock['level'], text: string, anchor: string): HeadingBlock {
  return { kind: 'heading', level, text, anchor };
}

function seriesOf(context: ProgrammeContext) {
  const ids = [...new Set(context.seminars.map((seminar) => seminar.seriesId))];
  return ids.flatMap((id) => context.catalogue.series.find((series) => series.id === id) ?? []);
}

/** "9 July 2020", or "24 June – 22 July 2020" style: first and last day in the announced zones. */
function datesText(context: ProgrammeContext): string {
  const days = context.seminars.map((seminar) => localDate(seminar.start, announcedZone(seminar))).sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return '';
  const from = formatDate(first, context.language);
  return first === last ? from : `${from} ${EN_DASH} ${formatDate(last, context.language)}`;
}

/** The series title, the dates and the venue or platform; the seminars listed when there are several. */
function titlePage(context: ProgrammeContext, title: string): CoverPage {
  const { language, seminars } = context;
  const venues = [...new Set(seminars.map((seminar) => clean(seminar.venue)).filter((venue) => venue !== ''))];
  const seriesTitles = seriesOf(context)
    .map((series) => clean(series.title))
    .filter((text) => text !== '' && text !== title);
  const fields = [
    ...seriesTitles.map((value) => ({ label: programmeLabel(language, 'series'), value })),
    // One seminar: its own title (in its own words) under the series title.
    ...(seminars.length === 1 && seminars[0]
      ? [{ label: programmeLabel(language, 'seminar'), value: clean(seminars[0].title) }]
      : []),
    { label: programmeLabel(language, seminars.length > 1 ? 'dates' : 'date'), value: datesText(context) },
    { label: programmeLabel(language, venues.length > 1 ? 'venues' : 'venue'), value: venues.join('; ') },
    { label: t(language, 'reference'), value: cleanOneLine(context.pack.reference) },
  ].filter((field) => field.value !== '');
  return {
    marking: cleanOneLine(context.pack.marking),
    title,
    fields,
    seminarsHeading: programmeLabel(language, 'seminars'),
    // One seminar is the title page's subject already; several are listed.
    seminars: seminars.length > 1 ? seminars.map((seminar) => clean(seminar.title)) : [],
  };
}

/** Each person on stage once, in programme order, with the language of the first seminar they appear in. */
function peopleInOrder(context: ProgrammeContext): { person: Person; language: Language; role: string }[] {
  const seen = new Map<string, { person: Person; language: Language; role: string }>();
  for (const seminar of context.seminars) {
    const language = context.languageOf(seminar);
    const appearances = [
      ...(seminar.chair ? [{ personId: seminar.chair.personId, role: seminar.chair.role }] : []),
      ...seminar.sessions
        .filter((session) => context.isTopicChosen(session.topicId))
        .flatMap((session) => session.speakers),
    ];
    for (const { personId, role } of appearances) {
      const person = context.peopleById.get(personId);
      if (person && !seen.has(personId)) seen.set(personId, { person, language, role });
    }
  }
  return [...seen.values()];
}

/**
 * Bios in the language of the person's seminar, then the pack's, then any the
 * programme has: an organiser prints the bio they were sent rather than none.
 */
function biographies(context: ProgrammeContext): Block[] {
  const { pack } = context;
  const blocks: Block[] = [heading(1, programmeLabel(context.language, 'biographies'), SECTION_ANCHORS.speakers)];
  for (const { person, language, role } of peopleInOrder(context)) {
    const override = Object.hasOwn(pack.bioOverrides, person.id) ? pack.bioOverrides[person.id] : undefined;
    const order = [language, pack.language, 'en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
    const bio = splitParagraphs(firstNonBlank(...order.flatMap((code) => [override?.[code], person.bio[code]])));
    if (bio.length === 0 && !context.options.showGaps) continue;
    blocks.push(heading(3, personName(person, person.id, language), context.anchors.claim('bio', person.id)));
    const details = personDetails(role, person);
    if (details !== '') blocks.push(paragraph(details, 'muted'));
    if (bio.length === 0) blocks.push(paragraph(t(language, 'noBiography'), 'muted'));
    blocks.push(...bio.map((text) => paragraph(text)));
  }
  return blocks;
}

function seriesBackground(context: ProgrammeContext): Block[] {
  const blocks: Block[] = [heading(1, t(context.language, 'seriesBackground'), SECTION_ANCHORS.background)];
  const all = seriesOf(context);
  for (const series of all) {
    const summary = splitParagraphs(series.summary);
    const focus = series.focus.map((item) => clean(item)).filter((item) => item !== '');
    if (summary.length === 0 && focus.length === 0) continue;
    if (all.length > 1) blocks.push(heading(2, clean(series.title), context.anchors.claim('series', series.id)));
    const split = Math.min(series.focusAfterParagraph ?? summary.length, summary.length);
    blocks.push(...summary.slice(0, split).map((text) => paragraph(text)));
    if (focus.length > 0) blocks.push({ kind: 'list', ordered: false, items: focus.map((item) => [{ text: item }]) });
    blocks.push(...summary.slice(split).map((text) => paragraph(text)));
  }
  return blocks;
}

function readings(context: ProgrammeContext): Block[] {
  const blocks: Block[] = [heading(1, t(context.language, 'furtherReadings'), SECTION_ANCHORS.readings)];
  const items = seriesOf(context).flatMap((series) =>
    series.furtherReadings
      .filter((reading) => clean(reading.title) !== '')
      .map((reading) => linkedTitleRuns(clean(reading.title), reading.url)),
  );
  if (items.length > 0) blocks.push({ kind: 'list', ordered: false, items });
  return blocks;
}
