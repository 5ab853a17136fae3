/**
 * Optional CPU profiles of the page, per phase of the interface benchmark:
 * `BENCH_UI_PROFILE=<folder>` writes one `<phase>.cpuprofile` per phase (open it
 * in Chromium's DevTools, Performance tab) and prints the functions with the
 * most self time. Profiling slows the page, so timings of a profiled run are
 * flagged in the results and are not comparable with unprofiled ones.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface PhaseProfiler {
  readonly enabled: boolean;
  start(phase: string): Promise<void>;
  stop(): Promise<void>;
}

/** The functions with the most self time (ms), heaviest first. */
export function topSelfTime(profile: CpuProfile, count: number): { name: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, index) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    totals.set(name, (totals.get(name) ?? 0) + (deltas[index] ?? 0) / 1000);
  });
  return [...totals]
    .map(([name, ms]) => ({ name, ms: Math.round(ms) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

export async function phaseProfiler(page: Page, folder: string | undefined): Promise<PhaseProfiler> {
  if (!folder) return { enabled: false, start: async () => undefined, stop: async () => undefined };
  await mkdir(folder, { recursive: true });
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 250 });
  let current: string | null = null;
  return {
    enabled: true,
    async start(phase) {
      current = phase;
      await session.send('Profiler.start');
    },
    async stop() {
      if (!current) return;
      const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
      const path = join(folder, `${current}.cpuprofile`);
      await writeFile(path, JSON.stringify(profile));
      console.log(
        [
          `profile ${path}, most self time:`,
          ...topSelfTime(profile, 15).map((row) => `  ${row.ms} ms  ${row.name}`),
        ].join('\n'),
      );
      current = null;
    },
  };
}
