// @vitest-environment jsdom
/** Issue 10, item 6: a pack open elsewhere offers Open read-only, Open anyway and Cancel. */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import type { ApiRequest } from '../../../src/shared/ipc/contract';
import { createFakeApi } from '../helpers/fake-api';
import { opened, samplePack } from '../helpers/fixtures';

afterEach(cleanup);

const IN_USE = {
  filePath: '/p/shared.briefpack',
  displayName: 'shared.briefpack',
  message: 'shared.briefpack is already open in another Briefing Pack Builder (process 12 on "pc", since 2024-03-05).',
};

function fakeWithPackInUse() {
  const other = samplePack({ title: 'Shared pack' });
  return createFakeApi({
    openPack: (request: ApiRequest<'openPack'>) => {
      if (request.whenInUse === undefined) return { ok: true, data: { inUse: IN_USE } };
      const base = opened(other, IN_USE.filePath, IN_USE.displayName);
      return { ok: true, data: request.whenInUse === 'readOnly' ? { ...base, readOnly: true } : base };
    },
  });
}

async function openSharedPack() {
  const fake = fakeWithPackInUse();
  const user = userEvent.setup();
  render(<App api={fake.api} />);
  await screen.findByRole('grid');
  await user.keyboard('{Control>}o{/Control}');
  const dialog = await screen.findByRole('dialog', { name: '“shared.briefpack” is open somewhere else' });
  return { fake, user, dialog };
}

describe('opening a pack that is open somewhere else', () => {
  it('says who has it, with the focus on Open read-only; read-only opens it and says how to keep changes', async () => {
    const { fake, user, dialog } = await openSharedPack();
    expect(within(dialog).getByText(IN_USE.message)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Open read-only' }));
    await user.click(within(dialog).getByRole('button', { name: 'Open read-only' }));
    await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Shared pack'));
    expect(fake.callsOf('openPack')).toEqual([{}, { filePath: IN_USE.filePath, whenInUse: 'readOnly' }]);
    expect(
      await screen.findByText('shared.briefpack is open read-only: use Save as… to keep your changes in another file.'),
    ).toBeTruthy();
  });

  it('Open anyway asks main to take the pack over', async () => {
    const { fake, user, dialog } = await openSharedPack();
    await user.click(within(dialog).getByRole('button', { name: 'Open anyway' }));
    await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Shared pack'));
    expect(fake.callsOf('openPack')[1]).toEqual({ filePath: IN_USE.filePath, whenInUse: 'openAnyway' });
  });

  it('Cancel (or Escape) leaves the open pack as it was', async () => {
    const { fake, user } = await openSharedPack();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsOf('openPack')).toEqual([{}]);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(
      'Cybercrime and criminal justice in cyberspace',
    );
  });
});
