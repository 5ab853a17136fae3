// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MOUNT_STEP, useProgressiveMount } from '../../../../src/renderer/src/features/preview/useProgressiveMount';

afterEach(cleanup);

describe('useProgressiveMount', () => {
  it('puts a long document in the page a step at a time, and starts again for a new one', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ total, generation }) => {
        const mounted = useProgressiveMount(total, generation);
        seen.push(mounted);
        return mounted;
      },
      { initialProps: { total: 3 * MOUNT_STEP + 1, generation: 1 } },
    );
    expect(seen[0]).toBe(MOUNT_STEP);
    await waitFor(() => expect(result.current).toBeGreaterThanOrEqual(3 * MOUNT_STEP + 1));
    expect(new Set(seen)).toEqual(new Set([MOUNT_STEP, 2 * MOUNT_STEP, 3 * MOUNT_STEP, 4 * MOUNT_STEP]));

    // An edit of the same document keeps everything in the page.
    rerender({ total: 3 * MOUNT_STEP + 5, generation: 1 });
    expect(result.current).toBe(4 * MOUNT_STEP);
    // Another document starts from the top.
    rerender({ total: 2 * MOUNT_STEP, generation: 2 });
    expect(result.current).toBe(MOUNT_STEP);
    await waitFor(() => expect(result.current).toBe(2 * MOUNT_STEP));
  });

  it('puts a short document in the page at once', () => {
    const { result } = renderHook(() => useProgressiveMount(MOUNT_STEP - 1, 0));
    expect(result.current).toBeGreaterThanOrEqual(MOUNT_STEP - 1);
  });
});
