import { type CatalogueBuilder, LIMITS, type SourceLine } from '../builder';
import type { DraftSeminar } from './draft';
import { matchBullet } from './labels';
import { type PersonLine, parsePersonLine, splitPeopleList } from './people';

/** Longer lines inside a seminar are prose that slipped in, not topic headings. */
const MAX_TOPIC_HEADING = 200;

/**
 * Places what a seminar's lines say into the draft seminar: its chair, its
 * sessions (one per topic heading) and their speakers, within the catalogue's
 * limits. Whatever cannot be placed is warned, never dropped silently.
 */
export class SeminarPlacer {
  constructor(
    private readonly builder: CatalogueBuilder,
    /** In a calendar event's description the event is the session: speakers need no heading before them. */
    private readonly context: 'programme' | 'event-description',
  ) {}

  setChair(seminar: DraftSeminar, line: SourceLine, person: PersonLine, label: string): void {
    if (seminar.chair) {
      this.builder.warn(
        line,
        `this seminar already has a chair; ${person.givenName} ${person.familyName} not recorded (the catalogue holds one chair per seminar)`,
      );
      return;
    }
    const personId = this.registerPerson(line, person);
    if (personId === undefined) return;
    if (person.tbc) this.builder.warn(line, 'chair marked TBC; the catalogue records TBC only for speakers');
    seminar.chair = {
      personId,
      role: this.builder.limit(line, person.role, LIMITS.shortText, 'role'),
      ...(label !== '' ? { label: this.builder.limit(line, label, LIMITS.shortText, 'chair label') } : {}),
    };
  }

  /** Several people on one line; returns whether every one of them was read. */
  addSpeakerList(seminar: DraftSeminar, line: SourceLine, text: string, labelled: boolean): boolean {
    const parts = splitPeopleList(text);
    const people = parts.map((part) => parsePersonLine(matchBullet(part) ?? part, { mixedCase: true }));
    if (!labelled && people.some((person) => person === null)) return false;
    people.forEach((person, index) => {
      if (person) this.addSpeaker(seminar, line, person);
      else
        this.builder.warn(line, `could not read "${parts[index]}" as a name written "Given FAMILY, role"; not placed`);
    });
    return true;
  }

  addSpeaker(seminar: DraftSeminar, line: SourceLine, person: PersonLine): void {
    let session = seminar.sessions[seminar.sessions.length - 1];
    if (!session) {
      const title = seminar.title === '' ? 'Speakers' : seminar.title;
      if (this.context === 'programme')
        this.builder.warn(
          line,
          `speakers listed before any topic heading; they are placed in a session titled "${title}"`,
        );
      this.addSession(seminar, seminar.heading, title);
      session = seminar.sessions[seminar.sessions.length - 1];
      if (!session) return;
      session.implicit = true;
    }
    if (session.speakers.length >= LIMITS.speakers) {
      this.builder.warn(line, `more than ${LIMITS.speakers} speakers in one session; not placed`);
      return;
    }
    const personId = this.registerPerson(line, person);
    if (personId === undefined) return;
    session.speakers.push({
      personId,
      role: this.builder.limit(line, person.role, LIMITS.shortText, 'role'),
      tbc: person.tbc,
    });
  }

  addSession(
    seminar: DraftSeminar,
    line: SourceLine,
    heading: string,
    startMinutes?: number,
    endMinutes?: number,
  ): void {
    seminar.speakerList = 'none';
    if (heading.length > MAX_TOPIC_HEADING) {
      this.builder.warn(line, `too long for a topic heading (over ${MAX_TOPIC_HEADING} characters); not placed`);
      return;
    }
    if (seminar.sessions.length >= LIMITS.sessions) {
      this.builder.warn(line, `more than ${LIMITS.sessions} topics in one seminar; not placed`);
      return;
    }
    const topicId = this.builder.topicFor(heading, undefined);
    if (topicId === undefined) {
      this.builder.warn(line, `more than ${LIMITS.topics} distinct topics; not placed`);
      return;
    }
    seminar.sessions.push({
      heading: line,
      topicId,
      title: heading,
      speakers: [],
      ...(startMinutes !== undefined ? { startMinutes } : {}),
      ...(endMinutes !== undefined ? { endMinutes } : {}),
    });
  }

  private registerPerson(line: SourceLine, person: PersonLine): string | undefined {
    if (person.note) this.builder.warn(line, person.note);
    return this.builder.person(line, person);
  }
}
