import { type KeyboardEvent, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLatest } from '../../hooks/useLatest';
import { useVirtualRows } from '../../hooks/useVirtualRows';
import { useStrings } from '../../i18n';
import type { SeminarView } from './seminar-view';
import { type Column, SeminarRow } from './SeminarRow';
import { CATALOGUE_STRINGS } from './strings';

interface SeminarGridProps {
  /** The seminars to list (after filtering), in order. */
  seminarIds: readonly string[];
  /** The view of a seminar, worked out when its row is first shown. */
  viewOf: (seminarId: string) => SeminarView | undefined;
  /** Ids of the seminars in the pack. */
  inPack: ReadonlySet<string>;
  onToggle: (seminarId: string) => void;
}

/** Rows are about this high before they are measured; the gap matches the old 0.6rem spacing. */
const ROWS = { estimate: 150, gap: 10, overscan: 600 };
/** How far PageUp / PageDown move. */
const PAGE = 5;

/**
 * The catalogue's seminars as an ARIA grid with one tab stop: Up/Down (and
 * Home/End, PageUp/PageDown) move between seminars, Left/Right between a
 * seminar's details and its Add/Remove button, Enter or Space on the details
 * adds or removes it. A row is "selected" when its seminar is in the pack.
 *
 * Only the rows near the visible part of the pane are in the page (with
 * aria-rowcount and aria-rowindex), plus the row holding the tab stop, so a
 * catalogue of thousands of seminars filters and scrolls as fast as a short one.
 */
export function SeminarGrid({ seminarIds, viewOf, inPack, onToggle }: SeminarGridProps) {
  const t = useStrings(CATALOGUE_STRINGS);
  const hintId = useId();
  const [focus, setFocus] = useState<{ id: string | null; column: Column }>({ id: null, column: 0 });
  const cells = useRef(new Map<string, HTMLElement>());
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  /** A row to focus once it is rendered (it was outside the rendered window). */
  const pendingFocus = useRef<{ id: string; column: Column } | null>(null);

  const positions = useMemo(() => new Map(seminarIds.map((id, index) => [id, index])), [seminarIds]);
  // The tab stop: the seminar last focused, or the first one when it was filtered out.
  const focusIndex = focus.id === null ? -1 : (positions.get(focus.id) ?? -1);
  const activeIndex = focusIndex >= 0 ? focusIndex : seminarIds.length > 0 ? 0 : -1;
  const activeColumn: Column = activeIndex === focusIndex ? focus.column : 0;
  const keep = useMemo(() => [activeIndex], [activeIndex]);
  const { listRef, layout, indices, observeRow } = useVirtualRows<HTMLDivElement>(seminarIds, keep, ROWS);

  const focusElement = (id: string, column: Column): boolean => {
    const element = column === 0 ? cells.current.get(id) : buttons.current.get(id);
    element?.focus();
    return element !== undefined;
  };
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (target && focusElement(target.id, target.column)) pendingFocus.current = null;
  });

  const moveTo = (index: number, column: Column) => {
    const id = seminarIds[Math.min(Math.max(index, 0), seminarIds.length - 1)];
    if (id === undefined) return;
    setFocus({ id, column });
    pendingFocus.current = focusElement(id, column) ? null : { id, column };
  };

  const onFocusCell = useCallback((id: string, column: Column) => setFocus({ id, column }), []);
  const latestToggle = useLatest(onToggle);
  const toggle = useCallback((id: string) => latestToggle.current(id), [latestToggle]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-seminar-id]');
    const id = row?.dataset['seminarId'];
    const index = id === undefined ? -1 : (positions.get(id) ?? -1);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.target instanceof HTMLButtonElement;
    const column: Column = onButton ? 1 : 0;
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1, column),
      ArrowUp: () => moveTo(index - 1, column),
      Home: () => moveTo(0, column),
      End: () => moveTo(seminarIds.length - 1, column),
      PageDown: () => moveTo(index + PAGE, column),
      PageUp: () => moveTo(index - PAGE, column),
      ArrowRight: () => moveTo(index, 1),
      ArrowLeft: () => moveTo(index, 0),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    } else if ((event.key === 'Enter' || event.key === ' ') && !onButton && id) {
      event.preventDefault();
      onToggle(id);
    }
  };

  return (
    <>
      <p id={hintId} className="field-help">
        {t('keyboardHint')}
      </p>
      <div
        role="grid"
        aria-label={t('seminarsLabel')}
        aria-describedby={hintId}
        aria-multiselectable="true"
        aria-rowcount={seminarIds.length}
        className="seminar-grid"
        style={{ height: layout.total }}
        ref={listRef}
        onKeyDown={onKeyDown}
      >
        {indices.map((index) => {
          const id = seminarIds[index]!;
          const seminar = viewOf(id);
          if (!seminar) return null;
          return (
            <SeminarRow
              key={id}
              seminar={seminar}
              index={index}
              top={layout.tops[index] ?? 0}
              selected={inPack.has(id)}
              tabStop={index === activeIndex ? activeColumn : null}
              cells={cells}
              buttons={buttons}
              onFocusCell={onFocusCell}
              onToggle={toggle}
              observeRow={observeRow}
            />
          );
        })}
      </div>
    </>
  );
}
