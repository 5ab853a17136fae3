/**
 * What the catalogue editor can do to a catalogue, as values: the reducer keeps
 * them for undo, and `applyEdit` (edits.ts) carries each one out.
 */
import type { ContentLanguage, Person, Speaker } from '../../../../shared/catalogue/schema';

export type SeminarTextField = 'title' | 'venue' | 'notes';
export type PersonTextField = 'honorific' | 'givenName' | 'familyName' | 'sortKey' | 'organisation' | 'country';
export type NameOrder = NonNullable<Person['nameOrder']>;
export interface NewPerson {
  givenName: string;
  familyName: string;
}

export type CatalogueEdit =
  | { type: 'setCatalogueTitle'; title: string }
  | { type: 'addSeminar'; start: string; end: string; timeZone?: string; language: ContentLanguage }
  | { type: 'removeSeminar'; seminarId: string }
  | { type: 'moveSeminar'; from: number; to: number }
  | { type: 'setSeminarText'; seminarId: string; field: SeminarTextField; value: string }
  | { type: 'setSeminarLanguage'; seminarId: string; language: ContentLanguage }
  | { type: 'setSeminarZone'; seminarId: string; timeZone: string | undefined }
  | { type: 'setSeminarTimes'; seminarId: string; start: string; end: string }
  | { type: 'setChair'; seminarId: string; personId: string | undefined; newPerson?: NewPerson }
  | { type: 'setChairText'; seminarId: string; field: 'role' | 'label'; value: string }
  | { type: 'addSession'; seminarId: string; topicId: string }
  | { type: 'removeSession'; seminarId: string; sessionId: string }
  | { type: 'moveSession'; seminarId: string; from: number; to: number }
  | { type: 'setSessionTitle'; seminarId: string; sessionId: string; title: string }
  | { type: 'setSessionTopic'; seminarId: string; sessionId: string; topicId: string }
  | { type: 'newTopicForSession'; seminarId: string; sessionId: string; label: string }
  /** The first session of a catalogue that has no topics yet: a topic is made for it. */
  | { type: 'addSessionWithNewTopic'; seminarId: string; label: string }
  | { type: 'setSessionTimes'; seminarId: string; sessionId: string; start?: string; end?: string }
  | { type: 'addSpeaker'; seminarId: string; sessionId: string; personId?: string; newPerson?: NewPerson }
  | { type: 'removeSpeaker'; seminarId: string; sessionId: string; index: number }
  | { type: 'moveSpeaker'; seminarId: string; sessionId: string; from: number; to: number }
  | { type: 'setSpeaker'; seminarId: string; sessionId: string; index: number; change: Partial<Speaker> }
  | { type: 'addPerson'; person: NewPerson }
  | { type: 'removePerson'; personId: string }
  | { type: 'setPersonText'; personId: string; field: PersonTextField; value: string }
  | { type: 'setNameOrder'; personId: string; nameOrder: NameOrder }
  | { type: 'setBio'; personId: string; language: ContentLanguage; text: string }
  | { type: 'mergePeople'; keepId: string; mergeId: string };
