// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SeminarGrid } from '../../../../src/renderer/src/features/catalogue/SeminarGrid';
import type { SeminarView } from '../../../../src/renderer/src/features/catalogue/seminar-view';
import { renderWithApp } from '../../helpers/render';

afterEach(cleanup);

const COUNT = 500;
const ids = Array.from({ length: COUNT }, (_, index) => `seminar-${index + 1}`);
const view = (id: string): SeminarView => ({
  id,
  title: `Seminar number ${id.slice('seminar-'.length)}`,
  language: 'en',
  date: 'Monday 6 January 2020',
  utcRange: '07:00–08:45',
  speakers: [{ personId: `${id}-speaker`, name: 'Amina ABADI', tbc: false }],
});

function setup(inPack: ReadonlySet<string> = new Set()) {
  const onToggle = vi.fn();
  const viewOf = vi.fn(view);
  renderWithApp(<SeminarGrid seminarIds={ids} viewOf={viewOf} inPack={inPack} onToggle={onToggle} />);
  return { user: userEvent.setup(), onToggle, viewOf };
}

const grid = () => screen.getByRole('grid', { name: 'Seminars in the catalogue' });
const focusedRow = () => (document.activeElement as HTMLElement).closest('[role="row"]')!;

describe('SeminarGrid with a long list', () => {
  it('puts only the rows near the viewport in the page, with the row count and each row’s index', () => {
    const { viewOf } = setup();
    expect(grid().getAttribute('aria-rowcount')).toBe(String(COUNT));
    const rows = within(grid()).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(30);
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(rows.map((_, index) => String(index + 1)));
    // Views are only worked out for the rows shown.
    expect(viewOf.mock.calls.length).toBeLessThan(30);
    // The list keeps the height of all its rows, so the pane scrolls over the whole catalogue.
    expect(parseFloat(grid().style.height)).toBeGreaterThan(COUNT * 100);
  });

  it('moves to rows outside the page with End, PageUp, Home and the arrows, keeping one tab stop', async () => {
    const { user, onToggle } = setup(new Set(['seminar-495']));
    const first = within(grid()).getAllByRole('gridcell')[0]!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    await user.keyboard('{End}');
    expect(focusedRow().getAttribute('aria-rowindex')).toBe(String(COUNT));
    expect(focusedRow().getAttribute('data-seminar-id')).toBe('seminar-500');
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);

    await user.keyboard('{PageUp}');
    expect(focusedRow().getAttribute('aria-rowindex')).toBe('495');
    expect(focusedRow().getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenLastCalledWith('seminar-495');

    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(document.activeElement).toBe(
      within(focusedRow() as HTMLElement).getByRole('button', { name: 'Add “Seminar number 494” to the pack' }),
    );
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenLastCalledWith('seminar-494');

    await user.keyboard('{Home}');
    expect(focusedRow().getAttribute('aria-rowindex')).toBe('1');
    expect(document.activeElement?.tagName).toBe('BUTTON');
    await user.keyboard('{ArrowLeft}{PageDown}{ArrowDown} ');
    expect(focusedRow().getAttribute('aria-rowindex')).toBe('7');
    expect(onToggle).toHaveBeenLastCalledWith('seminar-7');
  });
});
