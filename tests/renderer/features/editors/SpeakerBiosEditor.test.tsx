// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../../../src/shared/pack/schema';
import { SpeakerBiosEditor } from '../../../../src/renderer/src/features/editors/SpeakerBiosEditor';
import { ASIA_PACIFIC, builtinCatalogue, defaultPack } from '../../components/fixtures';

afterEach(cleanup);

const catalogue = builtinCatalogue();
catalogue.people.find((person) => person.id === 'patryk-pawlak')!.bio.en =
  'Patryk Pawlak is the Brussels Executive Officer of the EUISS.';
let latest: Pack;

function Harness({ initial, spy }: { initial: Pack; spy?: (...args: unknown[]) => void }) {
  const [pack, setPack] = useState(initial);
  useEffect(() => {
    latest = pack; // read by the assertions after each action
  }, [pack]);
  return (
    <SpeakerBiosEditor
      pack={pack}
      catalogue={catalogue}
      onChangeBio={(personId, language, text) => {
        spy?.(personId, language, text);
        setPack((current) => {
          const bio = { ...current.bioOverrides[personId] };
          if (text === undefined) delete bio[language];
          else bio[language] = text;
          return { ...current, bioOverrides: { ...current.bioOverrides, [personId]: bio } };
        });
      }}
    />
  );
}

const peopleNames = () =>
  within(screen.getByRole('list', { name: 'People' }))
    .getAllByRole('button')
    .map((button) => button.querySelector('.editor-nav-label')!.firstChild!.textContent);

const detail = () => screen.getByRole('heading', { level: 3 }).closest<HTMLElement>('.editor-detail')!;

describe('SpeakerBiosEditor', () => {
  it('lists chairs and speakers of the chosen seminars by family name, with search', async () => {
    const user = userEvent.setup();
    render(<Harness initial={defaultPack(catalogue, { seminarIds: [ASIA_PACIFIC] })} />);
    expect(peopleNames()).toEqual([
      'Jayantha FERNANDO',
      'Leotrina MACOMBER',
      'Patryk PAWLAK',
      'Markk PERETE',
      'Alexander SEGER',
    ]);
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'pawl');
    expect(peopleNames()).toEqual(['Patryk PAWLAK']);
    expect(screen.getByText('1 of 5 people')).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Search people' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'nobody');
    expect(screen.getByText('No one matches “nobody”.')).toBeTruthy();
  });

  it('shows the catalogue bio beside the override and "Use catalogue text" clears the override', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness initial={defaultPack(catalogue)} spy={spy} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'Pawlak');
    expect(screen.getByRole('heading', { level: 3, name: 'Patryk PAWLAK' })).toBeTruthy();
    expect(within(detail()).getByText('Brussels Executive Officer, EUISS')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Catalogue text (English)' }).textContent).toContain(
      'Brussels Executive Officer of the EUISS',
    );

    const own = screen.getByRole('textbox', { name: 'Your text for this pack (English)' });
    expect(screen.getByRole('button', { name: 'Use catalogue text' })).toHaveProperty('disabled', true);
    await user.type(own, 'Our own bio.');
    expect(latest.bioOverrides['patryk-pawlak']).toEqual({ en: 'Our own bio.' });
    expect(spy).toHaveBeenLastCalledWith('patryk-pawlak', 'en', 'Our own bio.');

    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(screen.getByRole('group', { name: 'Catalogue text (Français)' }).textContent).toBe('None in the catalogue.');
    expect(screen.getByRole('textbox', { name: 'Your text for this pack (Français)' })).toHaveProperty('value', '');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('textbox', { name: 'Your text for this pack (English)' })).toHaveProperty(
      'value',
      'Our own bio.',
    );

    // Emptying the box also goes back to the catalogue text.
    await user.clear(screen.getByRole('textbox', { name: 'Your text for this pack (English)' }));
    expect(spy).toHaveBeenLastCalledWith('patryk-pawlak', 'en', undefined);
    await user.type(screen.getByRole('textbox', { name: 'Your text for this pack (English)' }), 'Again.');
    await user.click(screen.getByRole('button', { name: 'Use catalogue text' }));
    expect(spy).toHaveBeenLastCalledWith('patryk-pawlak', 'en', undefined);
    expect(latest.bioOverrides['patryk-pawlak']).toEqual({});
    expect(screen.getByRole('textbox', { name: 'Your text for this pack (English)' })).toHaveProperty('value', '');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Your text for this pack (English)' }));
  });

  it('shows roles and a TBC badge', async () => {
    const user = userEvent.setup();
    render(<Harness initial={defaultPack(catalogue)} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'navas');
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.textContent).toContain('Emilia NAVAS APARICIO');
    expect(within(heading).getByText('TBC')).toBeTruthy();
    expect(within(detail()).getByText('Fiscala General de la República de Costa Rica')).toBeTruthy();
  });

  it('moves through people with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Harness initial={defaultPack(catalogue, { seminarIds: [ASIA_PACIFIC] })} />);
    screen.getByRole('button', { name: /Jayantha FERNANDO/ }).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Leotrina MACOMBER/ }));
    expect(screen.getByRole('heading', { level: 3, name: 'Leotrina MACOMBER' })).toBeTruthy();
  });
});
