/**
 * frab XML writer: the c3voc `schedule.xml` (pentabarf/frab, as pretalx
 * writes it) that schedule apps (Giggity, EventFahrplan…) and the c3voc tools
 * read. The layout (days, rooms, events, stable guids) is shared with
 * schedule.json (src/shared/document/schedule-days.ts). Written by hand: five
 * characters to escape, and every string is already free of code points XML
 * 1.0 forbids (the schedule is cleaned as the document is).
 */
import type { Schedule } from '../../../../shared/document/schedule';
import { type LaidOutEvent, layOutSchedule } from '../../../../shared/document/schedule-days';

export const GENERATOR = { name: 'Briefing Pack Builder', version: '0.1.0' };

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r\n?/g, '\n');
}

const element = (indent: string, name: string, text: string) =>
  text === '' ? `${indent}<${name}/>` : `${indent}<${name}>${escape(text)}</${name}>`;

function eventXml(event: LaidOutEvent, indent: string): string[] {
  const inner = `${indent}  `;
  const persons = event.persons.map(
    (person) => `${inner}  <person guid="${person.guid}">${escape(person.name)}</person>`,
  );
  return [
    `${indent}<event guid="${event.guid}" id="${event.id}">`,
    element(inner, 'room', event.room),
    element(inner, 'title', event.title),
    element(inner, 'subtitle', ''),
    element(inner, 'type', event.type),
    element(inner, 'date', event.date),
    element(inner, 'start', event.start),
    element(inner, 'duration', event.duration),
    element(inner, 'abstract', event.abstract),
    element(inner, 'slug', event.slug),
    element(inner, 'track', event.track),
    ...(persons.length > 0 ? [`${inner}<persons>`, ...persons, `${inner}</persons>`] : [`${inner}<persons/>`]),
    element(inner, 'language', event.language),
    element(inner, 'description', event.description),
    `${inner}<links/>`,
    `${inner}<attachments/>`,
    `${indent}</event>`,
  ];
}

export function renderFrabXml(schedule: Schedule): string {
  const laid = layOutSchedule(schedule);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    `  <generator name="${escape(GENERATOR.name)}" version="${GENERATOR.version}"/>`,
    element('  ', 'version', laid.version),
    '  <conference>',
    element('    ', 'title', laid.title),
    element('    ', 'acronym', laid.acronym),
    element('    ', 'start', laid.start),
    element('    ', 'end', laid.end),
    element('    ', 'days', String(laid.days.length)),
    element('    ', 'timeslot_duration', '00:05'),
    element('    ', 'time_zone_name', laid.timeZone),
    '  </conference>',
  ];
  for (const day of laid.days) {
    lines.push(`  <day index="${day.index}" date="${day.date}" start="${day.start}" end="${day.end}">`);
    for (const room of day.rooms) {
      const guid = laid.rooms.find((candidate) => candidate.name === room.name)?.guid;
      lines.push(`    <room name="${escape(room.name)}"${guid ? ` guid="${guid}"` : ''}>`);
      for (const event of room.events) lines.push(...eventXml(event, '      '));
      lines.push('    </room>');
    }
    lines.push('  </day>');
  }
  lines.push('</schedule>', '');
  return lines.join('\n');
}
