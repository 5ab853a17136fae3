// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult, ExportProgress } from '../../../../src/shared/ipc/contract';
import { ExportDialog, type ExportDialogProps } from '../../../../src/renderer/src/features/export/ExportDialog';
import { suggestedFileName } from '../../../../src/renderer/src/features/export/export-helpers';
import { builtinCatalogue, defaultPack } from '../../components/fixtures';

afterEach(cleanup);

const catalogue = builtinCatalogue();
const pack = defaultPack(catalogue, { title: 'Cyber: delegate brief' });

function fakeApi() {
  const listeners = new Set<(progress: ExportProgress) => void>();
  let settle: (result: ApiResult<'exportPack'>) => void = () => undefined;
  const api = {
    exportPack: vi.fn(
      () =>
        new Promise<ApiResult<'exportPack'>>((resolve) => {
          settle = resolve;
        }),
    ),
    onExportProgress: vi.fn((listener: (progress: ExportProgress) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    showInFolder: vi.fn(async (): Promise<ApiResult<'showInFolder'>> => ({ ok: true, data: {} })),
  };
  return {
    api,
    listenerCount: () => listeners.size,
    emit: (progress: ExportProgress) => act(() => listeners.forEach((listener) => listener(progress))),
    finish: (result: ApiResult<'exportPack'>) => act(async () => settle(result)),
    jobId: () => (api.exportPack.mock.calls.at(-1) as unknown as [{ jobId: string }])[0].jobId,
  };
}

function renderDialog(props: Partial<ExportDialogProps> & Pick<ExportDialogProps, 'api'>) {
  const onClose = vi.fn();
  const view = render(<ExportDialog open pack={pack} catalogue={catalogue} onClose={onClose} {...props} />);
  return { onClose, ...view };
}

describe('ExportDialog', () => {
  it('asks for at least one format', async () => {
    const user = userEvent.setup();
    const { api } = fakeApi();
    renderDialog({ api });
    const dialog = screen.getByRole('dialog', { name: 'Export the briefing pack' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'PDF, to print' }));
    await user.click(screen.getByRole('checkbox', { name: 'PDF, to print' }));
    await user.click(screen.getByRole('checkbox', { name: 'Word document (DOCX), to edit' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one format.');
    expect(screen.getByRole('button', { name: 'Export' })).toHaveProperty('disabled', true);
  });

  it('shows progress for its own job, then the files with Show in folder', async () => {
    const user = userEvent.setup();
    const fake = fakeApi();
    const { onClose } = renderDialog({ api: fake.api });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(fake.api.exportPack).toHaveBeenCalledWith({
      pack,
      formats: ['pdf', 'docx'],
      jobId: fake.jobId(),
      suggestedName: 'Cyber delegate brief',
      edition: 'internal',
      showGaps: false,
      pdfa: false,
    });
    expect(screen.getByRole('status').textContent).toContain('Choose where to save');

    fake.emit({ jobId: 'someone-else', stage: 'docx', fraction: 0.9 });
    fake.emit({ jobId: fake.jobId(), stage: 'pdf', fraction: 0.4 });
    const bar = screen.getByRole('progressbar', { name: 'Laying out the PDF' }) as HTMLProgressElement;
    expect(bar.value).toBe(40);
    expect(screen.getByText('40% done')).toBeTruthy();
    fake.emit({ jobId: fake.jobId(), stage: 'writing', fraction: 0.9 });
    expect((screen.getByRole('progressbar', { name: 'Saving the files' }) as HTMLProgressElement).value).toBe(90);

    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled(); // not while running

    await fake.finish({
      ok: true,
      data: {
        pdf: { path: '/home/officer/packs/brief.pdf', pageCount: 12, bytes: 1000 },
        docx: { path: '/home/officer/packs/brief.docx', bytes: 900 },
        elapsedMs: 1500,
      },
    });
    expect(fake.listenerCount()).toBe(0);
    expect(screen.getByText(/Export finished in 1\.5/)).toBeTruthy();
    expect(screen.getByText('PDF, 12 pages')).toBeTruthy();
    expect(screen.getByText('/home/officer/packs/brief.pdf')).toBeTruthy();
    expect(screen.getByText('/home/officer/packs/brief.docx')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show in folder (PDF)' }));
    expect(fake.api.showInFolder).toHaveBeenCalledWith({ filePath: '/home/officer/packs/brief.pdf' });
    await user.click(screen.getByRole('button', { name: 'Show in folder (Word document)' }));
    expect(fake.api.showInFolder).toHaveBeenLastCalledWith({ filePath: '/home/officer/packs/brief.docx' });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows an error message and lets the user try again', async () => {
    const user = userEvent.setup();
    const fake = fakeApi();
    renderDialog({ api: fake.api });
    await user.click(screen.getByRole('checkbox', { name: 'Word document (DOCX), to edit' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await fake.finish({
      ok: false,
      code: 'write-failed',
      file: 'brief.pdf',
      reason: 'disk-full',
      message: 'Could not write the PDF "/home/officer/brief.pdf": the disk is full',
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'The export did not finish: brief.pdf could not be written: the disk is full.',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(fake.api.exportPack).toHaveBeenCalledTimes(2);
    expect(fake.api.exportPack).toHaveBeenLastCalledWith(expect.objectContaining({ formats: ['pdf'] }));
  });

  it('closes quietly when the save dialog is cancelled', async () => {
    const user = userEvent.setup();
    const fake = fakeApi();
    const { onClose } = renderDialog({ api: fake.api });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await fake.finish({ ok: true, data: { cancelled: true } });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('closes with Escape, keeps Tab inside and gives focus back', async () => {
    const user = userEvent.setup();
    const { api } = fakeApi();
    const opener = document.createElement('button');
    opener.textContent = 'Export…';
    document.body.append(opener);
    opener.focus();
    const { onClose, rerender } = renderDialog({ api });
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 6; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    rerender(<ExportDialog open={false} pack={pack} catalogue={catalogue} api={api} onClose={onClose} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});

describe('ExportDialog says what it does (issue 11, §2)', () => {
  it('shows, before writing, the kind, language, edition, paper, parts and both file names', () => {
    const { api } = fakeApi();
    renderDialog({ api, pack: { ...pack, language: 'fr', paper: 'letter' } });
    const summary = screen.getByRole('region', { name: 'What the file will hold' });
    const text = summary.textContent ?? '';
    expect(text).toContain('Briefing pack');
    expect(text).toContain('French');
    expect(text).toContain('Internal');
    expect(text).toContain('US Letter');
    // The built-in programme lists no further readings and no brief is written yet: those parts are left out.
    expect(text).toContain('Cover, Contents, Agenda, Speakers, Speaker index, Background of the series');
    expect(text).toContain('Left out, as nothing is in them: Topic briefs, Further readings');
    expect(text).toContain('“Cyber delegate brief.pdf” and “Cyber delegate brief.docx”');
  });

  it('exports the external edition as a choice, and asks whether a RESTRICTED marking still applies', async () => {
    const user = userEvent.setup();
    const fake = fakeApi();
    renderDialog({ api: fake.api, pack: { ...pack, marking: 'RESTRICTED' } });
    await user.click(screen.getByRole('radio', { name: 'External: without the background (not for disclosure)' }));
    const question = screen.getByRole('group', {
      name: 'This pack is marked “RESTRICTED”. Does that marking still apply to the external edition?',
    });
    expect(screen.getByRole('button', { name: 'Export' })).toHaveProperty('disabled', true);
    await user.click(within(question).getByRole('radio', { name: 'No, print another marking' }));
    const other = screen.getByRole('combobox', { name: 'Marking for this export' });
    await user.clear(other);
    await user.type(other, 'OFFICIAL');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(fake.api.exportPack).toHaveBeenCalledWith(
      expect.objectContaining({
        edition: 'external',
        pack: expect.objectContaining({ marking: 'OFFICIAL' }),
        suggestedName: 'Cyber delegate brief (external)',
      }),
    );
  });

  it('asks nothing about an unclassified marking, in any interface language', async () => {
    const user = userEvent.setup();
    const { api } = fakeApi();
    renderDialog({ api, pack: { ...pack, marking: 'NON CLASSIFIÉ' } });
    await user.click(screen.getByRole('radio', { name: 'External: without the background (not for disclosure)' }));
    expect(screen.queryByRole('group', { name: /Does that marking still apply/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveProperty('disabled', false);
  });

  it('offers a draft that shows gaps', async () => {
    const user = userEvent.setup();
    const fake = fakeApi();
    renderDialog({ api: fake.api });
    await user.click(screen.getByRole('checkbox', { name: 'Show what is missing (a draft)' }));
    expect(screen.getByRole('region', { name: 'What the file will hold' }).textContent).toContain('Topic briefs');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(fake.api.exportPack).toHaveBeenCalledWith(expect.objectContaining({ showGaps: true }));
  });

  it('offers an archival PDF while a PDF is chosen', async () => {
    const user = userEvent.setup();
    const fake = fakeApi();
    renderDialog({ api: fake.api });
    await user.click(screen.getByRole('checkbox', { name: 'Archival PDF (PDF/A-2b)' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(fake.api.exportPack).toHaveBeenCalledWith(expect.objectContaining({ pdfa: true }));
  });

  it('says there is nothing to print and does not export a blank page', () => {
    const { api } = fakeApi();
    const off = Object.fromEntries(Object.keys(pack.sections).map((id) => [id, false])) as typeof pack.sections;
    renderDialog({ api, pack: { ...pack, sections: off } });
    expect(screen.getByRole('alert').textContent).toMatch(/^Nothing to print: every part of this pack is switched off/);
    expect(screen.getByRole('button', { name: 'Export' })).toHaveProperty('disabled', true);
  });
});

describe('suggestedFileName', () => {
  it('keeps the title safe for file systems and marks the external edition', () => {
    expect(suggestedFileName({ ...pack, title: 'a/b:c*?' }, 'Briefing pack', 'external')).toBe('a b c');
    expect(suggestedFileName({ ...pack, title: '  ' }, 'Briefing pack', 'external')).toBe('Briefing pack');
    const v1Flagged = { ...pack, external: true } as typeof pack;
    expect(suggestedFileName(v1Flagged, 'Briefing pack', 'external')).toBe('Cyber delegate brief');
    expect(suggestedFileName(pack, 'Briefing pack', 'external', 'external')).toBe('Cyber delegate brief (external)');
  });
});
