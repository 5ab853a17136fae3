// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CatalogueEditorHost } from '../../../../src/renderer/src/features/catalogue-editor';
import type { EditorTarget } from '../../../../src/renderer/src/hooks/useCatalogueEditor';
import type { Catalogue } from '../../../../src/shared/catalogue/schema';
import { createFakeApi } from '../../helpers/fake-api';
import { smallCatalogue } from '../../helpers/fixtures';
import { renderWithApp } from '../../helpers/render';

function renderHost(
  target: EditorTarget,
  overrides: Parameters<typeof createFakeApi>[0] = {},
  language: 'en' | 'fr' = 'en',
) {
  const fake = createFakeApi(overrides);
  const onChanged = vi.fn();
  const onTarget = vi.fn();
  renderWithApp(
    <CatalogueEditorHost target={target} packZones={['America/New_York']} onChanged={onChanged} onTarget={onTarget} />,
    { api: fake.api, language },
  );
  return { fake, onChanged, onTarget };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What a screen reader says about the focused control: its aria-label, or its label's text. */
const focusedName = () => {
  const element = document.activeElement as HTMLElement | null;
  if (!element) return '';
  const label = element.getAttribute('aria-label');
  if (label) return label;
  return element.id ? (document.querySelector(`label[for="${element.id}"]`)?.textContent ?? '') : element.textContent;
};
const descriptionOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

const saved = (fake: ReturnType<typeof createFakeApi>) => fake.callsOf('saveCatalogue').at(-1)!.catalogue as Catalogue;

afterEach(cleanup);

describe('catalogue editor', () => {
  it('edits a seminar title and its time typed in a zone, shows UTC and the pack zones, and saves', async () => {
    const user = userEvent.setup();
    const { fake, onChanged } = renderHost({ kind: 'edit', catalogueId: 'imported-abc123' });
    const dialog = await screen.findByRole('dialog', { name: /Edit catalogue/ });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Corrected seminar');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Times typed in' }), 'Europe/Vienna');
    const start = within(dialog).getByLabelText('Start');
    fireEvent.change(start, { target: { value: '10:00' } });
    expect(within(dialog).getByText(/In UTC:/).textContent).toMatch(/08:00–/);
    expect(within(dialog).getByText(/In UTC:/).textContent).toMatch(/New York \(UTC−4\): 04:00–/);
    expect(within(dialog).getByRole('status').textContent).toMatch(new RegExp(escape('Unsaved changes.')));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('saveCatalogue')).toHaveLength(1));
    const catalogue = saved(fake);
    expect(catalogue.seminars[0]).toMatchObject({ title: 'Corrected seminar', start: '2020-06-24T08:00:00Z' });
    expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ kind: 'saved' }));
    expect(within(dialog).getByRole('status').textContent).toMatch(new RegExp(escape('All changes saved.')));
  });

  it('shows a problem beside the field in plain words and does not save until it is corrected', async () => {
    const user = userEvent.setup();
    const { fake } = renderHost({ kind: 'edit', catalogueId: 'imported-abc123' });
    const dialog = await screen.findByRole('dialog', { name: /Edit catalogue/ });
    fireEvent.change(within(dialog).getByLabelText('End'), { target: { value: '06:00' } });
    const end = within(dialog).getByLabelText('End');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(end)).toBe('End time is before the start time.');
    expect(dialog.textContent).not.toMatch(/seminars\[/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(fake.callsOf('saveCatalogue')).toHaveLength(0);
    expect(within(dialog).getAllByText(/Correct the problems shown beside the fields/).length).toBeGreaterThan(0);
    // Undo (outside a text field) takes the mistake back.
    await user.click(within(dialog).getByRole('button', { name: 'Undo' }));
    expect(within(dialog).getByLabelText('End').getAttribute('aria-invalid')).toBeNull();
  });

  it('adds a session and a new speaker by keyboard, keeping focus where the work goes on', async () => {
    const user = userEvent.setup();
    const { fake } = renderHost({ kind: 'edit', catalogueId: 'imported-abc123' });
    const dialog = await screen.findByRole('dialog', { name: /Edit catalogue/ });
    const sessionsBefore = smallCatalogue().seminars[0]!.sessions.length;
    await user.click(within(dialog).getByRole('button', { name: 'Add a session' }));
    const titles = within(dialog).getAllByRole('textbox', { name: 'Title as written' });
    expect(titles).toHaveLength(sessionsBefore + 1);
    expect(document.activeElement).toBe(titles.at(-1));
    const pickers = within(dialog).getAllByRole('combobox', { name: 'Person to add' });
    await user.selectOptions(pickers.at(-1)!, 'A new person…');
    await user.type(within(dialog).getAllByRole('textbox', { name: 'Given name' }).at(-1)!, 'Ana');
    await user.type(within(dialog).getAllByRole('textbox', { name: 'Family name' }).at(-1)!, 'GARCÍA{Enter}');
    expect(focusedName()).toBe('Role (as written)');
    await user.keyboard('Judge');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(fake.callsOf('saveCatalogue')).toHaveLength(1));
    const session = saved(fake).seminars[0]!.sessions.at(-1)!;
    expect(session.speakers).toEqual([{ personId: 'ana-garcia', role: 'Judge', tbc: false }]);
  });

  it('reorders seminars with the move buttons, focus following the moved one', async () => {
    const user = userEvent.setup();
    renderHost({ kind: 'edit', catalogueId: 'imported-abc123' });
    const dialog = await screen.findByRole('dialog', { name: /Edit catalogue/ });
    const list = within(dialog).getByRole('list', { name: 'Seminars in this catalogue' });
    const firstTitle = smallCatalogue().seminars[0]!.title;
    await user.click(within(list).getByRole('button', { name: `Move “${firstTitle}” down` }));
    expect(within(list).getAllByRole('listitem')[1]!.textContent).toContain(firstTitle);
    expect(focusedName()).toBe(`Move “${firstTitle}” down`);
  });

  it('points out likely duplicates and merges them', async () => {
    const user = userEvent.setup();
    const catalogue = smallCatalogue();
    const twin = {
      ...catalogue.people[0]!,
      id: 'twin',
      givenName: `${catalogue.people[0]!.givenName}e`,
      bio: { fr: 'Bio FR' },
    };
    const { fake } = renderHost(
      { kind: 'edit', catalogueId: 'imported-abc123' },
      {
        openCatalogueEditor: () => ({
          ok: true,
          data: {
            entry: { id: 'imported-abc123', title: 'T', source: 'imported', seminarCount: 3 },
            catalogue: { ...catalogue, people: [...catalogue.people, twin] },
          },
        }),
      },
    );
    const dialog = await screen.findByRole('dialog', { name: /Edit catalogue/ });
    await user.click(within(dialog).getByRole('tab', { name: 'People' }));
    const duplicates = within(dialog).getByRole('region', { name: 'Perhaps the same person' });
    const keepName = `${catalogue.people[0]!.givenName} ${catalogue.people[0]!.familyName}`;
    await user.click(within(duplicates).getByRole('button', { name: `Merge into “${keepName}”` }));
    expect(within(dialog).queryByRole('region', { name: 'Perhaps the same person' })).toBeNull();
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(fake.callsOf('saveCatalogue')).toHaveLength(1));
    const people = saved(fake).people;
    expect(people.find((person) => person.id === 'twin')).toBeUndefined();
    expect(people.find((person) => person.id === catalogue.people[0]!.id)!.bio.fr).toBe('Bio FR');
  });

  it('asks before closing with unsaved changes, and discards the draft on "Don’t save"', async () => {
    const user = userEvent.setup();
    const { fake, onTarget } = renderHost({ kind: 'edit', catalogueId: 'imported-abc123' });
    const dialog = await screen.findByRole('dialog', { name: /Edit catalogue/ });
    await user.type(within(dialog).getByRole('textbox', { name: 'Venue or online platform' }), 'Vienna');
    await user.keyboard('{Escape}');
    const question = await screen.findByRole('dialog', { name: /Save the changes/ });
    await user.click(within(question).getByRole('button', { name: 'Don’t save' }));
    await waitFor(() =>
      expect(fake.callsOf('closeCatalogueEditor')).toEqual([{ catalogueId: 'imported-abc123', discardDraft: true }]),
    );
    expect(onTarget).toHaveBeenCalledWith(null);
  });

  it('writes a recovery draft a little after an edit, and offers one left by a crash', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const draft = { ...smallCatalogue(), title: 'Draft title' };
      const { fake } = renderHost(
        { kind: 'edit', catalogueId: 'imported-abc123' },
        {
          openCatalogueEditor: () => ({
            ok: true,
            data: {
              entry: { id: 'imported-abc123', title: 'T', source: 'imported', seminarCount: 3 },
              catalogue: smallCatalogue(),
              draft: { catalogue: draft, savedAt: '2020-06-01T10:00:00Z' },
            },
          }),
        },
      );
      const prompt = await screen.findByRole('dialog', { name: 'T' });
      expect(prompt.textContent).toMatch(/were not saved/);
      fireEvent.click(within(prompt).getByRole('button', { name: 'Restore them' }));
      const dialog = await screen.findByRole('dialog', { name: /Edit catalogue “Draft title”/ });
      fireEvent.change(within(dialog).getByRole('textbox', { name: 'Notes' }), { target: { value: 'Note' } });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(2_500);
      });
      expect(fake.callsOf('writeCatalogueDraft').at(-1)!.catalogue).toMatchObject({ title: 'Draft title' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens an import to correct, with each unplaced line and its number, and keeps it as corrected', async () => {
    const user = userEvent.setup();
    const preview = {
      token: 'tok',
      fileName: 'programme.txt',
      title: 'P',
      seminarCount: 3,
      peopleCount: 2,
      topicCount: 2,
      warnings: [{ line: 12, text: 'Heure : 25h00', message: 'could not read the time' }],
      questions: [],
    };
    const { fake, onChanged } = renderHost({ kind: 'import', preview, zoneAnswers: { IST: 'Asia/Kolkata' } });
    const dialog = await screen.findByRole('dialog', { name: 'Correct the import of “programme.txt”' });
    // Read with the answers given in the review.
    expect(fake.callsOf('getCatalogueImport')).toEqual([{ token: 'tok', zoneAnswers: { IST: 'Asia/Kolkata' } }]);
    expect(within(dialog).getByRole('tab', { name: 'Import notes (1)' }).getAttribute('aria-selected')).toBe('true');
    expect(dialog.textContent).toMatch(new RegExp(escape('Line 12: could not read the time')));
    await user.click(within(dialog).getByRole('tab', { name: 'Seminars' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Venue or online platform' }), 'Zoom');
    await user.click(within(dialog).getByRole('button', { name: 'Keep this catalogue' }));
    await waitFor(() => expect(fake.callsOf('keepCatalogueImport')).toHaveLength(1));
    const kept = fake.callsOf('keepCatalogueImport')[0]!;
    expect(kept.token).toBe('tok');
    expect(kept.catalogue!.seminars[0]!.venue).toBe('Zoom');
    expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ kind: 'kept' }));
  });

  it('lists catalogues, the built-in one read-only: duplicate it, then edit the copy; delete asks first', async () => {
    const user = userEvent.setup();
    const { fake, onTarget, onChanged } = renderHost(
      { kind: 'manage', focus: 'builtin' },
      {
        listCatalogues: () => ({
          ok: true,
          data: [
            { id: 'builtin', title: 'Built in', source: 'builtin', seminarCount: 5 },
            { id: 'imported-abc123', title: 'Mine', source: 'imported', seminarCount: 2 },
          ],
        }),
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Catalogues' });
    expect(dialog.textContent).toMatch(new RegExp(escape('cannot be changed')));
    expect(within(dialog).queryByRole('button', { name: 'Edit “Built in”' })).toBeNull();
    await waitFor(() => expect(focusedName()).toBe('Duplicate “Built in”'));
    await user.keyboard('{Enter}');
    const name = within(dialog).getByRole('textbox', { name: 'Name of the copy' });
    expect((name as HTMLInputElement).value).toBe('Copy of Built in');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onTarget).toHaveBeenCalledWith({ kind: 'edit', catalogueId: 'imported-copy01' }));
    expect(fake.callsOf('duplicateCatalogue')).toEqual([{ catalogueId: 'builtin', title: 'Copy of Built in' }]);

    await user.click(within(dialog).getByRole('button', { name: 'Delete “Mine”' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete “Mine”' });
    expect(confirm.textContent).toMatch(new RegExp(escape('keep working')));
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith({ kind: 'removed', catalogueId: 'imported-abc123' }));
  });

  it('speaks French', async () => {
    renderHost({ kind: 'edit', catalogueId: 'imported-abc123' }, {}, 'fr');
    const dialog = await screen.findByRole('dialog', { name: /Modifier le catalogue/ });
    expect(within(dialog).getByRole('tab', { name: 'Séminaires' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Enregistrer' })).toBeTruthy();
  });
});
