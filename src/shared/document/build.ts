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

/**
 * Turns a pack and its catalogue into the format-neutral document the PDF and
 * DOCX writers render. Pure and deterministic: the same input gives a
 * deep-equal output (no clock, no randomness; dates come from the pack).
 * Ids the catalogue does not know are skipped; checkPackAgainstCatalogue
 * reports them to the user.
 */
export function buildBriefingDocument(pack: Pack, catalogue: Catalogue): BriefingDocument {
  const context = createContext(pack, catalogue);
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
    .map(([id, build]) => ({ id, blocks: build(context) }));

  const metadata: DocumentMetadata = {
    title,
    author: firstNonBlank(pack.preparedBy, pack.delegation),
    subject: context.series.map((series) => clean(series.title)).join('; '),
    keywords: context.topicsInScope.map((topic) => topicLabel(context, topic.id)),
    language: context.language,
    languageTag: context.tag,
    created: `${pack.date}T00:00:00Z`,
  };

  const document: BriefingDocument = {
    metadata,
    furniture: {
      paper: pack.paper,
      marking: cleanOneLine(pack.marking),
      reference: cleanOneLine(pack.reference),
      pageNumber: { before: label('pageNumberBefore'), between: label('pageNumberBetween'), after: '' },
    },
    ...(pack.sections.cover ? { cover: buildCover(context, title) } : {}),
    ...(pack.sections.contents ? { contents: { title: label('contents') } } : {}),
    sections,
  };
  return stripForbiddenEverywhere(document);
}

function createContext(pack: Pack, catalogue: Catalogue): BuildContext {
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

/** Family names print in capitals, as programmes write them ("Patryk PAWLAK"), whatever the catalogue's casing. */
function displayName(context: BuildContext, entry: PersonEntry): string {
  const family = entry.familyName.toLocaleUpperCase(context.tag);
  return entry.givenName === '' ? family : `${entry.givenName} ${family}`;
}

function indexName(context: BuildContext, entry: PersonEntry): string {
  const family = entry.familyName.toLocaleUpperCase(context.tag);
  return entry.givenName === '' ? family : `${family}, ${entry.givenName}`;
}

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
    ...(pack.external ? { edition: label('externalEdition') } : {}),
    fields,
    seminarsHeading: label('seminarsCovered'),
    seminars: context.seminars.map((seminar) => seminarLine(context, seminar)),
  };
}

function buildAgenda(context: BuildContext): Block[] {
  const { label } = context;
  const blocks: Block[] = [sectionHeading(context, 'agenda', 'agenda')];
  for (const seminar of context.seminars) {
    blocks.push(heading(2, seminarLine(context, seminar), context.anchors.claim('agenda', seminar.id)));
    blocks.push(agendaTimesAndChair(context, seminar));
    const sessions = chosenSessions(context, seminar);
    if (sessions.length === 0) {
      blocks.push(paragraph(label('noSessionsForChosenTopics'), 'muted'));
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
        if (speaker.tbc) nameRuns.push({ text: ` (${label('toBeConfirmedShort')})`, italic: true });
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
    rows.push({ label: label('chair'), value: role === '' ? [nameRun] : [nameRun, { text: `, ${role}` }] });
  }
  return { kind: 'fields', rows };
}

function buildSpeakers(context: BuildContext): Block[] {
  const { label, language, pack } = context;
  const blocks: Block[] = [sectionHeading(context, 'speakers', 'speakers')];
  if (context.people.length === 0) blocks.push(paragraph(label('noSpeakers'), 'muted'));
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
          return `${where}: ${what}${appearance.tbc ? ` (${label('toBeConfirmedShort')})` : ''}`;
        }),
      ),
    ];
    const rows: FieldsBlock['rows'] = [];
    if (roles.length > 0)
      rows.push({ label: label(roles.length === 1 ? 'role' : 'roles'), value: [{ text: roles.join('; ') }] });
    rows.push({ label: label('speaksAt'), value: [{ text: speaksAt.join('; ') }] });
    if (entry.appearances.some((appearance) => appearance.tbc)) {
      rows.push({ label: label('status'), value: [{ text: label('participationToBeConfirmed'), italic: true }] });
    }
    blocks.push({ kind: 'fields', rows });

    const override = Object.hasOwn(pack.bioOverrides, entry.personId) ? pack.bioOverrides[entry.personId] : undefined;
    const bio = splitParagraphs(firstNonBlank(override?.[language], entry.person?.bio[language]));
    if (bio.length === 0) blocks.push(paragraph(label('noBiography'), 'muted'));
    else blocks.push(...bio.map((text) => paragraph(text)));
  }
  return blocks;
}

function buildTopicBriefs(context: BuildContext): Block[] {
  const { label, pack } = context;
  const blocks: Block[] = [sectionHeading(context, 'topicBriefs', 'topicBriefs')];
  if (context.topicsInScope.length === 0) blocks.push(paragraph(label('noSessionsForChosenTopics'), 'muted'));
  for (const topic of context.topicsInScope) {
    const anchor = context.anchors.claim('brief', topic.id);
    blocks.push(heading(2, topicLabel(context, topic.id, firstSessionTitle(context, topic.id)), anchor));
    const brief = Object.hasOwn(pack.topicBriefs, topic.id) ? pack.topicBriefs[topic.id] : undefined;
    const summary = splitParagraphs(brief?.summary);
    const points = (brief?.pointsToMake ?? []).map((point) => clean(point)).filter((point) => point !== '');
    // Read only for the internal edition, so an external model cannot carry it by accident.
    const background = pack.external ? [] : splitParagraphs(brief?.background);

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
    if (summary.length === 0 && points.length === 0 && background.length === 0) {
      blocks.push(paragraph(label('noBriefWritten'), 'muted'));
    }
  }
  return blocks;
}

function buildSpeakerIndex(context: BuildContext): Block[] {
  const { label, language } = context;
  const blocks: Block[] = [sectionHeading(context, 'speakerIndex', 'speakerIndex')];
  if (context.people.length === 0) {
    blocks.push(paragraph(label('noSpeakers'), 'muted'));
    return blocks;
  }
  const rows = context.people.map((entry): TextRun[][] => {
    const dates = [...new Set(entry.appearances.map((appearance) => appearance.seminar))].map((seminar) =>
      formatShortDate(seminar.start, language),
    );
    return [[{ text: indexName(context, entry), bold: true }], [{ text: dates.join(', ') }]];
  });
  blocks.push({ kind: 'table', header: [label('name'), label('seminars')], widths: [2, 3], rows });
  return blocks;
}

function buildSeriesBackground(context: BuildContext): Block[] {
  const { label } = context;
  const blocks: Block[] = [sectionHeading(context, 'background', 'seriesBackground')];
  for (const series of context.series) {
    const anchor = context.anchors.claim('series', series.id);
    blocks.push(heading(2, firstNonBlank(series.title, series.id), anchor));
    blocks.push(...splitParagraphs(series.summary).map((text) => paragraph(text)));
    const focus = series.focus.map((item) => clean(item)).filter((item) => item !== '');
    if (focus.length > 0) {
      blocks.push(heading(3, label('focus'), context.anchors.claim(anchor, 'focus')));
      blocks.push({ kind: 'list', ordered: false, items: focus.map((item) => [{ text: item }]) });
    }
  }
  return blocks;
}

function buildReadings(context: BuildContext): Block[] {
  const { label } = context;
  const blocks: Block[] = [sectionHeading(context, 'readings', 'furtherReadings')];
  // One series needs no sub-heading; several are told apart by their titles.
  const titled = context.series.length > 1;
  let anyReading = false;
  for (const series of context.series) {
    const items = series.furtherReadings
      .map((reading) => linkedTitleRuns(clean(reading.title), reading.url))
      .filter((runs) => runs.some((run) => run.text !== ''));
    if (titled)
      blocks.push(heading(2, firstNonBlank(series.title, series.id), context.anchors.claim('readings', series.id)));
    if (items.length > 0) {
      anyReading = true;
      blocks.push({ kind: 'list', ordered: false, items });
    } else if (titled) {
      blocks.push(paragraph(label('noFurtherReadings'), 'muted'));
    }
  }
  if (!anyReading && !titled) blocks.push(paragraph(label('noFurtherReadings'), 'muted'));
  return blocks;
}
