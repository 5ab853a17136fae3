/**
 * What opening a damaged pack left out or changed, as data: the interface words
 * each kind in its own language, and `describePackWarning` words it in English
 * for the command line. Names (a seminar's title, a person's name) are resolved
 * when the warning is made, from whatever the file still says.
 */

/** Pack fields a warning can name. */
export type PackWarningField =
  | 'kind'
  | 'languageMode'
  | 'title'
  | 'language'
  | 'delegation'
  | 'preparedBy'
  | 'reference'
  | 'date'
  | 'marking'
  | 'paper'
  | 'timeZones'
  | 'seminarIds'
  | 'topicIds'
  | 'sections'
  | 'topicBriefs'
  | 'bioOverrides'
  | 'programme';

export type ProgrammeItemKind = 'series' | 'topic' | 'person' | 'seminar' | 'session' | 'chair' | 'speaker';
export type BriefPart = 'summary' | 'points' | 'point' | 'background' | 'brief';

export type PackWarning =
  /** The value could not be read and the default was used instead. */
  | { kind: 'field-reset'; field: PackWarningField }
  /** Text longer than the format allows; the first `kept` characters were kept. */
  | { kind: 'field-cut'; field: PackWarningField; kept: number }
  | { kind: 'time-zone-dropped'; zone: string }
  /** A chosen seminar that neither the pack's programme nor its catalogue has. */
  | { kind: 'seminar-dropped'; seminarId: string }
  /** A damaged part of the programme snapshot, left out; `name` says which. */
  | { kind: 'programme-item-dropped'; item: ProgrammeItemKind; name: string }
  /** Part of a brief that was not text (nothing the user wrote can be in it), or the whole brief under an unusable key. */
  | { kind: 'brief-part-dropped'; topic: string; part: BriefPart }
  | { kind: 'brief-cut'; topic: string; part: BriefPart; kept: number }
  | { kind: 'bio-part-dropped'; person: string; language?: string }
  | { kind: 'bio-cut'; person: string; language: string; kept: number };

const FIELD_WORDS: Record<PackWarningField, string> = {
  kind: 'the kind of document',
  languageMode: 'the language choice',
  title: 'the title',
  language: 'the language',
  delegation: 'the delegation',
  preparedBy: '"prepared by"',
  reference: 'the reference',
  date: 'the date',
  marking: 'the classification marking',
  paper: 'the paper size',
  timeZones: 'the time zones',
  seminarIds: 'the list of seminars',
  topicIds: 'the list of topics',
  sections: 'the sections',
  topicBriefs: 'the topic briefs',
  bioOverrides: 'the biographies',
  programme: 'the programme',
};

const PART_WORDS: Record<BriefPart, string> = {
  summary: 'summary',
  points: 'points to make',
  point: 'a point to make',
  background: 'background',
  brief: 'brief',
};

/** One warning as an English sentence, for the command line and logs. */
export function describePackWarning(warning: PackWarning): string {
  switch (warning.kind) {
    case 'field-reset':
      return warning.field === 'marking'
        ? 'The classification marking could not be read and is now empty: set it again before you export.'
        : `${capitalise(FIELD_WORDS[warning.field])} could not be read; the default is used.`;
    case 'field-cut':
      return `${capitalise(FIELD_WORDS[warning.field])} was too long; the first ${count(warning.kept)} characters are kept.`;
    case 'time-zone-dropped':
      return `The time zone "${warning.zone}" is not one this computer knows; it was left out.`;
    case 'seminar-dropped':
      return `A chosen seminar (${warning.seminarId}) is neither in the pack's programme nor in its catalogue on this computer; it was left out.`;
    case 'programme-item-dropped':
      return `A damaged ${warning.item} of the programme (${warning.name}) was left out.`;
    case 'brief-part-dropped':
      return warning.part === 'brief'
        ? `A brief (${warning.topic}) could not be read; it was left out.`
        : `The ${PART_WORDS[warning.part]} of the brief on "${warning.topic}" could not be read (it held no text); it was left out.`;
    case 'brief-cut':
      return `The ${PART_WORDS[warning.part]} of the brief on "${warning.topic}" was too long; the first ${count(warning.kept)} characters are kept.`;
    case 'bio-part-dropped':
      return warning.language
        ? `The biography of ${warning.person} in an unreadable or unknown language (${warning.language}) was left out.`
        : `The biography of ${warning.person} could not be read; it was left out.`;
    case 'bio-cut':
      return `The ${warning.language} biography of ${warning.person} was too long; the first ${count(warning.kept)} characters are kept.`;
  }
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const count = (value: number): string => value.toLocaleString('en-GB');
