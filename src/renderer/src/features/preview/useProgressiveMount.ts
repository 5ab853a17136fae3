import { startTransition, useEffect, useState } from 'react';

/** Blocks put into the page per step: a few tens of milliseconds of work on a modest laptop. */
export const MOUNT_STEP = 400;

/**
 * How many of a document's `total` blocks to have in the page: the first
 * MOUNT_STEP at once, then MOUNT_STEP more after each commit (as a transition,
 * so typing and clicks go first), so that showing a programme book of
 * thousands of blocks never holds the page for long. A new `generation` (a
 * document sharing nothing with the one shown, such as another pack) starts
 * again from the top; edits of the same document keep what is in the page.
 */
export function useProgressiveMount(total: number, generation: number): number {
  const [state, setState] = useState({ generation, mounted: MOUNT_STEP });
  const mounted = state.generation === generation ? state.mounted : MOUNT_STEP;
  useEffect(() => {
    if (mounted >= total) return;
    const timer = setTimeout(() => startTransition(() => setState({ generation, mounted: mounted + MOUNT_STEP })), 0);
    return () => clearTimeout(timer);
  }, [mounted, total, generation]);
  return mounted;
}
