// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../../../src/renderer/src/features/export/ExportDialog';
import type { ApiResult } from '../../../../src/shared/ipc/contract';
import { type Pack, withDocumentKind } from '../../../../src/shared/pack';
import { builtinCatalogue, defaultPack } from '../../components/fixtures';

afterEach(cleanup);

const catalogue = builtinCatalogue();
const briefing = defaultPack(catalogue, { title: 'Programme', seminarIds: ['seminar-2020-07-09'] });
const programme = withDocumentKind(briefing, 'programme');

function api() {
  return {
    exportPack: vi.fn(async (): Promise<ApiResult<'exportPack'>> => ({
      ok: true,
      data: {
        elapsedMs: 1200,
        pdf: { path: '/out/Programme.pdf', pageCount: 2, bytes: 10, bookletPages: 3 },
        ics: { path: '/out/Programme.ics', bytes: 10, events: 1 },
      },
    })),
    onExportProgress: vi.fn(() => () => undefined),
    showInFolder: vi.fn(async (): Promise<ApiResult<'showInFolder'>> => ({ ok: true, data: {} })),
  };
}

function renderDialog(pack: Pack, onKindChange = vi.fn()) {
  const fake = api();
  render(
    <ExportDialog open pack={pack} catalogue={catalogue} api={fake} onClose={vi.fn()} onKindChange={onKindChange} />,
  );
  return { fake, onKindChange };
}

describe('ExportDialog for a programme', () => {
  it('says what a programme holds, offers no edition, and switches the kind when asked', async () => {
    const user = userEvent.setup();
    const { onKindChange } = renderDialog(programme);
    screen.getByRole('dialog', { name: 'Export the programme' });
    expect(screen.getByRole('radio', { name: 'Programme' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('group', { name: 'Edition' })).toBeNull();
    expect(screen.getByText(/Title page, agenda with each session’s time/)).toBeTruthy();
    expect(screen.getByText('Each seminar in its own language')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Briefing pack' }));
    expect(onKindChange).toHaveBeenCalledWith('briefing');
  });

  it('offers the calendar and schedule files beside PDF and DOCX, and exports only those asked for', async () => {
    const user = userEvent.setup();
    const { fake } = renderDialog(programme);
    const calendar = screen.getByRole('group', { name: 'Calendar and schedule' });
    await user.click(within(calendar).getByRole('checkbox', { name: 'Calendar (iCalendar, .ics)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Word document (DOCX), to edit' }));
    expect(screen.getByText('“Programme.pdf”, “Programme.ics”, side by side in the folder you choose')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(fake.exportPack).toHaveBeenCalledWith(expect.objectContaining({ formats: ['pdf', 'ics'] }));
    expect(await screen.findByText('PDF, A5 booklet of 3 pages on 2 A4 sides')).toBeTruthy();
    expect(screen.getByText('Calendar (iCalendar), 1 event')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show in folder (Calendar (iCalendar), 1 event)' }));
    expect(fake.showInFolder).toHaveBeenCalledWith({ filePath: '/out/Programme.ics' });
  });

  it('exports a calendar alone once a seminar is chosen, and says why not before', async () => {
    const user = userEvent.setup();
    renderDialog({ ...programme, seminarIds: [] });
    await user.click(screen.getByRole('checkbox', { name: 'PDF, to print' }));
    await user.click(screen.getByRole('checkbox', { name: 'Word document (DOCX), to edit' }));
    await user.click(screen.getByRole('checkbox', { name: 'Schedule JSON (schedule.json)' }));
    expect(screen.getByRole('alert').textContent).toBe('Nothing to put in the calendar: choose a seminar.');
    expect(screen.getByRole('button', { name: 'Export' })).toHaveProperty('disabled', true);
  });
});
