import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { renderPage } from '../../test/renderApp';
import '../common/testing';
import { TwoFactorPage } from './TwoFactorPage';

function renderTwoFactor(routes: Parameters<typeof mockApi>[0] = {}, path = '/sign-in/two-factor?returnUrl=%2Fboards%2Fb1') {
  const server = mockApi(routes);
  renderPage(path, '/sign-in/two-factor', <TwoFactorPage />);
  return server;
}

describe('Two-factor page', () => {
  it('posts the 6-digit code and the "remember this device" choice, then continues', async () => {
    const server = renderTwoFactor({ 'POST /api/accounts/sign-in/two-factor': { body: {} } });
    const user = userEvent.setup();

    const input = screen.getByLabelText('Verification code');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveFocus();
    await user.type(input, '123 456');
    await user.click(screen.getByRole('checkbox', { name: /Remember this device/ }));
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/boards/b1'));
    expect(server.callsTo('POST', '/api/accounts/sign-in/two-factor')[0]!.body).toEqual({
      code: '123456',
      rememberMachine: true,
      useRecoveryCode: false,
    });
  });

  it('checks the code has 6 digits before asking the server', async () => {
    const server = renderTwoFactor();
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Verification code'), '123');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(screen.getByLabelText('Verification code')).toHaveAccessibleDescription('The code has 6 digits.');
    expect(server.calls).toHaveLength(0);
  });

  it('accepts a recovery code instead', async () => {
    const server = renderTwoFactor({ 'POST /api/accounts/sign-in/two-factor': { body: {} } }, '/sign-in/two-factor');
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByLabelText('Recovery code'), ' ABCD-1234 ');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(server.callsTo('POST', '/api/accounts/sign-in/two-factor')[0]!.body).toEqual({
      code: 'ABCD-1234',
      rememberMachine: false,
      useRecoveryCode: true,
    });
    expect(screen.queryByRole('button', { name: 'Use your authenticator app instead' })).toBeNull();
  });

  it('announces a wrong code and clears the field', async () => {
    renderTwoFactor({
      'POST /api/accounts/sign-in/two-factor': { status: 401, body: { title: 'Sign-in failed.', status: 401, detail: 'Invalid username or password.' } },
    });
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Verification code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not valid');
    expect(screen.getByLabelText('Verification code')).toHaveValue('');
    expect(screen.getByLabelText('Verification code')).toHaveFocus();
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-in/two-factor');
  });

  it('sends the user back to the password step when the half-finished sign-in expired', async () => {
    renderTwoFactor({
      'POST /api/accounts/sign-in/two-factor': { status: 401, body: { title: 'Your sign-in has expired.', status: 401, detail: 'Sign in with your password again.' } },
    });
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your sign-in has expired');
    expect(within(alert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/sign-in?returnUrl=%2Fboards%2Fb1');
  });

  it('tells the user when the account is locked', async () => {
    renderTwoFactor({
      'POST /api/accounts/sign-in/two-factor': { status: 423, body: { title: 'Locked', status: 423, detail: 'Locked until 14:05 UTC.' } },
    });
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Verification code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account is locked');
    expect(alert).toHaveTextContent('Locked until 14:05 UTC.');
  });
});
