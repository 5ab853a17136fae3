// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeZonePicker } from '../../../src/renderer/src/components/TimeZonePicker';
import { sameZone, searchZones, zoneOptions } from '../../../src/shared/time/zones';
import { isUtcAlias } from '../../../src/shared/time';

afterEach(cleanup);

function Harness({
  initial = [],
  max = 4,
  spy,
}: {
  initial?: string[];
  max?: number;
  spy?: (zones: string[]) => void;
}) {
  const [zones, setZones] = useState(initial);
  return (
    <>
      <label htmlFor="zones">Time zones</label>
      <TimeZonePicker
        id="zones"
        value={zones}
        max={max}
        onChange={(next) => {
          spy?.(next);
          setZones(next);
        }}
      />
      <div data-testid="value">{zones.join(',')}</div>
    </>
  );
}

const value = () => screen.getByTestId('value').textContent;
const combobox = () => screen.getByRole('combobox', { name: 'Time zones' });

describe('TimeZonePicker', () => {
  it('filters by city as you type and adds the active option with Enter', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(combobox(), 'vienna');
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    const first = within(listbox).getAllByRole('option')[0]!;
    expect(first.textContent).toContain('Europe/Vienna');
    expect(first.textContent).toMatch(/UTC[+−]\d/);
    expect(combobox().getAttribute('aria-activedescendant')).toBe(first.id);
    await user.keyboard('{Enter}');
    expect(value()).toBe('Europe/Vienna');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect((combobox() as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Remove Vienna (Europe/Vienna)' })).toBeTruthy();
  });

  it('moves through the options with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(combobox(), 'new');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]!.textContent).toContain('America/New_York');
    await user.keyboard('{ArrowDown}');
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    expect(combobox().getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(value()).toBe('America/New_York');
  });

  it('opens the list with ArrowDown and closes it with Escape without clearing', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    combobox().focus();
    await user.keyboard('{ArrowDown}');
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
  });

  it('finds Kolkata (listed by Intl as Asia/Calcutta) and stores the current name', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(combobox(), 'Kolkata');
    const first = within(screen.getByRole('listbox')).getAllByRole('option')[0]!;
    expect(first.textContent).toContain('Asia/Kolkata');
    expect(first.textContent).toContain('UTC+5:30');
    await user.keyboard('{Enter}');
    expect(value()).toBe('Asia/Kolkata');
  });

  it('refuses a duplicate, even under another name, and says so', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness initial={['Europe/Vienna', 'Asia/Calcutta']} spy={spy} />);
    await user.type(combobox(), 'Vienna');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]!.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Vienna (Europe/Vienna) is already in the list.');
    await user.clear(combobox());
    await user.type(combobox(), 'Kolkata{Enter}');
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('already in the list');
  });

  it('refuses UTC and its aliases: UTC is always shown first', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    expect(screen.getByText('UTC (always shown first)')).toBeTruthy();
    await user.type(combobox(), 'UTC{Enter}');
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('UTC is always shown first');
    expect(zoneOptions().some((option) => isUtcAlias(option.id))).toBe(false);
  });

  it('stops at the maximum with a message', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness initial={['America/New_York', 'Europe/Vienna', 'Asia/Tokyo', 'Africa/Nairobi']} spy={spy} />);
    await user.type(combobox(), 'Paris');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Enter}');
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe(
      'You can choose up to 4 time zones. Remove one to add another.',
    );
  });

  it('removes the last zone with Backspace in the empty input, and any zone with its button', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['America/New_York', 'Europe/Vienna', 'Asia/Tokyo']} />);
    combobox().focus();
    await user.keyboard('{Backspace}');
    expect(value()).toBe('America/New_York,Europe/Vienna');
    await user.click(screen.getByRole('button', { name: 'Remove New York (America/New_York)' }));
    expect(value()).toBe('Europe/Vienna');
    expect(document.activeElement).toBe(combobox());
    expect(screen.getByRole('status').textContent).toBe('New York (America/New_York) removed.');
  });

  it('is named by its outside label, or on its own without an id', () => {
    render(<TimeZonePicker value={[]} onChange={() => undefined} max={4} />);
    expect(screen.getByRole('combobox', { name: 'Add a time zone' })).toBeTruthy();
  });
});

describe('time-zone search', () => {
  it('ranks the city first and ignores accents and underscores', () => {
    expect(searchZones('sao paulo')[0]?.id).toBe('America/Sao_Paulo');
    expect(searchZones('São Pa')[0]?.id).toBe('America/Sao_Paulo');
    expect(searchZones('kiev')[0]?.id).toBe('Europe/Kyiv');
    expect(searchZones('calcutta')[0]?.id).toBe('Asia/Kolkata');
  });

  it('treats old and current names of a zone as the same zone', () => {
    expect(sameZone('Asia/Calcutta', 'Asia/Kolkata')).toBe(true);
    expect(sameZone('Europe/Vienna', 'Europe/Berlin')).toBe(false);
  });
});

describe('offsets on the pack’s dates (issue 11, §4)', () => {
  it('shows New York at UTC−4 for July seminars and UTC−5 for January ones, whatever today is', () => {
    const { rerender } = render(
      <TimeZonePicker
        value={['America/New_York']}
        max={4}
        onChange={() => undefined}
        offsetsAt={['2020-07-07T08:00:00Z']}
      />,
    );
    expect(screen.getByText('UTC−4')).toBeTruthy();
    rerender(
      <TimeZonePicker
        value={['America/New_York']}
        max={4}
        onChange={() => undefined}
        offsetsAt={['2021-01-12T08:00:00Z']}
      />,
    );
    expect(screen.getByText('UTC−5')).toBeTruthy();
    // Seminars on both sides of a change of clocks: both offsets, each once.
    rerender(
      <TimeZonePicker
        value={['America/New_York']}
        max={4}
        onChange={() => undefined}
        offsetsAt={['2020-07-07T08:00:00Z', '2020-07-09T08:00:00Z', '2020-12-01T08:00:00Z']}
      />,
    );
    expect(screen.getByText('UTC−4 / UTC−5')).toBeTruthy();
  });
});
