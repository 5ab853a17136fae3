/**
 * The pack's seminars as calendar and schedule entries: what the iCalendar,
 * frab XML and schedule.json writers print, worked out once so the three say
 * the same. Pure and deterministic: ids come from the catalogue and seminar
 * ids (never random), so exporting the same seminar again updates the entry
 * a calendar or a schedule app already holds instead of adding a second one.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { type Catalogue, type Language, type Person, type Seminar, isDocumentLanguage } from '../catalogue/schema';
import { seminarRevision } from '../pack/programme';
import type { Pack } from '../pack/schema';
import { announcedZone, personDetails, personName } from './programme-agenda';
import { clean, firstNonBlank, stripForbiddenEverywhere } from './text';

export interface ScheduleSpeaker {
  personId: string;
  guid: string;
  /** With honorific, in the person's name order. */
  name: string;
  /** Role, organisation and country, each once. */
  details: string;
  tbc: boolean;
  /** In the entry's language where written, else any language the programme has; '' when none. */
  biography: string;
}

export interface ScheduleSession {
  id: string;
  guid: string;
  /** As the programme writes it. */
  title: string;
  /** The standard topic's name in the entry's language (a schedule's track). */
  topic: string;
  start?: string;
  end?: string;
  speakers: ScheduleSpeaker[];
}

export interface ScheduleEntry {
  seminarId: string;
  /** iCalendar UID: `<seminar id>.<catalogue id>@briefing-pack-builder`, stable across exports. */
  uid: string;
  /** A name-based UUID for frab and schedule.json. */
  guid: string;
  /** Grows by one each time the seminar's times or content changed in the pack's programme. */
  sequence: number;
  /** Labels of the entry's text: the pack's language, or the seminar's own for a programme in each seminar's. */
  language: Language;
  /** The seminar's working language (any of the six). */
  seminarLanguage: string;
  title: string;
  seriesTitle: string;
  start: string;
  end: string;
  /** The zone the times were announced in; UTC when none was. */
  timeZone: string;
  venue: string;
  chair?: { label: string; name: string; details: string; personId: string };
  sessions: ScheduleSession[];
}

export interface Schedule {
  title: string;
  catalogueId: string;
  /** Changes whenever the programme data does (the start of its content hash). */
  version: string;
  entries: ScheduleEntry[];
}

const UID_DOMAIN = 'briefing-pack-builder';

/** Characters a UID and an XML id take everywhere; the rest percent-encoded so distinct ids stay distinct. */
function idPart(id: string): string {
  return [...id]
    .map((char) => (/[A-Za-z0-9._-]/.test(char) ? char : encodeURIComponent(char).replace(/[!'()*]/g, '_')))
    .join('');
}

/**
 * An RFC 9562 version 8 (name-based, custom) UUID from SHA-256 of the names:
 * the same names give the same UUID on every machine and in every export.
 */
export function nameBasedUuid(...names: string[]): string {
  const hex = bytesToHex(sha256(utf8ToBytes(names.join('\u0000'))))
    .slice(0, 32)
    .split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

export function seminarUid(catalogueId: string, seminarId: string): string {
  return `${idPart(seminarId)}.${idPart(catalogueId)}@${UID_DOMAIN}`;
}

function biography(pack: Pack, person: Person | undefined, language: string): string {
  if (!person) return '';
  const override = Object.hasOwn(pack.bioOverrides, person.id) ? pack.bioOverrides[person.id] : undefined;
  const order = [language, pack.language, 'en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
  return firstNonBlank(
    ...order.flatMap((code) => [override?.[code as keyof typeof override], person.bio[code as keyof Person['bio']]]),
  );
}

export function buildSchedule(pack: Pack, catalogue: Catalogue): Schedule {
  const catalogueId = pack.programme.source.catalogueId;
  const byId = new Map(catalogue.seminars.map((seminar) => [seminar.id, seminar]));
  const people = new Map(catalogue.people.map((person) => [person.id, person]));
  const topics = new Map(catalogue.topics.map((topic) => [topic.id, topic]));
  const series = new Map(catalogue.series.map((item) => [item.id, item]));
  const chosenTopics = new Set(pack.topicIds);
  const seminars = [...new Set(pack.seminarIds)].flatMap((id) => byId.get(id) ?? []);

  const entry = (seminar: Seminar): ScheduleEntry => {
    const language =
      pack.kind === 'programme' && pack.languageMode === 'each-seminar' && isDocumentLanguage(seminar.language)
        ? seminar.language
        : pack.language;
    const speaker = (personId: string, role: string, tbc: boolean): ScheduleSpeaker => {
      const person = people.get(personId);
      return {
        personId,
        guid: nameBasedUuid(catalogueId, 'person', personId),
        name: personName(person, personId, language),
        details: personDetails(role, person),
        tbc,
        biography: biography(pack, person, seminar.language),
      };
    };
    const sessions = seminar.sessions
      .filter((session) => chosenTopics.size === 0 || chosenTopics.has(session.topicId))
      .map((session): ScheduleSession => ({
        id: session.id,
        guid: nameBasedUuid(catalogueId, seminar.id, session.id),
        title: firstNonBlank(session.title, session.topicId),
        topic: firstNonBlank(topics.get(session.topicId)?.labels[language], session.title, session.topicId),
        ...(session.start !== undefined ? { start: session.start } : {}),
        ...(session.end !== undefined ? { end: session.end } : {}),
        speakers: session.speakers.map((item) => speaker(item.personId, item.role, item.tbc)),
      }));
    const chair = seminar.chair ? speaker(seminar.chair.personId, seminar.chair.role, false) : undefined;
    return {
      seminarId: seminar.id,
      uid: seminarUid(catalogueId, seminar.id),
      guid: nameBasedUuid(catalogueId, seminar.id),
      sequence: seminarRevision(pack.programme, seminar).sequence,
      language,
      seminarLanguage: seminar.language,
      title: firstNonBlank(seminar.title, seminar.id),
      seriesTitle: clean(series.get(seminar.seriesId)?.title),
      start: seminar.start,
      end: seminar.end,
      timeZone: announcedZone(seminar),
      venue: clean(seminar.venue),
      ...(chair && seminar.chair
        ? {
            chair: {
              label: clean(seminar.chair.label),
              name: chair.name,
              details: chair.details,
              personId: chair.personId,
            },
          }
        : {}),
      sessions,
    };
  };
  const entries = seminars.map(entry);
  // Every string is cleaned as the document's are: no code point XML 1.0 forbids reaches a writer.
  return stripForbiddenEverywhere({
    title: firstNonBlank(pack.title, entries[0]?.seriesTitle, catalogueId),
    catalogueId,
    version: pack.programme.source.contentHash.slice(0, 12) || '1',
    entries,
  });
}
