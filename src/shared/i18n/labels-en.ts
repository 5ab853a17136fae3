/**
 * English labels, the reference: their keys define `LabelKey`, and every other
 * language's table is typed `Labels` (see dictionary.ts). A file of its own so
 * that the other tables take the type from here, not from the dictionary that
 * imports them.
 */
export const ENGLISH = {
  untitledPack: 'Briefing pack',
  delegation: 'Delegation',
  date: 'Date',
  reference: 'Reference',
  preparedBy: 'Prepared by',
  classification: 'Classification',
  seminarsCovered: 'Seminars covered',
  externalEdition: 'External edition',
  draft: 'DRAFT',
  draftGapsShown: 'Draft: missing parts shown',
  noSeminarsChosen: 'No seminars chosen',
  contents: 'Contents',
  agenda: 'Agenda',
  timeUtc: 'Time (UTC)',
  chair: 'Chair',
  topic: 'Topic',
  speaker: 'Speaker',
  role: 'Role',
  roles: 'Roles',
  noSessionsForChosenTopics: 'No sessions on the chosen topics',
  speakers: 'Speakers',
  speaksAt: 'Speaks at',
  status: 'Status',
  participationToBeConfirmed: 'Participation to be confirmed',
  toBeConfirmed: 'to be confirmed',
  toBeConfirmedShort: 'TBC',
  noBiography: 'No biography provided',
  noSpeakers: 'No speakers for the chosen seminars and topics',
  topicBriefs: 'Topic briefs',
  summary: 'Summary',
  pointsToMake: 'Points to make',
  backgroundNotForDisclosure: 'Background (not for disclosure)',
  noBriefWritten: 'No brief written yet',
  speakerIndex: 'Speaker index',
  name: 'Name',
  seminars: 'Seminars',
  seriesBackground: 'Background of the series',
  focus: 'Focus',
  furtherReadings: 'Further readings',
  noFurtherReadings: 'No further readings listed',
  noSeriesBackground: 'No background of the series in the programme',
  pageNumberBefore: 'Page ',
  pageNumberBetween: ' of ',
  pageNumberAfter: '',
  day: 'day',
  days: 'days',
  // Punctuation the builder joins parts with: "name, role", "a; b", "date: topic", " (TBC)".
  comma: ', ',
  listSeparator: ', ',
  semicolon: '; ',
  colon: ': ',
  openParenthesis: ' (',
  closeParenthesis: ')',
};

export type LabelKey = keyof typeof ENGLISH;
export type Labels = Record<LabelKey, string>;
