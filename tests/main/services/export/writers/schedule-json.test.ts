import { describe, expect, it } from 'vitest';
import { renderFrabXml } from '../../../../../src/main/services/export/writers/frab-xml';
import { renderScheduleJson } from '../../../../../src/main/services/export/writers/schedule-json';
import { c3vocDir, jsonSchemaProblems } from '../../../../helpers/c3voc';
import { scheduleOf, schedulePack } from './schedule-fixture';

interface JsonEvent {
  guid: string;
  id: number;
  date: string;
  title: string;
  persons: { name: string; biography: string | null }[];
}

const pack = schedulePack();
const text = renderScheduleJson(scheduleOf(pack));
const data = JSON.parse(text) as {
  schedule: { conference: { days: { date: string; rooms: Record<string, JsonEvent[]> }[]; rooms: { name: string }[] } };
};
const events = data.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());

describe('renderScheduleJson', () => {
  it.skipIf(!c3vocDir)('validates against the published c3voc JSON schema (ajv)', () => {
    expect(jsonSchemaProblems(data)).toBe('');
  });

  it('has the same events, guids and times as the frab XML', () => {
    const xml = renderFrabXml(scheduleOf(pack));
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(xml).toContain(`guid="${event.guid}" id="${event.id}"`);
      expect(xml).toContain(`<date>${event.date}</date>`);
    }
    expect(data.schedule.conference.rooms.map((room) => room.name)).toEqual(['Online (Webex)', 'En ligne (Zoom)']);
  });

  it('carries the speakers with their biographies, null where the programme has none', () => {
    const french = events.find((event) => event.title.startsWith('Seminaire dédié'));
    expect(french?.persons.slice(1, 3)).toEqual([
      {
        guid: expect.any(String),
        name: 'Alexander SEGER',
        biography: 'Alexander Seger heads the Cybercrime Division of the Council of Europe.',
      },
      { guid: expect.any(String), name: 'Sidi RALIOU', biography: null },
    ]);
  });

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('golden/programme.schedule.json');
  });
});
