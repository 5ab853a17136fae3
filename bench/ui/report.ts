/** Summaries, the results file and the printed table of the interface benchmark. */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { format, resolveConfig } from 'prettier';

export interface Summary {
  count: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of a non-empty list. */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) throw new Error('No values to summarise.');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function summarise(values: readonly number[]): Summary {
  return {
    count: values.length,
    median: round(percentile(values, 0.5)),
    p95: round(percentile(values, 0.95)),
    max: round(Math.max(...values)),
  };
}

export interface TargetResult {
  name: string;
  /** What is compared with the limit ("p95", "max", "longest task"). */
  measure: string;
  value: number;
  limitMs: number;
  met: boolean;
}

export function target(name: string, measure: string, value: number, limitMs: number): TargetResult {
  return { name, measure, value: round(value), limitMs, met: value <= limitMs };
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryMB: Math.round(os.totalmem() / 1024 / 1024),
    node: process.version,
  };
}

export const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

/** Written as Prettier formats JSON, so `prettier --check .` passes with the file in the repository. */
export async function writeResults(path: string, results: unknown): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  await writeFile(path, await format(JSON.stringify(results), { ...options, parser: 'json', filepath: path }));
}

/** A fixed-width table: one row per scenario, then the targets. */
export function formatTable(
  rows: { scenario: string; summary: Summary; note?: string }[],
  targets: TargetResult[],
): string {
  const lines = [
    `${'scenario'.padEnd(58)} ${'n'.padStart(4)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`,
  ];
  for (const row of rows) {
    const { count, median, p95, max } = row.summary;
    lines.push(
      `${row.scenario.padEnd(58)} ${String(count).padStart(4)} ${median.toFixed(1).padStart(8)} ` +
        `${p95.toFixed(1).padStart(8)} ${max.toFixed(1).padStart(8)}${row.note ? `  ${row.note}` : ''}`,
    );
  }
  lines.push('', 'targets:');
  for (const result of targets)
    lines.push(
      `  ${result.met ? 'met   ' : 'MISSED'} ${result.name}: ${result.measure} ${result.value} ms (limit ${result.limitMs} ms)`,
    );
  return lines.join('\n');
}
