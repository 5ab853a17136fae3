// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecoveryEntry } from '../../../../src/shared/ipc/contract';
import { RecoveryPrompt, formatSavedAt } from '../../../../src/renderer/src/features/recovery/RecoveryPrompt';
import { UiLanguageContext } from '../../../../src/renderer/src/i18n';

afterEach(cleanup);

const entries: RecoveryEntry[] = [
  {
    id: 'r1',
    displayName: 'Vienna session.briefpack',
    title: '',
    filePath: '/home/officer/Vienna session.briefpack',
    savedAt: '2026-03-12T14:05:00Z',
    newerThanFile: true,
  },
  {
    id: 'r2',
    displayName: 'Untitled',
    title: '',
    filePath: null,
    savedAt: '2026-03-12T15:30:00Z',
    newerThanFile: true,
  },
  {
    id: 'r3',
    displayName: 'Old.briefpack',
    title: '',
    filePath: '/home/officer/Old.briefpack',
    savedAt: '2026-03-01T09:00:00Z',
    newerThanFile: false,
  },
];

function renderPrompt(list = entries, language: 'en' | 'fr' = 'en') {
  const handlers = { onRestore: vi.fn(), onDiscard: vi.fn(), onDismiss: vi.fn() };
  render(
    <UiLanguageContext.Provider value={language}>
      <RecoveryPrompt entries={list} {...handlers} />
    </UiLanguageContext.Provider>,
  );
  return handlers;
}

describe('RecoveryPrompt', () => {
  it('names a titled pack by its title, with its file name or “Untitled” beside it', () => {
    renderPrompt([
      { ...entries[1]!, title: 'Vienna: delegation brief' },
      { ...entries[0]!, title: 'Cyber seminars brief' },
    ]);
    expect(screen.getByRole('button', { name: /Restore.*Vienna: delegation brief/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Restore.*Cyber seminars brief/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Restore.*Untitled/ })).toBeNull();
    expect(screen.getByText('/home/officer/Vienna session.briefpack')).toBeTruthy();
  });

  it('explains in plain words and lists each recovered copy', () => {
    renderPrompt();
    const dialog = screen.getByRole('dialog', { name: 'Recover unsaved work' });
    expect(
      within(dialog).getByText('Briefing Pack Builder did not close properly. Unsaved work was recovered:'),
    ).toBeTruthy();
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('Vienna session.briefpack');
    expect(items[0]!.textContent).toContain('Newer than the saved file');
    expect(items[0]!.textContent).toContain(`Recovered copy from ${formatSavedAt(entries[0]!.savedAt, 'en-GB')}`);
    expect(items[1]!.textContent).toContain('Never saved to a file');
    expect(items[2]!.textContent).toContain('Older than the saved file');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restore Vienna session.briefpack' }));
  });

  it('restores, discards and dismisses', async () => {
    const user = userEvent.setup();
    const handlers = renderPrompt();
    await user.click(screen.getByRole('button', { name: 'Restore Untitled' }));
    expect(handlers.onRestore).toHaveBeenCalledWith('r2');
    await user.click(screen.getByRole('button', { name: 'Discard the recovered copy of Old.briefpack' }));
    expect(handlers.onDiscard).toHaveBeenCalledWith('r3');
    await user.keyboard('{Escape}');
    expect(handlers.onDismiss).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Decide later' }));
    expect(handlers.onDismiss).toHaveBeenCalledTimes(2);
  });

  it('localises the text and the time', () => {
    renderPrompt([entries[0]!], 'fr');
    expect(screen.getByRole('dialog', { name: 'Récupérer le travail non enregistré' })).toBeTruthy();
    expect(screen.getByText(/mars 2026/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Restaurer Vienna session.briefpack' })).toBeTruthy();
  });

  it('shows nothing without entries', () => {
    renderPrompt([]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
