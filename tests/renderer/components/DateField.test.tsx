// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateField } from '../../../src/renderer/src/components/DateField';
import { UiLanguageContext, type UiLanguage } from '../../../src/renderer/src/i18n';

afterEach(cleanup);

function renderField(language: UiLanguage, value = '2020-07-24', onChange = vi.fn()) {
  render(
    <UiLanguageContext.Provider value={language}>
      <span id="label">Date</span>
      <DateField labelledBy="label" value={value} onChange={onChange} required />
    </UiLanguageContext.Provider>,
  );
  return { onChange, group: screen.getByRole('group', { name: 'Date' }) };
}

describe('DateField', () => {
  it('puts day, month (by name) and year in the interface language’s order and words', () => {
    for (const [language, month, labels] of [
      ['en', 'July', ['Day', 'Month', 'Year']],
      ['fr', 'juillet', ['Jour', 'Mois', 'Année']],
      ['es', 'julio', ['Día', 'Mes', 'Año']],
    ] as const) {
      const { group } = renderField(language);
      const controls = [...group.querySelectorAll('input, select')] as HTMLInputElement[];
      expect(controls.map((control) => control.getAttribute('aria-label'))).toEqual(labels);
      expect(controls.map((control) => control.value)).toEqual(['24', '7', '2020']);
      expect(within(group).getByRole('option', { name: month }).getAttribute('value')).toBe('7');
      cleanup();
    }
  });

  it('passes on only whole, real dates', async () => {
    const user = userEvent.setup();
    const { onChange, group } = renderField('en');
    const day = within(group).getByRole('textbox', { name: 'Day' });
    await user.clear(day);
    await user.type(day, '31');
    expect(onChange).toHaveBeenLastCalledWith('2020-07-31');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Month' }), 'June');
    // 31 June: not passed on, and marked.
    expect(onChange).toHaveBeenLastCalledWith('2020-07-31');
    expect(day.getAttribute('aria-invalid')).toBe('true');
  });

  it('every part is an ordinary focus stop (the same visible ring as every other field)', async () => {
    const user = userEvent.setup();
    const { group } = renderField('en');
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await user.tab();
      stops.push(document.activeElement!.getAttribute('aria-label') ?? '');
      expect(group.contains(document.activeElement)).toBe(true);
      expect(['INPUT', 'SELECT']).toContain(document.activeElement!.tagName);
    }
    expect(stops).toEqual(['Day', 'Month', 'Year']);
  });
});
