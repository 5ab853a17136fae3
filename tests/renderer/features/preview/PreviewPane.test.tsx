// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBriefingDocument } from '../../../../src/shared/document/build';
import { PreviewPane } from '../../../../src/renderer/src/features/preview/PreviewPane';
import { Sheets, sectionBlockCount } from '../../../../src/renderer/src/features/preview/PreviewSheets';
import {
  MAX_CHUNK_BLOCKS,
  chunkBlocks,
  previewModel,
  runDisplay,
  runsText,
} from '../../../../src/renderer/src/features/preview/previewModel';
import { UiLanguageContext } from '../../../../src/renderer/src/i18n';
import { NEW_YORK_VIENNA, builtinCatalogue, defaultPack } from '../../components/fixtures';

afterEach(cleanup);

const catalogue = builtinCatalogue();
const SECRET = 'Our delegation will not support a new treaty body this year.';

/** `external` as a v1 pack had it: pack v2 dropped the flag, which must not matter to the preview. */
function packWithBrief(external: boolean) {
  const pack = defaultPack(catalogue, {
    title: 'Cybercrime seminars: briefing for the delegate',
    marking: 'OFFICIAL',
    reference: 'REF-2020-42',
    timeZones: NEW_YORK_VIENNA,
    topicBriefs: {
      'international-cooperation': {
        summary: 'Mutual legal assistance is slow.',
        pointsToMake: ['Support the Budapest Convention', 'Offer training'],
        background: SECRET,
      },
    },
  });
  return (external ? { ...pack, external: true } : pack) as typeof pack;
}

describe('PreviewPane', () => {
  it('shows the cover, the marking on every sheet, the reference and a contents list', () => {
    render(<PreviewPane pack={packWithBrief(false)} catalogue={catalogue} />);
    const region = screen.getByRole('region', { name: 'Preview' });
    expect(
      within(region).getByRole('heading', { name: 'Cybercrime seminars: briefing for the delegate' }),
    ).toBeTruthy();
    const sheets = region.querySelectorAll('.pv-sheet');
    // Cover, contents, five sections: the built-in programme lists no further readings, so none is printed.
    expect(sheets.length).toBe(7);
    expect(region.textContent).not.toContain('No further readings listed');
    for (const sheet of sheets) {
      expect(within(sheet as HTMLElement).getAllByText('OFFICIAL').length).toBeGreaterThanOrEqual(2);
      expect(within(sheet.querySelector('.pv-furniture-top') as HTMLElement).getByText('REF-2020-42')).toBeTruthy();
    }
    // The sheets are parts, not pages: the preview says so instead of offering a count the PDF will not match.
    expect(screen.getByText(/so the sheets are not the pages: the exported file is laid out in pages/)).toBeTruthy();
    expect(sheets[2]!.getAttribute('aria-label')).toBe('Part 3 of 7: Agenda');
    const contents = region.querySelector('.pv-contents')!;
    expect(within(contents as HTMLElement).getByText('Agenda')).toBeTruthy();
    expect(region.querySelector('a')).toBeNull();
    expect(region.querySelector('input, textarea, select')).toBeNull();
  });

  it('shows agenda times in UTC, New York and Vienna, with TBC marks', () => {
    render(<PreviewPane pack={packWithBrief(false)} catalogue={catalogue} />);
    // 24 June 2020, 07:00–08:45 UTC
    expect(screen.getAllByText('New York (UTC−4)').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Vienna (UTC+2)').length).toBeGreaterThan(0);
    expect(screen.getByText('03:00–04:45')).toBeTruthy();
    expect(screen.getByText('09:00–10:45')).toBeTruthy();
    expect(screen.getAllByText('07:00–08:45').length).toBeGreaterThan(0);
    expect(screen.getAllByText('(TBC)').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the background in an amber notice', () => {
    const { rerender } = render(<PreviewPane pack={packWithBrief(false)} catalogue={catalogue} />);
    const note = screen.getByRole('note', { name: 'Background (not for disclosure)' });
    expect(within(note).getByText(SECRET)).toBeTruthy();
    expect(screen.getByText('Support the Budapest Convention')).toBeTruthy();

    // The edition is chosen at export: the pack's old flag no longer hides anything from its author.
    rerender(<PreviewPane pack={packWithBrief(true)} catalogue={catalogue} />);
    expect(within(screen.getByRole('note')).getByText(SECRET)).toBeTruthy();
    expect(screen.queryByText('External edition')).toBeNull();
  });

  it('follows a change of the pack', async () => {
    const pack = packWithBrief(false);
    const { rerender } = render(<PreviewPane pack={pack} catalogue={catalogue} />);
    rerender(<PreviewPane pack={{ ...pack, title: 'A new title', paper: 'letter' }} catalogue={catalogue} />);
    expect(await screen.findByRole('heading', { name: 'A new title' })).toBeTruthy();
    expect(document.querySelector('.preview-paper-letter')).not.toBeNull();
  });

  it('prints document labels in the pack language and interface text in the interface language', () => {
    const pack = { ...packWithBrief(false), language: 'fr' as const };
    render(
      <UiLanguageContext.Provider value="es">
        <PreviewPane pack={pack} catalogue={catalogue} />
      </UiLanguageContext.Provider>,
    );
    expect(screen.getByRole('region', { name: 'Vista previa' })).toBeTruthy();
    expect(screen.getAllByText('Sommaire').length).toBeGreaterThan(0);
    expect(screen.getByText(/así que las hojas no son las páginas/)).toBeTruthy();
  });

  it('says so when no seminar is chosen', () => {
    render(<PreviewPane pack={{ ...packWithBrief(false), seminarIds: [] }} catalogue={catalogue} />);
    expect(screen.getByText(/No seminars are chosen yet/)).toBeTruthy();
  });
});

describe('previewModel', () => {
  it('gives a cover, a contents sheet with level 1 and 2 headings, and one sheet per section with content', () => {
    const doc = buildBriefingDocument(packWithBrief(false), catalogue);
    const model = previewModel(doc);
    expect(model.sheets.map((sheet) => sheet.kind)).toEqual([
      'cover',
      'contents',
      'section',
      'section',
      'section',
      'section',
      'section',
    ]);
    const contents = model.sheets[1]!;
    if (contents.kind !== 'contents') throw new Error('expected contents');
    expect(contents.entries[0]).toEqual({ level: 1, text: 'Agenda', anchor: 'agenda' });
    expect(contents.entries.every((entry) => entry.level === 1 || entry.level === 2)).toBe(true);
    expect(contents.entries.some((entry) => entry.text === 'Summary')).toBe(false);
    expect(model.marking).toBe('OFFICIAL');
    expect(model.paper).toBe('a4');
  });

  it('leaves out the cover and contents when those sections are off', () => {
    const pack = packWithBrief(false);
    const doc = buildBriefingDocument(
      { ...pack, sections: { ...pack.sections, cover: false, contents: false } },
      catalogue,
    );
    expect(previewModel(doc).sheets.every((sheet) => sheet.kind === 'section')).toBe(true);
  });

  it('shows a link as text plus its address, never as a live link', () => {
    expect(runDisplay({ text: 'https://example.org/a', link: 'https://example.org/a' })).toEqual({
      text: 'https://example.org/a',
    });
    expect(runsText([{ text: 'Convention' }, { text: ' here', link: 'https://example.org/c' }])).toBe(
      'Convention here <https://example.org/c>',
    );
  });
});

describe('chunkBlocks', () => {
  it('starts a chunk at each level 1 or 2 heading, keyed by its anchor, and splits long runs', () => {
    const heading = (level: 1 | 2 | 3, anchor: string) => ({ kind: 'heading' as const, level, text: anchor, anchor });
    const paragraph = { kind: 'paragraph' as const, runs: [{ text: 'x' }] };
    const long = Array.from({ length: MAX_CHUNK_BLOCKS + 5 }, () => paragraph);
    const chunks = chunkBlocks([
      paragraph,
      heading(1, 'agenda'),
      heading(2, 'seminar-1'),
      heading(3, 'summary'),
      paragraph,
      heading(2, 'seminar-2'),
      ...long,
    ]);
    expect(chunks.map((chunk) => [chunk.key, chunk.start, chunk.blocks.length])).toEqual([
      ['start', 0, 1],
      ['agenda', 1, 1],
      ['seminar-1', 2, 3],
      ['seminar-2', 5, MAX_CHUNK_BLOCKS],
      ['seminar-2+1', 5 + MAX_CHUNK_BLOCKS, 6],
    ]);
  });
});

describe('Sheets', () => {
  it('puts only the first blocks in the page while a long document comes in, holding the place of the rest', () => {
    const model = previewModel(buildBriefingDocument(packWithBrief(false), catalogue));
    const total = sectionBlockCount(model);
    const { container, rerender } = render(<Sheets model={model} liveBlocks={3} />);
    const pending = container.querySelectorAll('.pv-chunk-pending').length;
    const chunks = container.querySelectorAll('.pv-chunk').length;
    expect(pending).toBeGreaterThan(0);
    expect(pending).toBeLessThan(chunks);
    expect(container.textContent).not.toContain('Mutual legal assistance is slow.');
    rerender(<Sheets model={model} liveBlocks={total} />);
    expect(container.querySelectorAll('.pv-chunk-pending')).toHaveLength(0);
    expect(container.querySelectorAll('.pv-chunk')).toHaveLength(chunks);
    expect(container.textContent).toContain('Mutual legal assistance is slow.');
  });
});
