// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../../../src/shared/pack/schema';
import { PreviewPane } from '../../../../src/renderer/src/features/preview/PreviewPane';
import { type BuilderPort, createBuildHandler } from '../../../../src/renderer/src/features/preview/preview-builder';
import type { FromBuilder, ToBuilder } from '../../../../src/renderer/src/features/preview/preview-protocol';
import { builtinCatalogue, defaultPack } from '../../components/fixtures';

afterEach(cleanup);

const catalogue = builtinCatalogue();

/** A builder "thread" that answers when the test lets it, through structured clones, like a worker. */
function fakeWorker() {
  const handle = createBuildHandler();
  const inbox: ToBuilder[] = [];
  const ports: { deliver: (message: FromBuilder) => void; broken: (reason: string) => void }[] = [];
  const create = (): BuilderPort => ({
    send: (message) => inbox.push(structuredClone(message)),
    listen: (deliver, broken) => void ports.push({ deliver, broken }),
    close: () => undefined,
  });
  return {
    create,
    inbox,
    answer: () =>
      act(() => {
        for (const message of inbox.splice(0)) {
          handle(message, (reply) => ports.at(-1)!.deliver(structuredClone(reply)));
        }
      }),
    breakDown: () => act(() => ports.at(-1)!.broken('worker crashed')),
  };
}

const briefed = (summary: string): Pack =>
  defaultPack(catalogue, {
    topicBriefs: { 'international-cooperation': { summary, pointsToMake: [], background: '' } },
  });

describe('PreviewPane with a builder thread', () => {
  it('shows "updating" until the first document comes, then follows each edit, keeping the elements of what did not change', async () => {
    const worker = fakeWorker();
    const { rerender } = render(
      <PreviewPane pack={briefed('First summary.')} catalogue={catalogue} createBuilder={worker.create} />,
    );
    const region = screen.getByRole('region', { name: 'Preview' });
    expect(region.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Updating the preview…');
    expect(region.querySelector('.pv-sheet')).toBeNull();

    worker.answer();
    expect(await screen.findByText('First summary.')).toBeTruthy();
    expect(region.getAttribute('aria-busy')).toBe('false');
    const agendaChunk = region.querySelector('.pv-chunk')!;
    const agendaParagraph = agendaChunk.querySelector('p, table')!;

    rerender(<PreviewPane pack={briefed('Second summary.')} catalogue={catalogue} createBuilder={worker.create} />);
    expect(region.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('First summary.')).toBeTruthy(); // the last document stays until the next comes
    worker.answer();
    expect(await screen.findByText('Second summary.')).toBeTruthy();
    expect(screen.queryByText('First summary.')).toBeNull();
    expect(region.getAttribute('aria-busy')).toBe('false');
    // The agenda did not change: its elements are the very ones rendered before.
    expect(region.querySelector('.pv-chunk')).toBe(agendaChunk);
    expect(agendaChunk.querySelector('p, table')).toBe(agendaParagraph);
  });

  it('builds in the page when the builder thread breaks', async () => {
    const worker = fakeWorker();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<PreviewPane pack={briefed('Built anyway.')} catalogue={catalogue} createBuilder={worker.create} />);
    worker.breakDown();
    expect(await screen.findByText('Built anyway.')).toBeTruthy();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('worker crashed'));
    error.mockRestore();
  });
});
