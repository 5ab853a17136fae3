// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorTabs } from '../../../src/renderer/src/app/EditorTabs';

afterEach(cleanup);

function Field({ label }: { label: string }) {
  const [value, setValue] = useState('');
  return (
    <label>
      {label}
      <input value={value} onChange={(event) => setValue(event.target.value)} />
    </label>
  );
}

describe('EditorTabs', () => {
  it('renders a panel when its tab is first shown, then keeps it (and what was typed) while hidden', async () => {
    const user = userEvent.setup();
    render(
      <EditorTabs
        panels={{ pack: <Field label="Pack field" />, briefs: <Field label="Brief field" />, speakers: <p>People</p> }}
      />,
    );
    expect(screen.getByLabelText('Pack field')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Brief field');
    expect(document.body.textContent).not.toContain('People');

    await user.click(screen.getByRole('tab', { name: 'Topic briefs' }));
    await user.type(screen.getByLabelText('Brief field'), 'kept');
    await user.click(screen.getByRole('tab', { name: 'Pack' }));
    expect(document.body.textContent).not.toContain('People');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Speakers' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('People')).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    expect((screen.getByLabelText('Brief field') as HTMLInputElement).value).toBe('kept');
  });
});
