/**
 * The in-page side of the interface benchmark: `installProbe` runs in the page
 * (passed to page.evaluate, so it must not use anything from this module's
 * scope) and leaves `window.__uiBench`, which the bench drives one keystroke
 * at a time.
 *
 * Times are on the page's clock (performance.now(), event.timeStamp):
 * - `start`: the keydown event's timestamp.
 * - `nextPaint`: the first frame after the keystroke's input event had been
 *   handled has been painted (a message posted from that frame's
 *   requestAnimationFrame runs once its style, layout and paint are done).
 * - `contentPaint`: the first frame showing the expected content has been
 *   painted: for the catalogue list, the result count and the first row the
 *   filter must give; for the preview, a text node with the text just typed.
 * - `settledPaint` (preview): the first frame after that in which the preview no
 *   longer says it is updating (aria-busy="false": its full, exact rebuild is
 *   shown, not a quick provisional one) has been painted.
 */

export type Expectation =
  | { kind: 'list'; countText: string; firstId: string | null }
  | { kind: 'text'; rootSelector: string; text: string; settle?: boolean }
  | { kind: 'none' };

export interface KeystrokeTiming {
  start: number;
  nextPaint: number;
  contentPaint: number | null;
  settledPaint: number | null;
}

export interface TaskEntry {
  startTime: number;
  duration: number;
}

export interface UiBenchProbe {
  arm(expectation: Expectation): void;
  done(timeoutMs: number): Promise<KeystrokeTiming>;
  now(): number;
  /** Long tasks (over 50 ms) that started at or after `since`. */
  longTasks(since: number): TaskEntry[];
  /** Starts recording the gaps between animation frames; `stopFrames` returns the longest. */
  startFrames(): void;
  stopFrames(): { frames: number; longestGap: number };
  /** Resolves true once the page has been quiet for a while (nothing left to render), false after `maxMs`. */
  idle(maxMs: number): Promise<boolean>;
}

export interface ProbeWindow {
  __uiBench?: UiBenchProbe;
}

export function installProbe(): void {
  const host = window as unknown as ProbeWindow;
  if (host.__uiBench) return;

  const tasks: TaskEntry[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  /** Calls `then` once the frame after the current one has been painted. */
  const afterNextPaint = (then: (time: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  };

  interface Pending {
    expectation: Expectation;
    start: number | null;
    inputSeen: boolean;
    nextPaint: number | null;
    contentSeen: boolean;
    contentPaint: number | null;
    settling: boolean;
    settledPaint: number | null;
    observer: MutationObserver | null;
    resolve: (() => void) | null;
  }
  let pending: Pending | null = null;

  const finishIfDone = (current: Pending) => {
    const contentDone = current.expectation.kind === 'none' || current.contentPaint !== null;
    const settleDone =
      current.expectation.kind !== 'text' || !current.expectation.settle || current.settledPaint !== null;
    if (current.nextPaint !== null && contentDone && settleDone) current.resolve?.();
  };

  const listMatches = (expectation: { countText: string; firstId: string | null }): boolean => {
    const count = document.querySelector('.result-count')?.textContent ?? '';
    if (count.trim() !== expectation.countText) return false;
    const first = document.querySelector<HTMLElement>('[role="grid"] [data-seminar-id]');
    return expectation.firstId === null ? first === null : first?.dataset['seminarId'] === expectation.firstId;
  };

  const pollList = (current: Pending) => {
    requestAnimationFrame(() => {
      if (pending !== current) return;
      const { expectation } = current;
      if (expectation.kind === 'list' && current.start !== null && listMatches(expectation)) {
        current.contentSeen = true;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          current.contentPaint = performance.now();
          finishIfDone(current);
        };
        channel.port2.postMessage(null);
        return;
      }
      pollList(current);
    });
  };

  const watchText = (current: Pending, rootSelector: string, text: string, settle: boolean) => {
    const root = document.querySelector(rootSelector);
    if (!root) throw new Error(`No ${rootSelector} in the page.`);
    const holds = (node: Node): boolean => (node.textContent ?? '').includes(text);
    const checkSettled = () => {
      if (!settle || !current.contentSeen || current.settling || root.getAttribute('aria-busy') !== 'false') return;
      current.settling = true;
      current.observer?.disconnect();
      afterNextPaint((time) => {
        current.settledPaint = time;
        finishIfDone(current);
      });
    };
    current.observer = new MutationObserver((records) => {
      if (current.start === null) return;
      if (!current.contentSeen) {
        const found = records.some((record) =>
          record.type === 'characterData' ? holds(record.target) : [...record.addedNodes].some(holds),
        );
        if (found) {
          current.contentSeen = true;
          if (!settle) current.observer?.disconnect();
          afterNextPaint((time) => {
            current.contentPaint = time;
            finishIfDone(current);
          });
        }
      }
      checkSettled();
    });
    current.observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: settle,
      attributeFilter: settle ? ['aria-busy'] : undefined,
    });
  };

  window.addEventListener(
    'keydown',
    (event) => {
      if (pending && pending.start === null) pending.start = event.timeStamp;
    },
    { capture: true },
  );
  window.addEventListener('input', () => {
    const current = pending;
    if (!current || current.start === null || current.inputSeen) return;
    current.inputSeen = true;
    afterNextPaint((time) => {
      current.nextPaint = time;
      finishIfDone(current);
    });
  });

  let frameTimes: number[] | null = null;
  const frameLoop = (time: number) => {
    if (!frameTimes) return;
    frameTimes.push(time);
    requestAnimationFrame(frameLoop);
  };

  host.__uiBench = {
    arm(expectation) {
      pending?.observer?.disconnect();
      const current: Pending = {
        expectation,
        start: null,
        inputSeen: false,
        nextPaint: null,
        contentSeen: false,
        contentPaint: null,
        settling: false,
        settledPaint: null,
        observer: null,
        resolve: null,
      };
      pending = current;
      if (expectation.kind === 'list') pollList(current);
      if (expectation.kind === 'text')
        watchText(current, expectation.rootSelector, expectation.text, expectation.settle === true);
    },
    done(timeoutMs) {
      const current = pending;
      if (!current) return Promise.reject(new Error('Nothing armed.'));
      return new Promise<KeystrokeTiming>((resolve, reject) => {
        const timer = setTimeout(() => {
          current.observer?.disconnect();
          if (pending === current) pending = null;
          reject(
            new Error(
              `No update within ${timeoutMs} ms: keydown ${current.start === null ? 'not seen' : 'seen'}, input ` +
                `${current.inputSeen ? 'seen' : 'not seen'}, content ${current.contentSeen ? 'seen' : 'not seen'} ` +
                `(${JSON.stringify(current.expectation)}).`,
            ),
          );
        }, timeoutMs);
        current.resolve = () => {
          clearTimeout(timer);
          if (pending === current) pending = null;
          resolve({
            start: current.start!,
            nextPaint: current.nextPaint!,
            contentPaint: current.contentPaint,
            settledPaint: current.settledPaint,
          });
        };
        finishIfDone(current);
      });
    },
    now: () => performance.now(),
    longTasks: (since) => tasks.filter((task) => task.startTime >= since),
    startFrames() {
      frameTimes = [];
      requestAnimationFrame(frameLoop);
    },
    stopFrames() {
      const times = frameTimes ?? [];
      frameTimes = null;
      let longestGap = 0;
      for (let index = 1; index < times.length; index++)
        longestGap = Math.max(longestGap, times[index]! - times[index - 1]!);
      return { frames: times.length, longestGap };
    },
    idle(maxMs) {
      // Quiet: for QUIET_MS no DOM change, no long task and nothing aria-busy (the preview while it
      // rebuilds). (requestIdleCallback is no signal here: headless Chromium can go seconds without an
      // idle period while its main thread does nothing.)
      const QUIET_MS = 300;
      const deadline = performance.now() + maxMs;
      return new Promise<boolean>((resolve) => {
        let lastActivity = performance.now();
        const observer = new MutationObserver(() => {
          lastActivity = performance.now();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const check = () => {
          const now = performance.now();
          const lastTask = tasks.at(-1);
          if (lastTask) lastActivity = Math.max(lastActivity, lastTask.startTime + lastTask.duration);
          if (document.querySelector('[aria-busy="true"]')) lastActivity = now;
          if (now - lastActivity >= QUIET_MS || now > deadline) {
            observer.disconnect();
            resolve(now - lastActivity >= QUIET_MS);
          } else setTimeout(check, 50);
        };
        setTimeout(check, 50);
      });
    },
  };
}
