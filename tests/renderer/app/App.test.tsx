// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { RECOVERY_DELAY_MS } from '../../../src/renderer/src/hooks/useDocumentSync';
import { createFakeApi } from '../helpers/fake-api';
import { opened, samplePack } from '../helpers/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function startApp(fake = createFakeApi()) {
  const user = userEvent.setup();
  render(<App api={fake.api} />);
  await screen.findByRole('grid');
  return { user, fake };
}

const titleField = () => screen.getByLabelText('Title') as HTMLInputElement;
const header = () => document.querySelector<HTMLElement>('.app-header')!;

describe('App start-up', () => {
  it('reads the settings, starts a new pack and tells main the document state', async () => {
    const { fake } = await startApp();
    expect(fake.calls.map(([method]) => method).slice(0, 3)).toEqual(['getSettings', 'listRecovery', 'newPack']);
    expect(within(header()).getByRole('heading', { level: 1 }).textContent).toBe(
      'Cybercrime and criminal justice in cyberspace',
    );
    await waitFor(() =>
      expect(fake.callsOf('setDocumentState')).toContainEqual({
        displayName: 'Untitled',
        dirty: false,
        filePath: null,
      }),
    );
    expect(screen.getByRole('tab', { name: 'Pack', selected: true })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Preview' })).toBeTruthy();
  });

  it('uses the interface language from the settings, or the system language, on <html lang> too', async () => {
    const fake = createFakeApi({
      getSettings: () => ({
        ok: true,
        data: {
          interfaceLanguage: null,
          defaultMarking: 'OFFICIAL',
          defaultTimeZones: [],
          defaultPaper: 'a4',
          systemLocale: 'es-419',
        },
      }),
    });
    await startApp(fake);
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    expect(await screen.findByRole('button', { name: 'Guardar' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Catálogo' })).toBeTruthy();
  });

  it('offers to restore unsaved work from last time before starting a new pack', async () => {
    const restored = samplePack({ title: 'Recovered briefing' });
    const fake = createFakeApi({
      listRecovery: () => ({
        ok: true,
        data: [
          {
            id: 'r1',
            displayName: 'vienna.briefpack',
            title: '',
            filePath: '/p/vienna.briefpack',
            savedAt: '2020-06-01T09:00:00Z',
            newerThanFile: true,
          },
        ],
      }),
      restoreRecovery: () => ({ ok: true, data: opened(restored, '/p/vienna.briefpack', 'vienna.briefpack') }),
    });
    const user = userEvent.setup();
    render(<App api={fake.api} />);
    const prompt = await screen.findByRole('dialog', { name: 'Recover unsaved work' });
    expect(fake.callsOf('newPack')).toHaveLength(0);
    await user.click(within(prompt).getByRole('button', { name: 'Restore vienna.briefpack' }));
    await screen.findByRole('grid');
    expect(fake.callsOf('newPack')).toHaveLength(0);
    expect(titleField().value).toBe('Recovered briefing');
    // Not in its file yet: marked unsaved, and saved back to where it came from.
    expect(fake.callsOf('restoreRecovery')).toEqual([{ id: 'r1' }]);
    expect(within(header()).getByRole('img', { name: 'Unsaved changes' })).toBeTruthy();
    expect(within(header()).getByText('vienna.briefpack')).toBeTruthy();
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(fake.callsOf('savePack')[0]).toMatchObject({ filePath: '/p/vienna.briefpack' }));
  });

  it('starts a new pack when the recovery prompt is dismissed', async () => {
    const fake = createFakeApi({
      listRecovery: () => ({
        ok: true,
        data: [
          {
            id: 'r1',
            displayName: 'Untitled',
            title: '',
            filePath: null,
            savedAt: '2020-06-01T09:00:00Z',
            newerThanFile: true,
          },
        ],
      }),
    });
    const user = userEvent.setup();
    render(<App api={fake.api} />);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await screen.findByRole('grid');
    expect(fake.callsOf('newPack')).toHaveLength(1);
  });

  it('shows a start-up error in plain words with a way to try again', async () => {
    let attempts = 0;
    const fake = createFakeApi({
      newPack: () =>
        attempts++ === 0
          ? {
              ok: false,
              code: 'invalid-file',
              file: 'builtin.catalogue.json',
              reason: 'not-json',
              message: "builtin.catalogue.json is not valid JSON: Expected property name or '}' in JSON at position 2.",
            }
          : { ok: true, data: opened(samplePack()) },
    });
    const user = userEvent.setup();
    render(<App api={fake.api} />);
    const alert = await screen.findByText('A new pack could not be started.');
    // The file and the problem in plain words, never the parser's message.
    const text = alert.closest('[role="alert"]')!.textContent;
    expect(text).toContain('builtin.catalogue.json is damaged or is not a file of this app, so it could not be read.');
    expect(text).not.toContain('position 2');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('grid');
  });
});

describe('a new pack (issue 11, §4)', () => {
  it('clears a message about the last pack (“Vienna (Europe/Vienna) added.”) on New', async () => {
    const { user } = await startApp();
    await user.type(screen.getByRole('combobox', { name: /Time zones/ }), 'Vienna');
    await user.keyboard('{Enter}');
    expect(screen.getByText('Vienna (Europe/Vienna) added.')).toBeTruthy();
    await user.click(within(header()).getByRole('button', { name: 'New' }));
    await user.click(await screen.findByRole('button', { name: 'Don’t save' }));
    await waitFor(() => expect(screen.queryByText('Vienna (Europe/Vienna) added.')).toBeNull());
  });
});

describe('moving between the panes by keyboard (issue 11, §4)', () => {
  it('F6 and Shift+F6 move the focus to the next and previous pane, naming it; skip links do the same', async () => {
    const { user } = await startApp();
    const heading = (name: string) => screen.getByRole('heading', { level: 2, name });
    await user.keyboard('{F6}');
    expect(document.activeElement).toBe(heading('Catalogue'));
    await user.keyboard('{F6}');
    expect(document.activeElement).toBe(heading('Your pack'));
    await user.keyboard('{F6}');
    expect(document.activeElement).toBe(heading('Preview'));
    await user.keyboard('{F6}');
    expect(document.activeElement).toBe(heading('Catalogue'));
    await user.keyboard('{Shift>}{F6}{/Shift}');
    expect(document.activeElement).toBe(heading('Preview'));
    await user.click(screen.getByRole('link', { name: 'Go to Your pack (F6)' }));
    expect(document.activeElement).toBe(heading('Your pack'));
  });
});

describe('unsaved changes', () => {
  it('asks Save / Don’t save / Cancel before New, and Cancel keeps everything', async () => {
    const { user, fake } = await startApp();
    await user.clear(titleField());
    await user.type(titleField(), 'My briefing');
    expect(within(header()).getByRole('img', { name: 'Unsaved changes' })).toBeTruthy();
    await user.click(within(header()).getByRole('button', { name: 'New' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the changes to “My briefing”?' });
    // Focus is in the dialog, on Save.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Save' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsOf('newPack')).toHaveLength(1);
    expect(titleField().value).toBe('My briefing');
  });

  it('Don’t save replaces the pack; Escape is Cancel', async () => {
    const { user, fake } = await startApp();
    await user.type(titleField(), ' (draft)');
    await user.click(within(header()).getByRole('button', { name: 'New' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(within(header()).getByRole('button', { name: 'New' }));
    await user.click(await screen.findByRole('button', { name: 'Don’t save' }));
    await waitFor(() => expect(fake.callsOf('newPack')).toHaveLength(2));
    await waitFor(() => expect(titleField().value).toBe('Cybercrime and criminal justice in cyberspace'));
    expect(within(header()).queryByRole('img', { name: 'Unsaved changes' })).toBeNull();
  });

  it('Save saves first, then opens the other pack (Ctrl+O)', async () => {
    const other = samplePack({ title: 'Other pack' });
    const fake = createFakeApi({
      openPack: () => ({ ok: true, data: opened(other, '/p/other.briefpack', 'other.briefpack') }),
    });
    const { user } = await startApp(fake);
    await user.type(titleField(), '!');
    await user.keyboard('{Control>}o{/Control}');
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(titleField().value).toBe('Other pack'));
    expect(fake.callsOf('savePack')).toHaveLength(1);
    expect(fake.callsOf('savePack')[0]!.pack.title).toBe('Cybercrime and criminal justice in cyberspace!');
    expect(fake.callsOf('openPack')).toEqual([{}]);
    expect(within(header()).getByText('other.briefpack')).toBeTruthy();
  });

  it('uses the open catalogue again for a pack of the same catalogue, and asks main for another one', async () => {
    let next = samplePack({ title: 'Same catalogue' });
    const fake = createFakeApi({
      openPack: () => ({ ok: true, data: opened(next, '/p/next.briefpack', 'next.briefpack') }),
    });
    const { user } = await startApp(fake);
    expect(fake.callsOf('getCatalogue')).toEqual([{}]);
    await user.click(within(header()).getByRole('button', { name: 'Open…' }));
    await waitFor(() => expect(titleField().value).toBe('Same catalogue'));
    expect(fake.callsOf('getCatalogue')).toEqual([{}]);

    const imported = samplePack({ title: 'Imported catalogue' });
    next = {
      ...imported,
      programme: { ...imported.programme, source: { ...imported.programme.source, catalogueId: 'imported-abc123' } },
    };
    await user.click(within(header()).getByRole('button', { name: 'Open…' }));
    await waitFor(() => expect(titleField().value).toBe('Imported catalogue'));
    expect(fake.callsOf('getCatalogue')).toEqual([{}, { catalogueId: 'imported-abc123' }]);
  });

  it('does not ask when nothing changed', async () => {
    const { user, fake } = await startApp();
    await user.click(within(header()).getByRole('button', { name: 'New' }));
    await waitFor(() => expect(fake.callsOf('newPack')).toHaveLength(2));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('saving, errors and commands', () => {
  it('saves with Ctrl+S, clears the dirty dot and drops the recovery copy', async () => {
    const { user, fake } = await startApp();
    await user.type(titleField(), ' 2020');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(within(header()).queryByRole('img', { name: 'Unsaved changes' })).toBeNull());
    expect(fake.callsOf('savePack')[0]).toMatchObject({ filePath: null, saveAs: false });
    expect(fake.callsOf('discardRecovery')).toEqual([{}]);
    expect(within(header()).getByText('pack.briefpack')).toBeTruthy();
    await waitFor(() =>
      expect(fake.callsOf('setDocumentState').at(-1)).toEqual({
        displayName: 'pack.briefpack',
        dirty: false,
        filePath: '/home/officer/pack.briefpack',
      }),
    );
    await user.keyboard('{Control>}{Shift>}s{/Shift}{/Control}');
    await waitFor(() => expect(fake.callsOf('savePack')).toHaveLength(2));
    expect(fake.callsOf('savePack')[1]).toMatchObject({ filePath: '/home/officer/pack.briefpack', saveAs: true });
  });

  it('shows a save error in a dismissible alert and keeps what was typed', async () => {
    const fake = createFakeApi({
      savePack: () => ({
        ok: false,
        code: 'write-failed',
        file: 'brief.briefpack',
        reason: 'disk-full',
        message: 'brief.briefpack could not be saved in /home/officer: the disk is full. Your changes are still open.',
      }),
    });
    const { user } = await startApp(fake);
    await user.clear(titleField());
    await user.type(titleField(), 'Do not lose me');
    await user.click(within(header()).getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert', { name: 'Problems' });
    await waitFor(() => expect(alert.textContent).toContain('brief.briefpack could not be written: the disk is full.'));
    expect(alert.textContent).not.toContain('/home/officer');
    expect(alert.textContent).toContain('The pack could not be saved.');
    expect(titleField().value).toBe('Do not lose me');
    expect(within(header()).getByRole('img', { name: 'Unsaved changes' })).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(alert.textContent).toBe('');
  });

  it('runs menu commands from the main process', async () => {
    const { fake } = await startApp();
    act(() => fake.sendMenuCommand({ command: 'openRecent', filePath: '/p/recent.briefpack' }));
    await waitFor(() => expect(fake.callsOf('openPack')).toEqual([{ filePath: '/p/recent.briefpack' }]));
    act(() => fake.sendMenuCommand({ command: 'about' }));
    expect(await screen.findByRole('dialog', { name: 'About Briefing Pack Builder' })).toBeTruthy();
  });

  it('opens the export dialog with Ctrl+E', async () => {
    const { user } = await startApp();
    await user.keyboard('{Control>}e{/Control}');
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });

  it('undoes and redoes from the header', async () => {
    const { user } = await startApp();
    await user.click(screen.getByRole('checkbox', { name: 'Speaker index' }));
    await user.click(within(header()).getByRole('button', { name: 'Undo' }));
    expect((screen.getByRole('checkbox', { name: 'Speaker index' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(header()).getByRole('button', { name: 'Redo' }));
    expect((screen.getByRole('checkbox', { name: 'Speaker index' }) as HTMLInputElement).checked).toBe(false);
  });

  it('writes a recovery copy a few seconds after the last edit, once', async () => {
    const { fake } = await startApp();
    vi.useFakeTimers();
    fireEvent.change(titleField(), { target: { value: 'A' } });
    act(() => vi.advanceTimersByTime(RECOVERY_DELAY_MS - 500));
    fireEvent.change(titleField(), { target: { value: 'AB' } });
    act(() => vi.advanceTimersByTime(RECOVERY_DELAY_MS - 500));
    expect(fake.callsOf('writeRecovery')).toHaveLength(0);
    act(() => vi.advanceTimersByTime(600));
    expect(fake.callsOf('writeRecovery')).toHaveLength(1);
    expect(fake.callsOf('writeRecovery')[0]).toMatchObject({ displayName: 'Untitled', filePath: null });
    expect(fake.callsOf('writeRecovery')[0]!.pack.title).toBe('AB');
  });

  it('adds a seminar from the catalogue to the pack list, and the page shows it in the pack pane', async () => {
    const fake = createFakeApi({ newPack: () => ({ ok: true, data: opened(samplePack({ seminarIds: [] })) }) });
    const { user } = await startApp(fake);
    await user.click(screen.getByRole('button', { name: 'Add “Seminar with Asia-Pacific countries” to the pack' }));
    const list = screen.getByRole('list', { name: 'Seminars in pack order' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });
});

describe('App: the catalogue editor', () => {
  it('opens from the menu: the list of catalogues for the built-in one, which cannot be edited', async () => {
    const { fake } = await startApp();
    act(() => fake.sendMenuCommand({ command: 'editCatalogue' }));
    const manager = await screen.findByRole('dialog', { name: 'Catalogues' });
    expect(manager.textContent).toMatch(/cannot be changed/);
    // The app's own shortcuts wait while it is open.
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    expect(fake.callsOf('savePack')).toHaveLength(0);
  });

  it('opens the open pack’s catalogue for editing from the catalogue pane; closing gives its lock up', async () => {
    const imported = { id: 'imported-abc123', title: 'Imported', source: 'imported' as const, seminarCount: 3 };
    const fake = createFakeApi({
      newPack: () => ({
        ok: true,
        data: opened({
          ...samplePack(),
          programme: {
            ...samplePack().programme,
            source: { catalogueId: imported.id, title: 'Imported', contentHash: '' },
          },
        }),
      }),
      listCatalogues: () => ({ ok: true, data: [imported] }),
    });
    const { user } = await startApp(fake);
    await user.click(screen.getByRole('button', { name: 'Edit catalogue…' }));
    const editor = await screen.findByRole('dialog', { name: /Edit catalogue/ });
    expect(fake.callsOf('openCatalogueEditor')).toEqual([{ catalogueId: imported.id }]);
    await user.type(within(editor).getByRole('textbox', { name: 'Venue or online platform' }), 'Geneva');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('saveCatalogue')).toHaveLength(1));
    await user.click(within(editor).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Edit catalogue/ })).toBeNull());
    expect(fake.callsOf('closeCatalogueEditor')).toEqual([{ catalogueId: imported.id, discardDraft: true }]);
  });
});
