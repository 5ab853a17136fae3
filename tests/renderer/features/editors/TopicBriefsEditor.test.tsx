// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pack } from '../../../../src/shared/pack/schema';
import { TopicBriefsEditor } from '../../../../src/renderer/src/features/editors/TopicBriefsEditor';
import { topicsForPack } from '../../../../src/renderer/src/features/editors/editors-model';
import { ASIA_PACIFIC, builtinCatalogue, defaultPack } from '../../components/fixtures';

afterEach(cleanup);

const catalogue = builtinCatalogue();
let latest: Pack;

function Harness({ initial }: { initial: Pack }) {
  const [pack, setPack] = useState(initial);
  useEffect(() => {
    latest = pack; // read by the assertions after each action
  }, [pack]);
  return (
    <TopicBriefsEditor
      pack={pack}
      catalogue={catalogue}
      onChangeBrief={(topicId, brief) =>
        setPack((current) => ({ ...current, topicBriefs: { ...current.topicBriefs, [topicId]: brief } }))
      }
    />
  );
}

const points = () => latest.topicBriefs['international-cooperation']?.pointsToMake;

describe('TopicBriefsEditor', () => {
  it('lists the topics of the chosen seminars in the pack language', () => {
    render(<Harness initial={defaultPack(catalogue, { language: 'fr' })} />);
    const nav = screen.getByRole('navigation', { name: 'Topics' });
    expect(
      within(nav)
        .getAllByRole('button')
        .map((button) => button.querySelector('.editor-nav-label')?.textContent),
    ).toEqual([
      'Qu’est-ce que la cybercriminalité ?',
      'État de la législation mondiale sur la cybercriminalité',
      'Coopération internationale',
      'Renforcement des capacités',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: 'Qu’est-ce que la cybercriminalité ?' })).toBeTruthy();
  });

  it('only lists chosen topics when some are chosen', () => {
    const pack = defaultPack(catalogue, { seminarIds: [ASIA_PACIFIC], topicIds: ['capacity-building'] });
    expect(topicsForPack(pack, catalogue).map((topic) => topic.id)).toEqual(['capacity-building']);
  });

  it('edits the summary and background, with the not-for-disclosure warning', async () => {
    const user = userEvent.setup();
    render(<Harness initial={defaultPack(catalogue)} />);
    await user.click(screen.getByRole('button', { name: /International cooperation/ }));
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Slow mutual legal assistance.');
    await user.type(screen.getByRole('textbox', { name: 'Background (not for disclosure)' }), 'Our red lines.');
    expect(latest.topicBriefs['international-cooperation']).toEqual({
      summary: 'Slow mutual legal assistance.',
      pointsToMake: [],
      background: 'Our red lines.',
    });
    const background = screen.getByRole('textbox', { name: 'Background (not for disclosure)' });
    const warning = document.getElementById(background.getAttribute('aria-describedby')!)!;
    expect(warning.textContent).toContain('left out entirely of the external edition');
  });

  it('adds, edits, reorders and removes points by keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness initial={defaultPack(catalogue)} />);
    const topic = screen.getByRole('button', { name: /What is cybercrime/ });
    topic.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: /International cooperation/ }).getAttribute('aria-current')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Point 1' }));
    await user.keyboard('First{Enter}Second{Enter}Third');
    expect(points()).toEqual(['First', 'Second', 'Third']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Point 3' }));

    // Enter in an empty last point does not pile up empty points.
    await user.keyboard('{Enter}');
    expect(points()).toEqual(['First', 'Second', 'Third', '']);
    await user.keyboard('{Enter}');
    expect(points()).toHaveLength(4);
    // Backspace in the empty point removes it and goes back to the previous one.
    await user.keyboard('{Backspace}');
    expect(points()).toEqual(['First', 'Second', 'Third']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Point 3' }));

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(points()).toEqual(['First', 'Third', 'Second']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Point 2' }));
    expect((document.activeElement as HTMLTextAreaElement).value).toBe('Third');
    expect(screen.getByText('Point moved to position 2 of 3.')).toBeTruthy();

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(points()).toEqual(['Third', 'First', 'Second']);
    await user.keyboard('{Alt>}{ArrowDown}{ArrowDown}{/Alt}');
    expect(points()).toEqual(['First', 'Second', 'Third']);

    await user.type(screen.getByRole('textbox', { name: 'Point 2' }), ' point');
    expect(points()).toEqual(['First', 'Second point', 'Third']);

    await user.click(screen.getByRole('button', { name: 'Move point 1 down' }));
    expect(points()).toEqual(['Second point', 'First', 'Third']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move point 2 down' }));

    await user.click(screen.getByRole('button', { name: 'Remove point 1' }));
    expect(points()).toEqual(['First', 'Third']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Point 1' }));
  });

  it('says what to do when no seminar is chosen', () => {
    render(<Harness initial={defaultPack(catalogue, { seminarIds: [] })} />);
    expect(screen.getByText(/Choose seminars \(and topics\) in the pack first/)).toBeTruthy();
  });
});
