import type { Catalogue, Language, Person, Seminar, Series, Topic } from '../catalogue/schema';
import { type LabelKey, languageTag, t } from '../i18n/dictionary';
import type { Pack } from '../pack/schema';
import { formatDate, formatShortDate, formatTimeWindow, isValidTimeZone } from '../time/format';
import type {
  Block,
  BriefingDocument,
  CoverPage,
  DocumentMetadata,
  DocumentSection,
  FieldsBlock,
  HeadingBlock,
  ParagraphBlock,
  TableBlock,
  TextRun,
} from './model';
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

const EM_DASH_SEPARATOR = ' \u2014 ';
/** Empty table cells still hold one run, so writers always have a paragraph to draw. */
const EMPTY_RUN: TextRun = { text: '' };

/** Anchors of the level 1 headings, reserved before any generated anchor is handed out. */
const SECTION_ANCHORS = {
  agenda: 'agenda',
  speakers: 'speakers',
  topicBriefs: 'topic-briefs',
  speakerIndex: 'speaker-index',
  background: 'background',
  readings: 'readings',
} as const;

/** One time a person is on stage: as chair of a seminar, or as speaker in one of its sessions. */
interface Appearance {
  personId: string;
  seminar: Seminar;
  /** Undefined for the chair. */
  topicLabel?: string;
  role: string;
  tbc: boolean;
}

interface PersonEntry {
  personId: string;
  givenName: string;
  familyName: string;
  person?: Person;
  appearances: Appearance[];
}

/** Everything the section builders share, resolved once from the pack and catalogue. */
interface BuildContext {
  pack: Pack;
  options: Required<BuildOptions>;
  /** A muted line naming what is missing, in a draft that shows gaps; nothing otherwise. */
  gap: (key: LabelKey) => Block[];
  language: Language;
  tag: string;
  label: (key: LabelKey) => string;
  anchors: AnchorRegistry;
  /** Chosen seminars that exist in the catalogue, in pack order, each once. */
  seminars: Seminar[];
  isTopicChosen: (topicId: string) => boolean;
  topicsById: Map<string, Topic>;
  /** Chosen topics that have a session in a chosen seminar, in catalogue order. */
  topicsInScope: Topic[];
  /** Series of the chosen seminars, in order of first appearance. */
  series: Series[];
  people: PersonEntry[];
  peopleById: Map<string, PersonEntry>;
}

/** How this export is printed: chosen in the export dialog, not stored in the pack. */
export interface BuildOptions {
  /** `external` leaves out every "not for disclosure" part. Internal by default. */
  edition?: 'internal' | 'external';
  /**
   * A draft that names what is missing (no biography, no brief…) in muted lines
   * and says DRAFT on the cover and in every page header. Off by default: a
   * finished pack prints no placeholders, and an empty part is left out.
   */
  showGaps?: boolean;
}

/**
 * Turns a pack and its catalogue into the format-neutral document the PDF and
 * DOCX writers render. Pure and deterministic: the same input gives a
 * deep-equal output (no clock, no randomness; dates come from the pack).
 * Ids the catalogue does not know are skipped; checkPackAgainstCatalogue
 * reports them to the user. A section with nothing to print is left out (and
 * so out of the contents); `hasPrintableContent` tells whether anything is left.
 */
export function buildBriefingDocument(pack: Pack, catalogue: Catalogue, options: BuildOptions = {}): BriefingDocument {
  const context = createContext(pack, catalogue, {
    edition: options.edition ?? 'internal',
    showGaps: options.showGaps ?? false,
  });
  const { label } = context;
  const title = firstNonBlank(pack.title, label('untitledPack'));

  const sectionBuilders: [keyof typeof SECTION_ANCHORS, (context: BuildContext) => Block[]][] = [
    ['agenda', buildAgenda],
    ['speakers', buildSpeakers],
    ['topicBriefs', buildTopicBriefs],
    ['speakerIndex', buildSpeakerIndex],
    ['background', buildSeriesBackground],
    ['readings', buildReadings],
  ];
  const sections: DocumentSection[] = sectionBuilders
    .filter(([id]) => pack.sections[id])
    .map(([id, build]) => ({ id, blocks: build(context) }))
    // A section holding only its own heading is not printed.
    .filter((section) => section.blocks.length > 1);

  const metadata: DocumentMetadata = {
    title,
    author: firstNonBlank(pack.preparedBy, pack.delegation),
    subject: context.series.map((series) => clean(series.title)).join('; '),
    keywords: context.topicsInScope.map((topic) => topicLabel(context, topic.id)),
    language: context.language,
    languageTag: context.tag,
    created: `${pack.date}T00:00:00Z`,
  };

  const reference = cleanOneLine(pack.reference);
  const draft = context.options.showGaps ? label('draft') : '';
  const document: BriefingDocument = {
    metadata,
    furniture: {
      paper: documentPaper(pack.paper),
      marking: cleanOneLine(pack.marking),
      // The writers print the reference in every page header: a draft says so there too.
      reference: draft === '' ? reference : reference === '' ? draft : `${draft}${EM_DASH_SEPARATOR}${reference}`,
      pageNumber: {
        before: label('pageNumberBefore'),
        between: label('pageNumberBetween'),
        after: label('pageNumberAfter'),
      },
    },
    ...(pack.sections.cover ? { cover: buildCover(context, title) } : {}),
    ...(pack.sections.contents && sections.length > 0 ? { contents: { title: label('contents') } } : {}),
    sections,
  };
  return stripForbiddenEverywhere(document);
}

/** The page the writers lay out: a booklet is laid out on A5 and imposed afterwards. */
export function documentPaper(paper: Pack['paper']): BriefingDocument['furniture']['paper'] {
  return paper === 'a5-booklet' ? 'a5' : paper;
}

/** False when the document would be blank pages: no cover and no section with anything in it. */
export function hasPrintableContent(document: BriefingDocument): boolean {
  return document.cover !== undefined || document.sections.length > 0;
}

function createContext(pack: Pack, catalogue: Catalogue, options: Required<BuildOptions>): BuildContext {
  const language = pack.language;
  const seminarsById = new Map(catalogue.seminars.map((seminar) => [seminar.id, seminar]));
  const seminars = [...new Set(pack.seminarIds)].flatMap((id) => seminarsById.get(id) ?? []);
  const chosenTopicIds = new Set(pack.topicIds);
  const isTopicChosen = (topicId: string): boolean => chosenTopicIds.size === 0 || chosenTopicIds.has(topicId);

  const topicIdsInScope = new Set(
    seminars.flatMap((seminar) => seminar.sessions.map((session) => session.topicId)).filter(isTopicChosen),
  );
  const seriesById = new Map(catalogue.series.map((series) => [series.id, series]));
  const seriesIds = [...new Set(seminars.map((seminar) => seminar.seriesId))];

  const context: BuildContext = {
    pack,
    options,
    gap: (key) => (options.showGaps ? [paragraph(t(language, key), 'muted')] : []),
    language,
    tag: languageTag(language),
    label: (key) => t(language, key),
    anchors: new AnchorRegistry(),
    seminars,
    isTopicChosen,
    topicsById: new Map(catalogue.topics.map((topic) => [topic.id, topic])),
    topicsInScope: catalogue.topics.filter((topic) => topicIdsInScope.has(topic.id)),
    series: seriesIds.flatMap((id) => seriesById.get(id) ?? []),
    people: [],
    peopleById: new Map(),
  };
  context.anchors.reserve(...Object.values(SECTION_ANCHORS));
  context.people = collectPeople(context, new Map(catalogue.people.map((person) => [person.id, person])));
  context.peopleById = new Map(context.people.map((entry) => [entry.personId, entry]));
  return context;
}

/** The sessions of a seminar on the chosen topics, in programme order. */
function chosenSessions(context: BuildContext, seminar: Seminar): Seminar['sessions'] {
  return seminar.sessions.filter((session) => context.isTopicChosen(session.topicId));
}

/**
 * A topic's name in the pack language; the seminar's own session title when the
 * catalogue has no label in that language (e.g. a French-only topic); then any
 * other label; the id as a last resort so the text is never empty.
 */
function topicLabel(context: BuildContext, topicId: string, sessionTitle?: string): string {
  const labels = context.topicsById.get(topicId)?.labels ?? {};
  return firstNonBlank(labels[context.language], sessionTitle, labels.en, labels.fr, labels.es, topicId);
}

/** The first session title of the topic in the chosen seminars, the fallback for a topic with no label. */
function firstSessionTitle(context: BuildContext, topicId: string): string | undefined {
  for (const seminar of context.seminars) {
    const session = seminar.sessions.find((candidate) => candidate.topicId === topicId);
    if (session) return session.title;
  }
  return undefined;
}

/** Every person chairing a chosen seminar or speaking on a chosen topic, each once, in index order. */
function collectPeople(context: BuildContext, peopleById: Map<string, Person>): PersonEntry[] {
  const entries = new Map<string, PersonEntry>();
  const add = (appearance: Appearance): void => {
    let entry = entries.get(appearance.personId);
    if (!entry) {
      const person = peopleById.get(appearance.personId);
      entry = {
        personId: appearance.personId,
        // A person missing from the catalogue still appears, under their id, rather than vanishing.
        givenName: clean(person?.givenName),
        familyName: firstNonBlank(person?.familyName, appearance.personId),
        ...(person ? { person } : {}),
        appearances: [],
      };
      entries.set(appearance.personId, entry);
    }
    entry.appearances.push(appearance);
  };
  for (const seminar of context.seminars) {
    if (seminar.chair) add({ personId: seminar.chair.personId, seminar, role: clean(seminar.chair.role), tbc: false });
    for (const session of chosenSessions(context, seminar)) {
      const label = topicLabel(context, session.topicId, session.title);
      for (const speaker of session.speakers) {
        add({ personId: speaker.personId, seminar, topicLabel: label, role: clean(speaker.role), tbc: speaker.tbc });
      }
    }
  }
  const collator = new Intl.Collator(context.tag);
  return [...entries.values()].sort(
    (a, b) =>
      collator.compare(a.familyName, b.familyName) ||
      collator.compare(a.givenName, b.givenName) ||
      (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
  );
}

/**
 * Family names print in capitals, as programmes write them ("Patryk PAWLAK"), whatever the catalogue's casing;
 * a Greek name in Greek capitals, which have no accents ("ΠΑΠΑΔΟΠΟΥΛΟΣ").
 */
function familyCapitals(context: BuildContext, entry: PersonEntry): string {
  return entry.familyName.toLocaleUpperCase(/\p{Script=Greek}/u.test(entry.familyName) ? 'el' : context.tag);
}

/** A Chinese (or Japanese) name is written family name first, with no space: 王小明. */
const isHanName = (entry: PersonEntry): boolean =>
  /^\p{Script=Han}+$/u.test(entry.familyName) &&
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*$/u.test(entry.givenName);

function displayName(context: BuildContext, entry: PersonEntry): string {
  if (isHanName(entry)) return `${entry.familyName}${entry.givenName}`;
  const family = familyCapitals(context, entry);
  return entry.givenName === '' ? family : `${entry.givenName} ${family}`;
}

function indexName(context: BuildContext, entry: PersonEntry): string {
  if (isHanName(entry)) return `${entry.familyName}${entry.givenName}`;
  const family = familyCapitals(context, entry);
  return entry.givenName === '' ? family : `${family}${context.label('comma')}${entry.givenName}`;
}

/** " (TBC)", "（待确认）": the short "to be confirmed" in the language's parentheses. */
const tbcMark = (context: BuildContext): string =>
  `${context.label('openParenthesis')}${context.label('toBeConfirmedShort')}${context.label('closeParenthesis')}`;

function personById(context: BuildContext, personId: string): PersonEntry | undefined {
  return context.peopleById.get(personId);
}

/** "24 June 2020 — Seminar with Asia-Pacific countries", or the date alone when the title is blank. */
function seminarLine(context: BuildContext, seminar: Seminar): string {
  const date = formatDate(seminar.start, context.language);
  const title = clean(seminar.title);
  return title === '' ? date : `${date}${EM_DASH_SEPARATOR}${title}`;
}

function heading(level: HeadingBlock['level'], text: string, anchor: string): HeadingBlock {
  return { kind: 'heading', level, text, anchor };
}

function sectionHeading(context: BuildContext, section: keyof typeof SECTION_ANCHORS, key: LabelKey): HeadingBlock {
  return heading(1, context.label(key), SECTION_ANCHORS[section]);
}

function buildCover(context: BuildContext, title: string): CoverPage {
  const { pack, label } = context;
  const fields = [
    { label: label('delegation'), value: clean(pack.delegation) },
    { label: label('date'), value: formatDate(pack.date, context.language) },
    { label: label('reference'), value: clean(pack.reference) },
    { label: label('classification'), value: cleanOneLine(pack.marking) },
    { label: label('preparedBy'), value: clean(pack.preparedBy) },
  ].filter((field) => field.value !== '');
  return {
    marking: cleanOneLine(pack.marking),
    title,
    ...editionLine(context),
    fields,
    seminarsHeading: label('seminarsCovered'),
    seminars: context.seminars.map((seminar) => seminarLine(context, seminar)),
  };
}

/** "External edition", "Draft: missing parts shown", both, or nothing for a finished internal edition. */
function editionLine(context: BuildContext): Pick<CoverPage, 'edition'> {
  const { label, options } = context;
  const parts = [
    ...(options.edition === 'external' ? [label('externalEdition')] : []),
    ...(options.showGaps ? [label('draftGapsShown')] : []),
  ];
  return parts.length === 0 ? {} : { edition: parts.join(EM_DASH_SEPARATOR) };
}

function buildAgenda(context: BuildContext): Block[] {
  const { label } = context;
  const blocks: Block[] = [sectionHeading(context, 'agenda', 'agenda')];
  if (context.seminars.length === 0) blocks.push(...context.gap('noSeminarsChosen'));
  for (const seminar of context.seminars) {
    blocks.push(heading(2, seminarLine(context, seminar), context.anchors.claim('agenda', seminar.id)));
    blocks.push(agendaTimesAndChair(context, seminar));
    const sessions = chosenSessions(context, seminar);
    if (sessions.length === 0) {
      blocks.push(...context.gap('noSessionsForChosenTopics'));
      continue;
    }
    const rows: TextRun[][][] = [];
    for (const session of sessions) {
      const topicCell: TextRun[] = [{ text: topicLabel(context, session.topicId, session.title) }];
      if (session.speakers.length === 0) rows.push([topicCell, [EMPTY_RUN], [EMPTY_RUN]]);
      session.speakers.forEach((speaker, index) => {
        const entry = personById(context, speaker.personId);
        const nameRuns: TextRun[] = [
          { text: entry ? displayName(context, entry) : clean(speaker.personId), bold: true },
        ];
        if (speaker.tbc) nameRuns.push({ text: tbcMark(context), italic: true });
        // The topic is named once per group of speakers, like a printed programme.
        rows.push([index === 0 ? topicCell : [EMPTY_RUN], nameRuns, [{ text: clean(speaker.role) }]]);
      });
    }
    const table: TableBlock = {
      kind: 'table',
      header: [label('topic'), label('speaker'), label('role')],
      widths: [3, 3, 4],
      rows,
    };
    blocks.push(table);
  }
  return blocks;
}

/** UTC first (the catalogue's reference), then each zone the pack asks for, then the chair. */
function agendaTimesAndChair(context: BuildContext, seminar: Seminar): FieldsBlock {
  const { language, label } = context;
  const utc = formatTimeWindow(seminar.start, seminar.end, 'UTC', language);
  const rows: FieldsBlock['rows'] = [{ label: label('timeUtc'), value: [{ text: utc.range }] }];
  for (const zone of context.pack.timeZones) {
    if (!isValidTimeZone(zone)) continue; // loadPack rejects these; a hand-built pack must not crash the export
    const local = formatTimeWindow(seminar.start, seminar.end, zone, language);
    rows.push({
      label: local.zoneLabel,
      value: [{ text: local.dayShift ? `${local.range} ${local.dayShift}` : local.range }],
    });
  }
  if (seminar.chair) {
    const entry = personById(context, seminar.chair.personId);
    const role = clean(seminar.chair.role);
    const nameRun: TextRun = { text: entry ? displayName(context, entry) : clean(seminar.chair.personId), bold: true };
    rows.push({
      label: label('chair'),
      value: role === '' ? [nameRun] : [nameRun, { text: `${label('comma')}${role}` }],
    });
  }
  return { kind: 'fields', rows };
}

function buildSpeakers(context: BuildContext): Block[] {
  const { label, language, pack } = context;
  const blocks: Block[] = [sectionHeading(context, 'speakers', 'speakers')];
  if (context.people.length === 0) blocks.push(...context.gap('noSpeakers'));
  for (const entry of context.people) {
    // Level 3: people are found through the speaker index, so they stay out of the contents.
    blocks.push(heading(3, displayName(context, entry), context.anchors.claim('speaker', entry.personId)));

    // The same person is often introduced with slightly different wording; only exact repeats are merged.
    const roles = [...new Set(entry.appearances.map((appearance) => appearance.role).filter((role) => role !== ''))];
    const speaksAt = [
      ...new Set(
        entry.appearances.map((appearance) => {
          const where = `${formatShortDate(appearance.seminar.start, language)}${EM_DASH_SEPARATOR}${clean(appearance.seminar.title)}`;
          const what = appearance.topicLabel ?? label('chair');
          return `${where}${label('colon')}${what}${appearance.tbc ? tbcMark(context) : ''}`;
        }),
      ),
    ];
    const rows: FieldsBlock['rows'] = [];
    if (roles.length > 0)
      rows.push({
        label: label(roles.length === 1 ? 'role' : 'roles'),
        value: [{ text: roles.join(label('semicolon')) }],
      });
    rows.push({ label: label('speaksAt'), value: [{ text: speaksAt.join(label('semicolon')) }] });
    if (entry.appearances.some((appearance) => appearance.tbc)) {
      rows.push({ label: label('status'), value: [{ text: label('participationToBeConfirmed'), italic: true }] });
    }
    blocks.push({ kind: 'fields', rows });

    const override = Object.hasOwn(pack.bioOverrides, entry.personId) ? pack.bioOverrides[entry.personId] : undefined;
    const bio = splitParagraphs(firstNonBlank(override?.[language], entry.person?.bio[language]));
    if (bio.length === 0) blocks.push(...context.gap('noBiography'));
    else blocks.push(...bio.map((text) => paragraph(text)));
  }
  return blocks;
}

function buildTopicBriefs(context: BuildContext): Block[] {
  const { label, pack } = context;
  const blocks: Block[] = [sectionHeading(context, 'topicBriefs', 'topicBriefs')];
  if (context.topicsInScope.length === 0) blocks.push(...context.gap('noSessionsForChosenTopics'));
  for (const topic of context.topicsInScope) {
    const brief = Object.hasOwn(pack.topicBriefs, topic.id) ? pack.topicBriefs[topic.id] : undefined;
    const summary = splitParagraphs(brief?.summary);
    const points = (brief?.pointsToMake ?? []).map((point) => clean(point)).filter((point) => point !== '');
    // Read only for the internal edition, so an external model cannot carry it by accident.
    const background = context.options.edition === 'external' ? [] : splitParagraphs(brief?.background);
    const empty = summary.length === 0 && points.length === 0 && background.length === 0;
    // A topic with nothing written is left out, unless the draft is to show the gap.
    if (empty && !context.options.showGaps) continue;
    const anchor = context.anchors.claim('brief', topic.id);
    blocks.push(heading(2, topicLabel(context, topic.id, firstSessionTitle(context, topic.id)), anchor));

    if (summary.length > 0) {
      blocks.push(heading(3, label('summary'), context.anchors.claim(anchor, 'summary')));
      blocks.push(...summary.map((text) => paragraph(text)));
    }
    if (points.length > 0) {
      blocks.push(heading(3, label('pointsToMake'), context.anchors.claim(anchor, 'points')));
      blocks.push({ kind: 'list', ordered: false, items: points.map((point) => [{ text: point }]) });
    }
    if (background.length > 0) {
      blocks.push({
        kind: 'notice',
        title: label('backgroundNotForDisclosure'),
        blocks: background.map((text): ParagraphBlock => paragraph(text)),
      });
    }
    if (empty) blocks.push(...context.gap('noBriefWritten'));
  }
  return blocks;
}

function buildSpeakerIndex(context: BuildContext): Block[] {
  const { label, language } = context;
  const blocks: Block[] = [sectionHeading(context, 'speakerIndex', 'speakerIndex')];
  if (context.people.length === 0) {
    blocks.push(...context.gap('noSpeakers'));
    return blocks;
  }
  const rows = context.people.map((entry): TextRun[][] => {
    const dates = [...new Set(entry.appearances.map((appearance) => appearance.seminar))].map((seminar) =>
      formatShortDate(seminar.start, language),
    );
    return [[{ text: indexName(context, entry), bold: true }], [{ text: dates.join(context.label('listSeparator')) }]];
  });
  blocks.push({ kind: 'table', header: [label('name'), label('seminars')], widths: [2, 3], rows });
  return blocks;
}

/**
 * The series background in the programme's order. The importer keeps the
 * preamble's bullets apart from its paragraphs and records how many paragraphs
 * came first (`focusAfterParagraph`); a catalogue without that record is read
 * by the paragraph that introduces the list ("The seminars will focus on:").
 * Without either, the list follows the summary under its own heading.
 */
function buildSeriesBackground(context: BuildContext): Block[] {
  const { label } = context;
  const blocks: Block[] = [sectionHeading(context, 'background', 'seriesBackground')];
  for (const series of context.series) {
    const summary = splitParagraphs(series.summary);
    const focus = series.focus.map((item) => clean(item)).filter((item) => item !== '');
    if (summary.length === 0 && focus.length === 0) continue;
    const anchor = context.anchors.claim('series', series.id);
    blocks.push(heading(2, firstNonBlank(series.title, series.id), anchor));
    const list: Block[] =
      focus.length === 0 ? [] : [{ kind: 'list', ordered: false, items: focus.map((item) => [{ text: item }]) }];
    const before =
      series.focusAfterParagraph !== undefined
        ? Math.min(series.focusAfterParagraph, summary.length)
        : summary.findIndex(introducesList) + 1;
    if (before > 0 || series.focusAfterParagraph !== undefined) {
      blocks.push(...summary.slice(0, before).map((text) => paragraph(text)));
      blocks.push(...list);
      blocks.push(...summary.slice(before).map((text) => paragraph(text)));
    } else {
      blocks.push(...summary.map((text) => paragraph(text)));
      if (list.length > 0) blocks.push(heading(3, label('focus'), context.anchors.claim(anchor, 'focus')), ...list);
    }
  }
  if (blocks.length === 1) blocks.push(...context.gap('noSeriesBackground'));
  return blocks;
}

/** A paragraph ending with a colon announces the list that follows it in the programme. */
function introducesList(text: string): boolean {
  return /[:\uFF1A]$/u.test(text.trimEnd());
}

function buildReadings(context: BuildContext): Block[] {
  const blocks: Block[] = [sectionHeading(context, 'readings', 'furtherReadings')];
  // One series needs no sub-heading; several are told apart by their titles.
  const titled = context.series.length > 1;
  for (const series of context.series) {
    const items = series.furtherReadings
      .map((reading) => linkedTitleRuns(clean(reading.title), reading.url))
      .filter((runs) => runs.some((run) => run.text !== ''));
    if (items.length === 0 && !(titled && context.options.showGaps)) continue;
    if (titled)
      blocks.push(heading(2, firstNonBlank(series.title, series.id), context.anchors.claim('readings', series.id)));
    if (items.length > 0) blocks.push({ kind: 'list', ordered: false, items });
    else blocks.push(...context.gap('noFurtherReadings'));
  }
  if (blocks.length === 1) blocks.push(...context.gap('noFurtherReadings'));
  return blocks;
}
