import type { Language, Person, Seminar, Series, Topic } from '../catalogue/schema';
import type { LabelKey } from '../i18n/dictionary';
import type { Pack } from '../pack/schema';
import { formatDate } from '../time/format';
import type { Block, HeadingBlock, TextRun } from './model';
import { type AnchorRegistry, clean, firstNonBlank } from './text';

export const EM_DASH_SEPARATOR = ' \u2014 ';
/** Empty table cells still hold one run, so writers always have a paragraph to draw. */
export const EMPTY_RUN: TextRun = { text: '' };

/** Anchors of the level 1 headings, reserved before any generated anchor is handed out. */
export const SECTION_ANCHORS = {
  agenda: 'agenda',
  speakers: 'speakers',
  topicBriefs: 'topic-briefs',
  speakerIndex: 'speaker-index',
  background: 'background',
  readings: 'readings',
} as const;

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

/** One time a person is on stage: as chair of a seminar, or as speaker in one of its sessions. */
export interface Appearance {
  personId: string;
  seminar: Seminar;
  /** Undefined for the chair. */
  topicLabel?: string;
  role: string;
  tbc: boolean;
}

export interface PersonEntry {
  personId: string;
  givenName: string;
  familyName: string;
  person?: Person;
  appearances: Appearance[];
}

/** Everything the section builders share, resolved once from the pack and catalogue. */
export interface BuildContext {
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

/** The sessions of a seminar on the chosen topics, in programme order. */
export function chosenSessions(context: BuildContext, seminar: Seminar): Seminar['sessions'] {
  return seminar.sessions.filter((session) => context.isTopicChosen(session.topicId));
}

/**
 * A topic's name in the pack language; the seminar's own session title when the
 * catalogue has no label in that language (e.g. a French-only topic); then any
 * other label; the id as a last resort so the text is never empty.
 */
export function topicLabel(context: BuildContext, topicId: string, sessionTitle?: string): string {
  const labels = context.topicsById.get(topicId)?.labels ?? {};
  return firstNonBlank(labels[context.language], sessionTitle, labels.en, labels.fr, labels.es, topicId);
}

/** The first session title of the topic in the chosen seminars, the fallback for a topic with no label. */
export function firstSessionTitle(context: BuildContext, topicId: string): string | undefined {
  for (const seminar of context.seminars) {
    const session = seminar.sessions.find((candidate) => candidate.topicId === topicId);
    if (session) return session.title;
  }
  return undefined;
}

/** "24 June 2020 — Seminar with Asia-Pacific countries", or the date alone when the title is blank. */
export function seminarLine(context: BuildContext, seminar: Seminar): string {
  const date = formatDate(seminar.start, context.language);
  const title = clean(seminar.title);
  return title === '' ? date : `${date}${EM_DASH_SEPARATOR}${title}`;
}

export function heading(level: HeadingBlock['level'], text: string, anchor: string): HeadingBlock {
  return { kind: 'heading', level, text, anchor };
}

export function sectionHeading(
  context: BuildContext,
  section: keyof typeof SECTION_ANCHORS,
  key: LabelKey,
): HeadingBlock {
  return heading(1, context.label(key), SECTION_ANCHORS[section]);
}
