/**
 * The calendar and schedule files of an export (iCalendar, frab XML,
 * schedule.json): rendered in memory from the same Schedule, then each
 * written atomically, so a failure never leaves half a file.
 */
import path from 'node:path';
import type { Schedule } from '../../../shared/document/schedule';
import { type Result, err, ok } from '../../../shared/result';
import { writeFileAtomic } from '../files/atomic-write';
import { describeFsError } from '../files/fs-errors';
import { renderFrabXml } from './writers/frab-xml';
import { renderIcs } from './writers/ics';
import { renderScheduleJson } from './writers/schedule-json';

export interface ScheduleTargets {
  icsPath?: string;
  frabPath?: string;
  scheduleJsonPath?: string;
}

export interface ScheduleSummary {
  ics?: { path: string; bytes: number; events: number };
  frab?: { path: string; bytes: number };
  scheduleJson?: { path: string; bytes: number };
}

const KINDS = [
  { key: 'icsPath', summary: 'ics', name: 'iCalendar file', render: renderIcs },
  { key: 'frabPath', summary: 'frab', name: 'schedule XML', render: renderFrabXml },
  { key: 'scheduleJsonPath', summary: 'scheduleJson', name: 'schedule JSON', render: renderScheduleJson },
] as const;

export function hasScheduleTargets(targets: ScheduleTargets): boolean {
  return KINDS.some((kind) => targets[kind.key] !== undefined);
}

export async function writeScheduleFiles(
  schedule: Schedule,
  targets: ScheduleTargets,
  stamp: Date,
): Promise<Result<ScheduleSummary, 'export-failed' | 'write-failed'>> {
  const rendered: { kind: (typeof KINDS)[number]; target: string; bytes: Uint8Array }[] = [];
  for (const kind of KINDS) {
    const target = targets[kind.key];
    if (target === undefined) continue;
    try {
      rendered.push({ kind, target, bytes: new TextEncoder().encode(kind.render(schedule, { stamp })) });
    } catch (error) {
      return err(
        'export-failed',
        `Could not create the ${kind.name} "${path.basename(target)}": ${describeFsError(error)}.`,
      );
    }
  }
  const summary: ScheduleSummary = {};
  for (const { kind, target, bytes } of rendered) {
    try {
      await writeFileAtomic(target, bytes);
    } catch (error) {
      const saved = Object.values(summary).map((file) => `"${file.path}"`);
      const already = saved.length > 0 ? ` Already saved: ${saved.join(', ')}.` : '';
      return err('write-failed', `Could not write the ${kind.name} "${target}": ${describeFsError(error)}.${already}`);
    }
    if (kind.summary === 'ics')
      summary.ics = { path: target, bytes: bytes.byteLength, events: schedule.entries.length };
    else summary[kind.summary] = { path: target, bytes: bytes.byteLength };
  }
  return ok(summary);
}
