import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { renderPage } from '../../test/renderApp';
import '../common/testing';
import { ResetPasswordPage } from './ResetPasswordPage';

const path = '/reset-password?userId=u-7&token=abc%2B%2F%3D';

async function choose(password: string, confirm = password) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^New password/), password);
  await user.type(screen.getByLabelText(/^Confirm password/), confirm);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('Reset password page', () => {
  it('explains an incomplete link', () => {
    mockApi({});
    renderPage('/reset-password?userId=u-7', '/reset-password', <ResetPasswordPage />);

    expect(screen.getByRole('heading', { name: 'This link is incomplete' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('checks that both passwords match', async () => {
    const server = mockApi({});
    renderPage(path, '/reset-password', <ResetPasswordPage />);

    await choose('Secret-123', 'Secret-124');

    expect(screen.getByLabelText(/^Confirm password/)).toHaveAccessibleDescription("The passwords don't match.");
    expect(server.calls).toHaveLength(0);
  });

  it('posts the user id, token and password, then goes to sign-in', async () => {
    const server = mockApi({ 'POST /api/accounts/password/reset': { status: 200, body: {} } });
    renderPage(path, '/reset-password', <ResetPasswordPage />);

    await choose('Secret-123');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in'));
    expect(server.callsTo('POST', '/api/accounts/password/reset')[0]!.body).toEqual({ userId: 'u-7', token: 'abc+/=', password: 'Secret-123' });
    expect(screen.getByText('Password changed')).toBeInTheDocument();
  });

  it('offers a new link when the token was used or has expired', async () => {
    mockApi({
      'POST /api/accounts/password/reset': { status: 400, body: { title: 'One or more validation errors occurred.', status: 400, errors: { password: ['Invalid token.'] } } },
    });
    renderPage(path, '/reset-password', <ResetPasswordPage />);

    await choose('Secret-123');

    expect(await screen.findByRole('heading', { name: 'This link no longer works' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('lists the password rules the new password breaks', async () => {
    mockApi({
      'POST /api/accounts/password/reset': {
        status: 400,
        body: { title: 'One or more validation errors occurred.', status: 400, errors: { password: ['Passwords must be at least 12 characters.'] } },
      },
    });
    renderPage(path, '/reset-password', <ResetPasswordPage />);

    await choose('Secret-123');

    expect(await screen.findByRole('alert')).toHaveTextContent('Passwords must be at least 12 characters.');
    expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription('Passwords must be at least 12 characters.');
  });
});
