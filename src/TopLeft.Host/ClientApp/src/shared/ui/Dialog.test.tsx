import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Button } from './Button';
import { Dialog } from './Dialog';

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete board</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Delete this board?"
        description="Cards stay in your PSA."
        footer={
          <>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button variant="danger">Delete</Button>
          </>
        }
      >
        <input aria-label="Type the board name" />
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Delete board' });

    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Delete this board?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Cards stay in your PSA.');
    expect(screen.getByRole('textbox', { name: 'Type the board name' })).toHaveFocus();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('keeps Tab focus inside the dialog', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Delete board' }));

    await user.tab(); // Cancel
    await user.tab(); // Delete (last)
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    await user.tab(); // wraps to the first focusable: the Close button

    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
  });
});
