// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../src/renderer/src/components/Dialog';

afterEach(cleanup);

function Page({ open, onClose, dismissible }: { open: boolean; onClose: () => void; dismissible?: boolean }) {
  return (
    <>
      <button type="button">Open</button>
      <Dialog
        open={open}
        title="Confirm"
        onClose={onClose}
        dismissible={dismissible}
        footer={<button type="button">OK</button>}
      >
        <input aria-label="Name" />
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('is a labelled modal that takes focus, traps Tab, makes the page inert and gives focus back', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { rerender } = render(<Page open={false} onClose={onClose} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    rerender(<Page open onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Confirm' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    expect(opener.closest('[inert]')).not.toBeNull();

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'OK' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'OK' }));

    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    rerender(<Page open={false} onClose={onClose} />);
    expect(opener.closest('[inert]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('ignores Escape when not dismissible', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Page open onClose={onClose} dismissible={false} />);
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
  });
});
