/**
 * The agenda of an organiser's programme: per seminar its date and time window
 * in the announced zone, in UTC and in the zones the pack adds, its venue and
 * chair, then each session with its time, its title as written and its
 * speakers with honorific, name, organisation and country. Every line is in
 * the seminar's own words and, where the pack says so, its own language.
 */
import type { Language, Person, Seminar, Session } from '../catalogue/schema';
import { t } from '../i18n/dictionary';
import { programmeLabel } from '../i18n/programme-labels';
import { formatDate, formatShortDate, formatTimeWindow, isValidTimeZone } from '../time/format';
import type { Block, FieldsBlock, HeadingBlock, TextRun } from './model';
import { type AnchorRegistry, clean, firstNonBlank } from './text';

export const EM_DASH_SEPARATOR = ' \u2014 ';

export interface AgendaContext {
  /** The language a seminar prints in (its own, or the pack's). */
  languageOf: (seminar: Seminar) => Language;
  peopleById: Map<string, Person>;
  extraZones: readonly string[];
  anchors: AnchorRegistry;
  isTopicChosen: (topicId: string) => boolean;
  /** A muted line naming a gap, when the draft shows them; nothing otherwise. */
  gap: (language: Language, key: 'noSessionsForChosenTopics') => Block[];
}

/** The calendar date (YYYY-MM-DD) of an instant as read in a zone. */
export function localDate(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant))
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** The zone the seminar was announced in, when it is one this computer knows; UTC otherwise. */
export function announcedZone(seminar: Seminar): string {
  return seminar.timeZone !== undefined && isValidTimeZone(seminar.timeZone) ? seminar.timeZone : 'UTC';
}

/** "24 June 2020 — Seminar with …": the date in the announced zone, as the organiser's audience reads it. */
export function seminarHeadingText(seminar: Seminar, language: Language): string {
  const date = formatDate(localDate(seminar.start, announcedZone(seminar)), language);
  const title = clean(seminar.title);
  return title === '' ? date : `${date}${EM_DASH_SEPARATOR}${title}`;
}

/** "Dr. Jae-won KIM" or "KIM Jae-won" as the person's name order says; family names in capitals. */
export function personName(person: Person | undefined, fallbackId: string, language: Language): string {
  if (!person) return clean(fallbackId);
  const family = clean(person.familyName).toLocaleUpperCase(language);
  const given = clean(person.givenName);
  const name =
    given === '' ? family : person.nameOrder === 'family-given' ? `${family} ${given}` : `${given} ${family}`;
  const honorific = clean(person.honorific);
  return honorific === '' ? name : `${honorific} ${name}`;
}

/**
 * Role, organisation and country, each once: programmes often write the
 * organisation into the role already ("Senior Fellow, Chatham House").
 */
export function personDetails(role: string, person: Person | undefined): string {
  const parts: string[] = [];
  for (const part of [clean(role), clean(person?.organisation), clean(person?.country)]) {
    if (part === '') continue;
    const said = parts.join(', ').toLocaleLowerCase();
    if (!said.includes(part.toLocaleLowerCase())) parts.push(part);
  }
  return parts.join(', ');
}

function personRuns(
  context: AgendaContext,
  personId: string,
  role: string,
  tbc: boolean,
  language: Language,
): TextRun[] {
  const person = context.peopleById.get(personId);
  const runs: TextRun[] = [{ text: personName(person, personId, language), bold: true }];
  if (tbc) runs.push({ text: ` (${t(language, 'toBeConfirmedShort')})`, italic: true });
  const details = personDetails(role, person);
  if (details !== '') runs.push({ text: `, ${details}` });
  return runs;
}

function windowText(start: string, end: string, zone: string, language: Language, date: string): string {
  const window = formatTimeWindow(start, end, zone, language);
  // The heading carries the date in the announced zone; a zone where the seminar falls on another day says which.
  const zoneDate = localDate(start, zone);
  return zoneDate === date ? window.range : `${window.range} (${formatShortDate(zoneDate, language)})`;
}

function timeFields(context: AgendaContext, seminar: Seminar, language: Language): FieldsBlock['rows'] {
  const zone = announcedZone(seminar);
  const date = localDate(seminar.start, zone);
  const rows: FieldsBlock['rows'] = [];
  const row = (label: string, target: string) =>
    rows.push({ label, value: [{ text: windowText(seminar.start, seminar.end, target, language, date) }] });
  if (zone !== 'UTC') row(formatTimeWindow(seminar.start, seminar.end, zone, language).zoneLabel, zone);
  row(programmeLabel(language, 'timeUtc'), 'UTC');
  for (const extra of context.extraZones) {
    if (extra === zone || !isValidTimeZone(extra)) continue;
    row(formatTimeWindow(seminar.start, seminar.end, extra, language).zoneLabel, extra);
  }
  return rows;
}

function sessionHeading(seminar: Seminar, session: Session, language: Language, anchor: string): HeadingBlock {
  const title = firstNonBlank(session.title, session.topicId);
  if (session.start === undefined) return { kind: 'heading', level: 3, text: title, anchor };
  const zone = announcedZone(seminar);
  const end = session.end ?? session.start;
  const range = formatTimeWindow(session.start, end, zone, language).range;
  // A session with a start and no end reads "09:10", not "09:10–09:10".
  const time = session.end === undefined ? range.split('\u2013')[0] : range;
  return { kind: 'heading', level: 3, text: `${time}${EM_DASH_SEPARATOR}${title}`, anchor };
}

export function seminarAgenda(context: AgendaContext, seminar: Seminar): Block[] {
  const language = context.languageOf(seminar);
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: seminarHeadingText(seminar, language),
      anchor: context.anchors.claim('agenda', seminar.id),
    },
  ];
  const rows = timeFields(context, seminar, language);
  const venue = clean(seminar.venue);
  if (venue !== '') rows.push({ label: programmeLabel(language, 'venue'), value: [{ text: venue }] });
  if (seminar.chair) {
    // The label as the organiser wrote it ("Moderator", "Président de séance") is in the seminar's
    // language: a programme printed in another language uses its own word.
    const asWritten = language === seminar.language ? seminar.chair.label : undefined;
    const label = firstNonBlank(asWritten, t(language, 'chair'));
    rows.push({ label, value: personRuns(context, seminar.chair.personId, seminar.chair.role, false, language) });
  }
  blocks.push({ kind: 'fields', rows });

  const sessions = seminar.sessions.filter((session) => context.isTopicChosen(session.topicId));
  if (sessions.length === 0) blocks.push(...context.gap(language, 'noSessionsForChosenTopics'));
  for (const session of sessions) {
    const anchor = context.anchors.claim('session', `${seminar.id}-${session.id}`);
    blocks.push(sessionHeading(seminar, session, language, anchor));
    const items = session.speakers.map((speaker) =>
      personRuns(context, speaker.personId, speaker.role, speaker.tbc, language),
    );
    if (items.length > 0) blocks.push({ kind: 'list', ordered: false, items });
  }
  return blocks;
}
