// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useReducer } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../../../src/shared/pack/schema';
import { CataloguePane } from '../../../../src/renderer/src/features/catalogue/CataloguePane';
import { type OpenDocument, packStoreReducer } from '../../../../src/renderer/src/state/pack-store';
import { createFakeApi } from '../../helpers/fake-api';
import { SEMINAR_FR, loadedDocument } from '../../helpers/fixtures';
import { renderWithApp } from '../../helpers/render';

afterEach(cleanup);

let latest: OpenDocument | null = null;

function Harness({ initial, onSwitch }: { initial: OpenDocument; onSwitch?: (id: string | undefined) => void }) {
  const [document, dispatch] = useReducer(packStoreReducer, initial);
  useEffect(() => {
    latest = document;
  });
  return <CataloguePane document={document!} dispatch={dispatch} onSwitchCatalogue={onSwitch ?? (() => undefined)} />;
}

function setup(pack: Partial<Pack> = {}, options: Parameters<typeof renderWithApp>[1] = {}) {
  const user = userEvent.setup();
  const onSwitch = vi.fn();
  renderWithApp(<Harness initial={loadedDocument(pack)} onSwitch={onSwitch} />, options);
  return { user, onSwitch };
}

const rows = () => screen.getAllByRole('row');
const rowTitled = (title: RegExp) => rows().find((row) => within(row).queryByRole('heading', { name: title }))!;

describe('CataloguePane', () => {
  it('lists each seminar with its date, UTC time, time in the first chosen zone, language, chair and TBC badges', () => {
    setup({ seminarIds: [], timeZones: ['America/New_York', 'Europe/Vienna'] });
    const grid = screen.getByRole('grid', { name: 'Seminars in the catalogue' });
    expect(within(grid).getAllByRole('row')).toHaveLength(3);
    const asia = rowTitled(/Asia-Pacific/);
    expect(asia.textContent).toMatch(/Wednesday,? 24 June 2020/);
    expect(asia.textContent).toContain('07:00–08:45 UTC');
    expect(asia.textContent).toContain('03:00–04:45 New York (UTC−4)');
    expect(asia.textContent).toContain('English');
    expect(asia.textContent).toContain('Chair: Patryk PAWLAK, Brussels Executive Officer, EUISS');
    const spanish = rowTitled(/Ciberdelincuencia/);
    expect(within(spanish).getAllByText('TBC')).toHaveLength(2);
    expect(spanish.textContent).toContain('Spanish');
  });

  it('adds and removes the focused seminar with Enter and Space, moving with the arrow keys', async () => {
    const { user } = setup({ seminarIds: [] });
    const cells = screen.getAllByRole('gridcell');
    // One tab stop for the whole grid: the first seminar's details.
    expect(cells[0]!.tabIndex).toBe(0);
    expect(cells[2]!.tabIndex).toBe(-1);
    cells[0]!.focus();
    await user.keyboard('{ArrowDown}');
    const french = rowTitled(/francophones/);
    expect(within(french).getAllByRole('gridcell')[0]).toBe(document.activeElement);
    await user.keyboard('{Enter}');
    expect(latest!.pack.seminarIds).toEqual([SEMINAR_FR]);
    expect(french.getAttribute('aria-selected')).toBe('true');
    expect(within(french).getByRole('button', { name: /Remove “Seminaire dédié/ })).toBeTruthy();
    expect(
      screen.getByText('“Seminaire dédié aux pays francophones du continent africain” added to the pack.'),
    ).toBeTruthy();
    await user.keyboard(' ');
    expect(latest!.pack.seminarIds).toEqual([]);
    expect(french.getAttribute('aria-selected')).toBe('false');
    // End, then Right to the button, which toggles with Enter too.
    await user.keyboard('{End}{ArrowRight}');
    const spanishButton = within(rowTitled(/Ciberdelincuencia/)).getByRole('button');
    expect(spanishButton).toBe(document.activeElement);
    await user.keyboard('{Enter}');
    expect(latest!.pack.seminarIds).toEqual(['2020-07-22-spanish']);
    await user.keyboard('{Home}');
    expect(within(rowTitled(/Asia-Pacific/)).getByRole('button')).toBe(document.activeElement);
  });

  it('adds with the mouse through the Add button', async () => {
    const { user } = setup({ seminarIds: [] });
    await user.click(screen.getByRole('button', { name: 'Add “Seminar with Asia-Pacific countries” to the pack' }));
    expect(latest!.pack.seminarIds).toEqual(['2020-06-24-asia-pacific']);
    expect(
      screen.getByRole('button', { name: 'Remove “Seminar with Asia-Pacific countries” from the pack' }),
    ).toBeTruthy();
  });

  it('narrows the list with the search, language, date and topic filters, with an empty state', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'séger');
    expect(rows()).toHaveLength(2);
    expect(screen.getByText('2 of 3 seminars shown')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'English' }));
    expect(rows()).toHaveLength(1);
    expect(rowTitled(/francophones/)).toBeTruthy();
    const from = screen.getByRole('group', { name: 'From' });
    await user.type(within(from).getByRole('textbox', { name: 'Day' }), '10');
    await user.selectOptions(within(from).getByRole('combobox', { name: 'Month' }), 'July');
    await user.type(within(from).getByRole('textbox', { name: 'Year' }), '2020');
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByText(/No seminar matches these filters/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rows()).toHaveLength(3);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'International cooperation');
    expect(rows()).toHaveLength(2);
  });

  it('speaks the interface language: dates, labels and buttons', () => {
    setup({ seminarIds: [] }, { language: 'fr' });
    const french = rowTitled(/francophones/);
    expect(french.textContent).toContain('jeudi 9 juillet 2020');
    expect(french.textContent).toContain('français');
    expect(within(french).getByRole('button', { name: /^Ajouter « Seminaire dédié/ })).toBeTruthy();
    expect(within(rowTitled(/Ciberdelincuencia/)).getAllByText('à confirmer')).toHaveLength(2);
  });

  it('imports a programme: shows its warnings with line numbers, keeps it, then offers a new pack from it', async () => {
    const fake = createFakeApi({
      listCatalogues: () => ({
        ok: true,
        data: [{ id: 'builtin', title: 'Cybercrime series', source: 'builtin', seminarCount: 3 }],
      }),
      previewCatalogueImport: () => ({
        ok: true,
        data: {
          token: 'tok-1',
          fileName: 'programme.txt',
          title: 'Vienna workshop',
          seminarCount: 2,
          peopleCount: 9,
          topicCount: 3,
          warnings: [{ line: 12, text: 'Chair: ???', message: 'no name found for the chair' }],
          questions: [],
        },
      }),
      keepCatalogueImport: () => ({
        ok: true,
        data: { id: 'imported-7', title: 'Vienna workshop', source: 'imported', seminarCount: 2 },
      }),
    });
    const { user, onSwitch } = setup({}, { api: fake.api });
    await user.click(screen.getByRole('button', { name: 'Import programme…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import “programme.txt”' });
    expect(dialog.textContent).toContain('Line 12: no name found for the chair');
    expect(dialog.textContent).toContain('“Vienna workshop”: 2 seminars, 9 people, 3 topics.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));
    expect(fake.callsOf('keepCatalogueImport')).toEqual([{ token: 'tok-1' }]);
    expect(await screen.findByText('“Vienna workshop” was added to your catalogues.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start a new pack with it' }));
    expect(onSwitch).toHaveBeenCalledWith('imported-7');
  });

  it('asks which zone an ambiguous abbreviation means, and keeps only once every question is answered', async () => {
    const fake = createFakeApi({
      previewCatalogueImport: () => ({
        ok: true,
        data: {
          token: 'tok-2',
          fileName: 'webinars.txt',
          title: 'Webinars',
          seminarCount: 2,
          peopleCount: 4,
          topicCount: 2,
          warnings: [{ line: 0, text: 'webinars.txt', message: 'the file is not in UTF-8' }],
          questions: [
            {
              kind: 'time-zone' as const,
              id: 'IST',
              line: 13,
              text: 'Hora: 9:00 – 10:00 IST',
              choices: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
            },
          ],
        },
      }),
      keepCatalogueImport: () => ({
        ok: true,
        data: { id: 'imported-8', title: 'Webinars', source: 'imported', seminarCount: 2 },
      }),
    });
    const { user } = setup({}, { api: fake.api });
    await user.click(screen.getByRole('button', { name: 'Import programme…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import “webinars.txt”' });
    expect(dialog.textContent).toContain('The file: the file is not in UTF-8');
    const question = within(dialog).getByRole('group', { name: /Line 13: “IST” is used for more than one time zone/ });
    const keep = within(dialog).getByRole('button', { name: 'Keep' }) as HTMLButtonElement;
    expect(keep.disabled).toBe(true);
    expect(dialog.textContent).toContain('(1 left)');
    await user.click(within(question).getByRole('radio', { name: 'Dublin (Europe/Dublin)' }));
    expect(keep.disabled).toBe(false);
    await user.click(keep);
    expect(fake.callsOf('keepCatalogueImport')).toEqual([{ token: 'tok-2', zoneAnswers: { IST: 'Europe/Dublin' } }]);
  });

  it('discards an import with Escape without keeping it', async () => {
    const fake = createFakeApi({
      previewCatalogueImport: () => ({
        ok: true,
        data: {
          token: 't',
          fileName: 'p.txt',
          title: 'P',
          seminarCount: 1,
          peopleCount: 1,
          topicCount: 1,
          warnings: [],
          questions: [],
        },
      }),
    });
    const { user } = setup({}, { api: fake.api });
    await user.click(screen.getByRole('button', { name: 'Import programme…' }));
    await screen.findByRole('dialog');
    expect(screen.getByText('The programme was read without problems.')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('keepCatalogueImport')).toEqual([]);
  });

  it('reports an import error in plain words', async () => {
    const report = vi.fn();
    const fake = createFakeApi({
      previewCatalogueImport: () => ({
        ok: false,
        code: 'invalid-file',
        file: 'agenda.txt',
        message: 'agenda.txt: The file is not programme text.',
      }),
    });
    const { user } = setup({}, { api: fake.api, report });
    await user.click(screen.getByRole('button', { name: 'Import programme…' }));
    await waitFor(() =>
      expect(report).toHaveBeenCalledWith(
        'The programme could not be imported.',
        expect.objectContaining({ code: 'invalid-file', file: 'agenda.txt' }),
      ),
    );
  });

  it('switching the catalogue asks the app for a new pack of it', async () => {
    const fake = createFakeApi({
      listCatalogues: () => ({
        ok: true,
        data: [
          { id: 'builtin', title: 'Cybercrime series', source: 'builtin', seminarCount: 3 },
          { id: 'imported-2', title: 'Vienna workshop', source: 'imported', seminarCount: 2 },
        ],
      }),
    });
    const { user, onSwitch } = setup({}, { api: fake.api });
    const select = screen.getByRole('combobox', { name: 'Catalogue' });
    await screen.findByRole('option', { name: 'Imported: Vienna workshop' });
    await user.selectOptions(select, 'Imported: Vienna workshop');
    expect(onSwitch).toHaveBeenCalledWith('imported-2');
  });
});
