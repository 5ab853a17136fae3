// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pack } from '../../../../src/shared/pack/schema';
import { PackPane } from '../../../../src/renderer/src/features/pack/PackPane';
import { type OpenDocument, packStoreReducer } from '../../../../src/renderer/src/state/pack-store';
import { SEMINAR_EN, SEMINAR_ES, SEMINAR_FR, loadedDocument } from '../../helpers/fixtures';
import { renderWithApp } from '../../helpers/render';

afterEach(cleanup);

let latest: OpenDocument | null = null;

function Harness({ initial }: { initial: OpenDocument }) {
  const [document, dispatch] = useReducer(packStoreReducer, initial);
  useEffect(() => {
    latest = document;
  });
  return <PackPane document={document!} dispatch={dispatch} />;
}

function setup(pack: Partial<Pack> = {}, language: 'en' | 'fr' | 'es' = 'en') {
  const user = userEvent.setup();
  renderWithApp(<Harness initial={loadedDocument(pack)} />, { language });
  return { user };
}

const items = () => within(screen.getByRole('list', { name: 'Seminars in pack order' })).getAllByRole('listitem');
const itemTitles = () => items().map((item) => item.querySelector('.chosen-title')?.textContent);
const ALL = [SEMINAR_EN, SEMINAR_FR, SEMINAR_ES];

describe('chosen seminars', () => {
  it('reorders the focused seminar with Alt+Arrow keys, announces the position and keeps the focus', async () => {
    const { user } = setup({ seminarIds: ALL });
    items()[0]!.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(latest!.pack.seminarIds).toEqual([SEMINAR_FR, SEMINAR_EN, SEMINAR_ES]);
    expect(screen.getByText('“Seminar with Asia-Pacific countries” moved to position 2 of 3.')).toBeTruthy();
    expect(document.activeElement).toBe(items()[1]);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(latest!.pack.seminarIds).toEqual([SEMINAR_FR, SEMINAR_ES, SEMINAR_EN]);
    expect(screen.getByText('“Seminar with Asia-Pacific countries” moved to position 3 of 3.')).toBeTruthy();
    // Already last: nothing moves.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(latest!.pack.seminarIds).toEqual([SEMINAR_FR, SEMINAR_ES, SEMINAR_EN]);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(latest!.pack.seminarIds).toEqual([SEMINAR_FR, SEMINAR_EN, SEMINAR_ES]);
    expect(document.activeElement).toBe(items()[1]);
  });

  it('reorders with the Move up / Move down buttons; the first cannot move up nor the last down', async () => {
    const { user } = setup({ seminarIds: ALL });
    expect(
      (screen.getByRole('button', { name: 'Move up “Seminar with Asia-Pacific countries”' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: /^Move up “Ciberdelincuencia/ }));
    expect(latest!.pack.seminarIds).toEqual([SEMINAR_EN, SEMINAR_ES, SEMINAR_FR]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Move up “Ciberdelincuencia/ }));
    expect(
      screen.getByText('“Ciberdelincuencia y Justicia Penal en el Ciberespacio” moved to position 2 of 3.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Move down “Seminar with Asia-Pacific/ }));
    expect(itemTitles()).toEqual([
      'Ciberdelincuencia y Justicia Penal en el Ciberespacio',
      'Seminar with Asia-Pacific countries',
      'Seminaire dédié aux pays francophones du continent africain',
    ]);
  });

  it('reorders by drag and drop: dropping on an item puts the dragged one before it', () => {
    setup({ seminarIds: ALL });
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    const [first, , last] = items();
    fireEvent.dragStart(last!, { dataTransfer });
    fireEvent.dragOver(first!, { dataTransfer });
    expect(first!.className).toContain('drop-before');
    fireEvent.drop(first!, { dataTransfer });
    fireEvent.dragEnd(last!, { dataTransfer });
    expect(latest!.pack.seminarIds).toEqual([SEMINAR_ES, SEMINAR_EN, SEMINAR_FR]);
    expect(screen.getByText(/moved to position 1 of 3/)).toBeTruthy();
  });

  it('removes a seminar, moving the focus to the next one', async () => {
    const { user } = setup({ seminarIds: ALL });
    await user.click(
      screen.getByRole('button', { name: 'Remove “Seminar with Asia-Pacific countries” from the pack' }),
    );
    expect(latest!.pack.seminarIds).toEqual([SEMINAR_FR, SEMINAR_ES]);
    expect(document.activeElement).toBe(items()[0]);
  });

  it('removes all seminars in one go, then says how to add some', async () => {
    const { user } = setup({ seminarIds: ALL });
    await user.click(screen.getByRole('button', { name: 'Remove all' }));
    expect(latest!.pack.seminarIds).toEqual([]);
    expect(screen.getByText(/First step: choose the seminars this pack covers/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Seminars in your pack' }));
    expect(screen.getByText(/All seminars removed from the pack/)).toBeTruthy();
  });

  it('says how to add seminars when none is chosen', () => {
    setup({ seminarIds: [] });
    expect(
      screen.getByText(/First step: choose the seminars this pack covers\. In the catalogue on the left/),
    ).toBeTruthy();
  });
});

describe('topics, sections and edition', () => {
  it('unchecking a topic from "all" keeps the others; the last one cannot be unchecked', async () => {
    const { user } = setup({ topicIds: [] });
    const topics = screen.getByRole('group', { name: 'Topics' });
    expect(
      within(topics)
        .getAllByRole('checkbox')
        .every((box) => (box as HTMLInputElement).checked),
    ).toBe(true);
    await user.click(within(topics).getByRole('checkbox', { name: 'Status of global cybercrime legislation' }));
    expect(latest!.pack.topicIds).toEqual(['what-is-cybercrime', 'international-cooperation', 'capacity-building']);
    for (const name of ['What is cybercrime?', 'International cooperation']) {
      await user.click(within(topics).getByRole('checkbox', { name }));
    }
    expect(latest!.pack.topicIds).toEqual(['capacity-building']);
    const last = within(topics).getByRole('checkbox', { name: 'Capacity building' });
    await user.click(last);
    expect((last as HTMLInputElement).checked).toBe(true);
    expect(latest!.pack.topicIds).toEqual(['capacity-building']);
    expect(topics.textContent).toContain('At least one topic must stay checked.');
  });

  it('labels topics in the interface language', () => {
    setup({}, 'es');
    expect(screen.getByRole('checkbox', { name: '¿Qué es la ciberdelincuencia?' })).toBeTruthy();
  });

  it('toggles sections; the edition is an export choice, not a pack setting', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Speaker index' }));
    expect(latest!.pack.sections.speakerIndex).toBe(false);
    expect(screen.queryByRole('checkbox', { name: 'External edition' })).toBeNull();
  });
});

describe('pack details form', () => {
  it('updates the pack from each labelled control', async () => {
    const { user } = setup({ title: '', marking: 'UNCLASSIFIED' });
    await user.type(screen.getByLabelText('Title'), 'Cybercrime briefing');
    await user.type(screen.getByLabelText('Delegation'), 'Delegation of Chile');
    await user.type(screen.getByLabelText('Prepared by'), 'Desk officer');
    await user.type(screen.getByLabelText('Reference'), 'BR-17');
    const marking = screen.getByLabelText('Classification marking');
    await user.clear(marking);
    await user.type(marking, 'OFFICIAL-SENSITIVE');
    const date = screen.getByRole('group', { name: 'Date' });
    fireEvent.change(within(date).getByRole('textbox', { name: 'Day' }), { target: { value: '1' } });
    fireEvent.change(within(date).getByRole('combobox', { name: 'Month' }), { target: { value: '7' } });
    await user.selectOptions(screen.getByLabelText('Language of the pack'), 'Español');
    await user.selectOptions(screen.getByLabelText('Paper size'), 'US Letter');
    expect(latest!.pack).toMatchObject({
      title: 'Cybercrime briefing',
      delegation: 'Delegation of Chile',
      preparedBy: 'Desk officer',
      reference: 'BR-17',
      marking: 'OFFICIAL-SENSITIVE',
      date: '2020-07-01',
      language: 'es',
      paper: 'letter',
    });
    // Typing in one field is one undo step.
    expect(latest!.past.length).toBeLessThan(12);
  });

  it('keeps the date when the date field is cleared or not a real date (a pack always has one)', () => {
    setup({ date: '2020-06-01' });
    const day = within(screen.getByRole('group', { name: 'Date' })).getByRole('textbox', { name: 'Day' });
    fireEvent.change(day, { target: { value: '' } });
    expect(latest!.pack.date).toBe('2020-06-01');
    fireEvent.change(day, { target: { value: '31' } });
    expect(latest!.pack.date).toBe('2020-06-01'); // 31 June does not exist
    expect(day.getAttribute('aria-invalid')).toBe('true');
  });

  it('offers the marking presets as suggestions', () => {
    setup();
    const marking = screen.getByLabelText('Classification marking');
    const list = document.getElementById(marking.getAttribute('list')!);
    expect([...list!.querySelectorAll('option')].map((option) => option.value)).toEqual([
      'UNCLASSIFIED',
      'OFFICIAL',
      'RESTRICTED',
      'CONFIDENTIAL',
    ]);
  });

  it('sets the time zones through the picker, labelled "Time zones"', async () => {
    const { user } = setup({ timeZones: [] });
    await user.type(screen.getByLabelText('Time zones'), 'America/New_York{Enter}');
    await user.type(screen.getByLabelText('Time zones'), 'Europe/Vienna{Enter}');
    expect(latest!.pack.timeZones).toEqual(['America/New_York', 'Europe/Vienna']);
  });

  it('is in French with a French interface', () => {
    setup({}, 'fr');
    expect(screen.getByLabelText('Titre')).toBeTruthy();
    expect(screen.getByLabelText('Mention de classification')).toBeTruthy();
    // Marking suggestions in the interface language.
    expect(document.querySelector('datalist option[value="DIFFUSION RESTREINTE"]')).not.toBeNull();
    expect(document.querySelector('datalist option[value="RESTRICTED"]')).toBeNull();
  });
});
