/**
 * The steps of the interface benchmark: driving the page through window.__uiBench
 * (see probe.ts), typing measured keystrokes, and waiting without disturbing the page.
 */
import type { Locator, Page } from '@playwright/test';
import { NO_FILTERS, filterSeminars } from '../../src/renderer/src/state/catalogue-filter';
import type { Catalogue } from '../../src/shared/catalogue/schema';
import type { Expectation, KeystrokeTiming, ProbeWindow, TaskEntry } from './probe';

/** A keystroke whose update has not come by then is an error, not a slow result. */
const KEYSTROKE_TIMEOUT_MS = 120_000;

export const isDone = (payload: unknown) =>
  typeof payload === 'object' && payload !== null && (payload as { stage?: unknown }).stage === 'done';

/**
 * Waits for a condition checked in the page every 100 ms. Not Playwright's `expect`: each failed
 * retry of a web-first assertion takes an accessibility snapshot of the whole page, which with a
 * large preview costs the page's main thread seconds and would be measured as the app's work.
 */
export async function until(
  page: Page,
  condition: (arg: string) => boolean,
  arg = '',
  timeout = 600_000,
): Promise<void> {
  await page.waitForFunction(condition, arg, { polling: 100, timeout });
}

export const previewSettled = () => document.querySelector('section.preview')?.getAttribute('aria-busy') === 'false';
export const chosenCount = (count: string) => document.querySelectorAll('ol.chosen-list > li').length === Number(count);

/** Calls into window.__uiBench. */
export function probe(page: Page) {
  return {
    arm: (expectation: Expectation) =>
      page.evaluate((e) => (window as unknown as Required<ProbeWindow>).__uiBench.arm(e), expectation),
    done: (): Promise<KeystrokeTiming> =>
      page.evaluate((ms) => (window as unknown as Required<ProbeWindow>).__uiBench.done(ms), KEYSTROKE_TIMEOUT_MS),
    now: () => page.evaluate(() => (window as unknown as Required<ProbeWindow>).__uiBench.now()),
    longTasks: (since: number): Promise<TaskEntry[]> =>
      page.evaluate((s) => (window as unknown as Required<ProbeWindow>).__uiBench.longTasks(s), since),
    startFrames: () => page.evaluate(() => (window as unknown as Required<ProbeWindow>).__uiBench.startFrames()),
    stopFrames: () => page.evaluate(() => (window as unknown as Required<ProbeWindow>).__uiBench.stopFrames()),
    idle: async (maxMs = 120_000) => {
      const quiet = await page.evaluate((ms) => (window as unknown as Required<ProbeWindow>).__uiBench.idle(ms), maxMs);
      if (!quiet) throw new Error(`The page was still busy after ${maxMs} ms.`);
    },
  };
}

export interface KeystrokeRecord {
  key: string;
  /** keydown → the frame showing the expected update painted (or the next frame, when nothing visible changes). */
  latencyMs: number;
  /** keydown → the first frame after the input event painted. */
  nextPaintMs: number;
  /** Whether the keystroke changes what is shown (so the update itself is awaited). */
  awaitedContent: boolean;
  /** Preview: keydown → the preview's exact (full) rebuild painted, no longer "updating". */
  settledMs?: number;
}

const ms = (value: number) => Math.round(value * 10) / 10;

export function record(key: string, timing: KeystrokeTiming): KeystrokeRecord {
  return {
    key,
    latencyMs: ms((timing.contentPaint ?? timing.nextPaint) - timing.start),
    nextPaintMs: ms(timing.nextPaint - timing.start),
    awaitedContent: timing.contentPaint !== null,
    ...(timing.settledPaint !== null ? { settledMs: ms(timing.settledPaint - timing.start) } : {}),
  };
}

const benchStart = Date.now();
/** Progress on stdout, so a slow phase shows where it is. */
export const log = (message: string) => console.log(`[${((Date.now() - benchStart) / 1000).toFixed(1)} s] ${message}`);

export const taskSummary = (tasks: TaskEntry[]) => ({
  count: tasks.length,
  over50ms: tasks.filter((task) => task.duration > 50).length,
  over100ms: tasks.filter((task) => task.duration > 100).length,
  longestMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
  totalBlockingMs: Math.round(tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)),
});

/** What the list must show once the search box holds `search`. */
export function listExpectation(catalogue: Catalogue, search: string): Expectation & { kind: 'list' } {
  const ids = filterSeminars(catalogue, { ...NO_FILTERS, search });
  return {
    kind: 'list',
    countText: `${ids.length} of ${catalogue.seminars.length} seminars shown`,
    firstId: ids[0] ?? null,
  };
}

export async function measureFilterTyping(
  page: Page,
  catalogue: Catalogue,
  search: Locator,
  queries: readonly string[],
): Promise<KeystrokeRecord[]> {
  const bench = probe(page);
  const records: KeystrokeRecord[] = [];
  await search.click();
  await search.fill('');
  await bench.idle();
  let previous = listExpectation(catalogue, '');
  const step = async (key: string, value: string) => {
    const expected = listExpectation(catalogue, value);
    // A keystroke that changes neither the count nor the first row shows nothing new: its next paint is what we get.
    const changes = expected.countText !== previous.countText || expected.firstId !== previous.firstId;
    await bench.arm(changes ? expected : { kind: 'none' });
    if (key === 'Backspace') await page.keyboard.press('Backspace');
    else await page.keyboard.type(key);
    records.push(record(key, await bench.done()));
    if (records.length % 10 === 0) log(`filter: ${records.length} keystrokes, last ${records.at(-1)!.latencyMs} ms`);
    previous = expected;
    await bench.idle();
  };
  for (const query of queries) {
    for (let index = 1; index <= query.length; index++) await step(query[index - 1]!, query.slice(0, index));
    for (let index = query.length - 1; index >= 0; index--) await step('Backspace', query.slice(0, index));
  }
  if ((await search.inputValue()) !== '') throw new Error('The search box is not empty after deleting the queries.');
  return records;
}

/** Types `text` into the focused editor field after `prefix`, measuring each non-space key until the preview shows it. */
export async function measurePreviewTyping(page: Page, field: Locator, prefix: string, text: string) {
  const bench = probe(page);
  const records: KeystrokeRecord[] = [];
  await field.fill(prefix);
  await until(page, (text) => (document.querySelector('section.preview')?.textContent ?? '').includes(text), prefix);
  await bench.idle();
  await field.press('End');
  let value = prefix;
  for (const key of text) {
    value += key;
    if (key === ' ') {
      // A trailing space changes nothing in the preview (paragraphs are trimmed): typed, not measured.
      await page.keyboard.type(key);
    } else {
      await bench.arm({ kind: 'text', rootSelector: 'section.preview', text: value, settle: true });
      await page.keyboard.type(key);
      const timing = await bench.done();
      if (timing.contentPaint === null || timing.settledPaint === null)
        throw new Error(`The preview never showed "${value}".`);
      records.push(record(key, timing));
      if (records.length % 10 === 0) log(`preview: ${records.length} keystrokes, last ${records.at(-1)!.latencyMs} ms`);
    }
    await bench.idle();
  }
  if ((await field.inputValue()) !== value) throw new Error(`The field holds "${await field.inputValue()}".`);
  return records;
}

/** File > Open, answering "Don't save" first when the open pack has unsaved changes. */
export async function openPack(
  page: Page,
  bridge: { dialogs: { queueOpen(path: string | null): void } },
  path: string,
  unsaved = false,
) {
  bridge.dialogs.queueOpen(path);
  await page.getByRole('button', { name: 'Open…' }).click();
  if (unsaved) await page.getByRole('dialog').getByRole('button', { name: 'Don’t save' }).click();
}
