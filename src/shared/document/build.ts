import type { Catalogue } from '../catalogue/schema';
import { languageTag, t } from '../i18n/dictionary';
import type { Pack } from '../pack/schema';
import { type BuildContext, type BuildOptions, EM_DASH_SEPARATOR, SECTION_ANCHORS, topicLabel } from './context';
import type { Block, BriefingDocument, DocumentMetadata, DocumentSection } from './model';
import { collectPeople } from './people';
import { buildAgenda } from './sections/agenda';
import { buildCover } from './sections/cover';
import { buildReadings, buildSeriesBackground } from './sections/series';
import { buildSpeakerIndex, buildSpeakers } from './sections/speakers';
import { buildTopicBriefs } from './sections/topic-briefs';
import { AnchorRegistry, clean, cleanOneLine, firstNonBlank, paragraph, stripForbiddenEverywhere } from './text';

export type { BuildOptions } from './context';

/** The sections in print order; the order also decides which section claims a shared anchor first. */
const SECTION_BUILDERS: [keyof typeof SECTION_ANCHORS, (context: BuildContext) => Block[]][] = [
  ['agenda', buildAgenda],
  ['speakers', buildSpeakers],
  ['topicBriefs', buildTopicBriefs],
  ['speakerIndex', buildSpeakerIndex],
  ['background', buildSeriesBackground],
  ['readings', buildReadings],
];

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

  const sections: DocumentSection[] = SECTION_BUILDERS.filter(([id]) => pack.sections[id])
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
