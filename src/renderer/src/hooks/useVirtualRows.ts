import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type RowLayout, estimateRowHeight, layoutRows, renderedIndices, visibleRange } from '../state/virtual-rows';

export interface VirtualRowsOptions {
  /** Height assumed for a row before any is measured (px). */
  estimate: number;
  /** Space between rows (px). */
  gap: number;
  /** Rows this far (px) above and below the viewport are rendered too. */
  overscan: number;
}

export interface VirtualRows<T extends HTMLElement> {
  /** On the list element: rows are placed inside it, from its top. */
  listRef: (node: T | null) => void;
  layout: RowLayout;
  /** Indices to render, ascending. */
  indices: number[];
  /** On each rendered row, which carries its key in `data-row-key`: measures it. Stable. */
  observeRow: (node: HTMLElement | null) => (() => void) | undefined;
}

/** Where the list can be seen: the nearest scrolling ancestor, or the window when none scrolls. */
function scrollParent(node: HTMLElement): HTMLElement | null {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') return parent;
  }
  return null;
}

/** Without layout (jsdom, a hidden pane) the viewport is assumed to be one window high. */
const fallbackHeight = () => (typeof window !== 'undefined' && window.innerHeight > 0 ? window.innerHeight : 800);

function viewportOf(list: HTMLElement, scroller: HTMLElement | null): { top: number; bottom: number } {
  const listTop = list.getBoundingClientRect().top;
  const scrollerTop = scroller ? scroller.getBoundingClientRect().top + scroller.clientTop : 0;
  const height = (scroller ? scroller.clientHeight : window.innerHeight) || fallbackHeight();
  const top = scrollerTop - listTop;
  return { top, bottom: top + height };
}

/**
 * Renders only the rows of a long list near the visible part of its scrolling
 * pane (plus those in `keep`, such as the focused row), each placed at its top
 * from the heights measured so far. Scrolling, resizing and newly measured rows
 * update the window; when rows above the viewport turn out taller or shorter
 * than estimated, the scroll position is corrected so what is seen stays put.
 */
export function useVirtualRows<T extends HTMLElement>(
  keys: readonly string[],
  keep: readonly number[],
  { estimate, gap, overscan }: VirtualRowsOptions,
): VirtualRows<T> {
  // Measured heights by key: one Map for the list's life, changed in place, with `measured` counting the changes.
  const [heights] = useState(() => new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  // Rows not measured yet are assumed as high as the first ones measured; kept from then on, so that
  // measuring more rows does not move every row after them (and what is seen far down the list).
  const [assumed, setAssumed] = useState<number | null>(null);
  const rowHeight = assumed ?? estimate;
  const [viewport, setViewport] = useState({ top: 0, bottom: fallbackHeight() });
  const list = useRef<T | null>(null);
  const scroller = useRef<HTMLElement | null>(null);

  const layout = useMemo(
    () => layoutRows(keys, heights, rowHeight, gap),
    // `measured` changes whenever `heights` does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [keys, heights, measured, rowHeight, gap],
  );
  const positions = useMemo(() => new Map(keys.map((key, index) => [key, index])), [keys]);
  const layoutRef = useRef({ layout, positions });
  const viewportRef = useRef(viewport);
  useLayoutEffect(() => {
    layoutRef.current = { layout, positions };
    viewportRef.current = viewport;
  });

  const updateViewport = useCallback(() => {
    if (!list.current) return;
    const next = viewportOf(list.current, scroller.current);
    setViewport((current) =>
      Math.abs(current.top - next.top) < 1 && Math.abs(current.bottom - next.bottom) < 1 ? current : next,
    );
  }, []);

  // The list may move inside its pane (filters above it change height) without a scroll event.
  useLayoutEffect(updateViewport);

  const cleanup = useRef<(() => void) | null>(null);
  const listRef = useCallback(
    (node: T | null) => {
      cleanup.current?.();
      cleanup.current = null;
      list.current = node;
      if (!node) return;
      scroller.current = scrollParent(node);
      let frame = 0;
      const schedule = () => {
        if (frame === 0)
          frame = requestAnimationFrame(() => {
            frame = 0;
            updateViewport();
          });
      };
      const target: HTMLElement | Window = scroller.current ?? window;
      target.addEventListener('scroll', schedule, { passive: true });
      window.addEventListener('resize', schedule);
      const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
      if (scroller.current) resized?.observe(scroller.current);
      updateViewport();
      cleanup.current = () => {
        cancelAnimationFrame(frame);
        target.removeEventListener('scroll', schedule);
        window.removeEventListener('resize', schedule);
        resized?.disconnect();
      };
    },
    [updateViewport],
  );

  const onResize = useRef<(entries: ResizeObserverEntry[]) => void>(() => undefined);
  useLayoutEffect(() => {
    onResize.current = (entries) => {
      let changed = false;
      let shift = 0;
      const { tops } = layoutRef.current.layout;
      for (const entry of entries) {
        const node = entry.target as HTMLElement;
        const key = node.dataset['rowKey'];
        if (key === undefined || !node.isConnected) continue;
        const height = entry.borderBoxSize[0]?.blockSize ?? node.offsetHeight;
        const before = heights.get(key);
        if (before !== undefined && Math.abs(before - height) < 0.5) continue;
        heights.set(key, height);
        changed = true;
        // A row above what is seen changed height: keep what is seen in place.
        const index = layoutRef.current.positions.get(key);
        if (index !== undefined && (tops[index + 1] ?? Infinity) <= viewportRef.current.top)
          shift += height - (before ?? rowHeight);
      }
      if (!changed) return;
      setMeasured((count) => count + 1);
      if (assumed === null) setAssumed(estimateRowHeight(heights, estimate));
      if (shift === 0) return;
      if (scroller.current) scroller.current.scrollTop += shift;
      else window.scrollBy(0, shift);
    };
  });

  // Each row stops being observed when it leaves the page, so the observer needs no clean-up of its own.
  const rowObserver = useRef<ResizeObserver | null>(null);
  const observeRow = useCallback((node: HTMLElement | null) => {
    if (!node || typeof ResizeObserver === 'undefined') return undefined;
    rowObserver.current ??= new ResizeObserver((entries) => onResize.current(entries));
    const observer = rowObserver.current;
    observer.observe(node);
    return () => observer.unobserve(node);
  }, []);

  const indices = renderedIndices(visibleRange(layout, viewport.top, viewport.bottom, overscan), keep);
  return { listRef, layout, indices, observeRow };
}
