import type { Seminar } from '../../catalogue/schema';
import { formatTimeWindow, isValidTimeZone } from '../../time/format';
import {
  type BuildContext,
  chosenSessions,
  EMPTY_RUN,
  heading,
  sectionHeading,
  seminarLine,
  topicLabel,
} from '../context';
import type { Block, FieldsBlock, TableBlock, TextRun } from '../model';
import { displayName, personById, tbcMark } from '../people';
import { clean } from '../text';

export function buildAgenda(context: BuildContext): Block[] {
  const { label } = context;
  const blocks: Block[] = [sectionHeading(context, 'agenda', 'agenda')];
  if (context.seminars.length === 0) blocks.push(...context.gap('noSeminarsChosen'));
  for (const seminar of context.seminars) {
    blocks.push(heading(2, seminarLine(context, seminar), context.anchors.claim('agenda', seminar.id)));
    blocks.push(agendaTimesAndChair(context, seminar));
    const sessions = chosenSessions(context, seminar);
    if (sessions.length === 0) {
      blocks.push(...context.gap('noSessionsForChosenTopics'));
      continue;
    }
    const rows: TextRun[][][] = [];
    for (const session of sessions) {
      const topicCell: TextRun[] = [{ text: topicLabel(context, session.topicId, session.title) }];
      if (session.speakers.length === 0) rows.push([topicCell, [EMPTY_RUN], [EMPTY_RUN]]);
      session.speakers.forEach((speaker, index) => {
        const entry = personById(context, speaker.personId);
        const nameRuns: TextRun[] = [
          { text: entry ? displayName(context, entry) : clean(speaker.personId), bold: true },
        ];
        if (speaker.tbc) nameRuns.push({ text: tbcMark(context), italic: true });
        // The topic is named once per group of speakers, like a printed programme.
        rows.push([index === 0 ? topicCell : [EMPTY_RUN], nameRuns, [{ text: clean(speaker.role) }]]);
      });
    }
    const table: TableBlock = {
      kind: 'table',
      header: [label('topic'), label('speaker'), label('role')],
      widths: [3, 3, 4],
      rows,
    };
    blocks.push(table);
  }
  return blocks;
}

/** UTC first (the catalogue's reference), then each zone the pack asks for, then the chair. */
function agendaTimesAndChair(context: BuildContext, seminar: Seminar): FieldsBlock {
  const { language, label } = context;
  const utc = formatTimeWindow(seminar.start, seminar.end, 'UTC', language);
  const rows: FieldsBlock['rows'] = [{ label: label('timeUtc'), value: [{ text: utc.range }] }];
  for (const zone of context.pack.timeZones) {
    if (!isValidTimeZone(zone)) continue; // loadPack rejects these; a hand-built pack must not crash the export
    const local = formatTimeWindow(seminar.start, seminar.end, zone, language);
    rows.push({
      label: local.zoneLabel,
      value: [{ text: local.dayShift ? `${local.range} ${local.dayShift}` : local.range }],
    });
  }
  if (seminar.chair) {
    const entry = personById(context, seminar.chair.personId);
    const role = clean(seminar.chair.role);
    const nameRun: TextRun = { text: entry ? displayName(context, entry) : clean(seminar.chair.personId), bold: true };
    rows.push({
      label: label('chair'),
      value: role === '' ? [nameRun] : [nameRun, { text: `${label('comma')}${role}` }],
    });
  }
  return { kind: 'fields', rows };
}
