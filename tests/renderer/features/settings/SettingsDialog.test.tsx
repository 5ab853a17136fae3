// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../../src/shared/ipc/contract';
import { SettingsDialog, changedSettings } from '../../../../src/renderer/src/features/settings/SettingsDialog';

afterEach(cleanup);

const settings: Settings & { systemLocale: string } = {
  interfaceLanguage: null,
  defaultMarking: 'UNCLASSIFIED',
  defaultTimeZones: ['America/New_York'],
  defaultPaper: 'a4',
  systemLocale: 'fr-CA',
};

function renderSettings() {
  const onSave = vi.fn();
  const onClose = vi.fn();
  render(<SettingsDialog open settings={settings} onSave={onSave} onClose={onClose} />);
  return { onSave, onClose };
}

describe('SettingsDialog', () => {
  it('shows the current settings, the system language by name, and marking presets', () => {
    renderSettings();
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'System default (Français)' })).toHaveProperty('checked', true);
    expect(screen.getByRole('combobox', { name: 'Default classification marking' })).toHaveProperty(
      'value',
      'UNCLASSIFIED',
    );
    const presets = [...document.querySelectorAll('datalist option')].map((option) => option.getAttribute('value'));
    expect(presets).toEqual(['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL']);
    expect(screen.getByRole('button', { name: 'Remove New York (America/New_York)' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'A4 (210 × 297 mm)' })).toHaveProperty('checked', true);
  });

  it('saves only what changed, then closes', async () => {
    const user = userEvent.setup();
    const { onSave, onClose } = renderSettings();
    await user.click(screen.getByRole('radio', { name: 'Español' }));
    const marking = screen.getByRole('combobox', { name: 'Default classification marking' });
    await user.clear(marking);
    await user.type(marking, 'OFFICIAL');
    await user.type(screen.getByRole('combobox', { name: 'Default time zones' }), 'Vienna{Enter}');
    // Enter in the picker adds the zone; it does not submit the form.
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('radio', { name: 'US Letter (8.5 × 11 in)' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      interfaceLanguage: 'es',
      defaultMarking: 'OFFICIAL',
      defaultTimeZones: ['America/New_York', 'Europe/Vienna'],
      defaultPaper: 'letter',
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('cancels with Escape without saving, after the time-zone list is closed', async () => {
    const user = userEvent.setup();
    const { onSave, onClose } = renderSettings();
    await user.type(screen.getByRole('combobox', { name: 'Default time zones' }), 'Vie');
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled(); // the first Escape closes the list only
    await user.keyboard('{Escape}{Escape}');
    expect(onClose).toHaveBeenCalled();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a marking longer than 100 characters', async () => {
    const user = userEvent.setup();
    const { onSave } = renderSettings();
    const marking = screen.getByRole('combobox', { name: 'Default classification marking' });
    await user.clear(marking);
    await user.click(marking);
    await user.paste('X'.repeat(101));
    expect(screen.getByRole('alert').textContent).toBe('The marking can have at most 100 characters.');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
    await user.keyboard('{Enter}');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('finds no change when nothing changed', () => {
    const { systemLocale: _locale, ...saved } = settings;
    expect(changedSettings(saved, { ...saved, defaultTimeZones: [...saved.defaultTimeZones] })).toEqual({});
  });
});
