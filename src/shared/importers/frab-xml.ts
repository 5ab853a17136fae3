import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { CatalogueBuilder, LIMITS } from './builder';
import type { ImportOptions, ImportResult } from './model';
import { type ScheduleEvent, addScheduleEvent, parseScheduleDuration } from './schedule-common';
import { cleanLine, slugify, truncate } from './text/text';

/**
 * frab's schedule.xml as frab, pretalx and c3voc's tools write it (the c3voc
 * XSD): conference → series; day → room → event, each event a seminar at the
 * date with the UTC offset it is written with. Parsed with @xmldom/xmldom
 * (MIT, pure JavaScript), which never fetches an external entity.
 */

function childElements(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).nodeName === name) found.push(node as XmlElement);
  }
  return found;
}

function childText(parent: XmlElement, name: string): string | undefined {
  const child = childElements(parent, name)[0];
  const text = child?.textContent ?? undefined;
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}

export function importFrabXml(text: string, options: ImportOptions = {}): ImportResult {
  const fileName = typeof options.fileName === 'string' ? options.fileName : undefined;
  const name = fileName ?? 'The schedule';
  let root: XmlElement | null;
  try {
    root = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml').documentElement;
  } catch {
    return {
      ok: false,
      code: 'unreadable',
      message: `${name} looks like a frab XML schedule but could not be read: it is damaged or incomplete.`,
      warnings: [],
    };
  }
  if (!root || root.nodeName !== 'schedule')
    return {
      ok: false,
      code: 'unreadable',
      message: `${name} is XML but not a frab schedule (its root element is not <schedule>).`,
      warnings: [],
    };
  const builder = new CatalogueBuilder({
    kind: 'frab-xml',
    ...(fileName ? { fileName: truncate(fileName, LIMITS.shortText) } : {}),
  });
  const conference = childElements(root, 'conference')[0];
  const title = cleanLine((conference && childText(conference, 'title')) ?? '') || 'Imported schedule';
  const zone = conference ? childText(conference, 'time_zone_name') : undefined;
  const requested = typeof options.seriesId === 'string' ? cleanLine(options.seriesId) : '';
  const seriesId = truncate(requested || slugify(title) || 'series', LIMITS.id);
  const lines = text.split(/\r\n|\r|\n/);

  for (const day of childElements(root, 'day')) {
    for (const room of childElements(day, 'room')) {
      for (const event of childElements(room, 'event')) {
        const lineNumber = event.lineNumber ?? 0;
        const persons = childElements(event, 'persons')[0];
        const people = persons
          ? childElements(persons, 'person').map((person) => ({ name: person.textContent ?? '' }))
          : [];
        const entry: ScheduleEvent = {
          at: { number: lineNumber, text: lines[lineNumber - 1] ?? '<event>' },
          title: childText(event, 'title') ?? '',
          speakers: people,
          moderators: [],
        };
        const assign = (key: keyof ScheduleEvent, value: string | undefined) => {
          if (value !== undefined) (entry as unknown as Record<string, unknown>)[key] = value;
        };
        assign('date', childText(event, 'date'));
        assign('dayDate', day.getAttribute('date') ?? undefined);
        assign('start', childText(event, 'start'));
        assign('room', childText(event, 'room') ?? room.getAttribute('name') ?? undefined);
        assign('track', childText(event, 'track'));
        assign('type', childText(event, 'type'));
        assign('language', childText(event, 'language'));
        assign('abstract', childText(event, 'abstract'));
        assign('description', childText(event, 'description'));
        const duration = parseScheduleDuration(childText(event, 'duration'));
        if (duration !== undefined) entry.durationMinutes = duration;
        addScheduleEvent(builder, entry, seriesId, zone, undefined);
      }
    }
  }
  const warnings = builder.sortedWarnings();
  if (builder.seminarCount === 0)
    return {
      ok: false,
      code: 'no-seminar',
      message: 'No seminar found: the schedule has no event with a date.',
      warnings,
    };
  const series = {
    id: seriesId,
    title: truncate(title, LIMITS.shortText),
    summary: '',
    focus: [],
    furtherReadings: [],
  };
  return { ok: true, catalogue: builder.finish([series]), warnings, questions: [] };
}
