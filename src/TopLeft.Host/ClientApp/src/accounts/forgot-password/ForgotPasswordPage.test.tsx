import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { renderPage } from '../../test/renderApp';
import '../common/testing';
import { ForgotPasswordPage } from './ForgotPasswordPage';

describe('Forgot password page', () => {
  it('asks for a username first', async () => {
    const server = mockApi({});
    renderPage('/forgot-password', '/forgot-password', <ForgotPasswordPage />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(screen.getByLabelText('Username or email')).toHaveAccessibleDescription('Enter your username or email.');
    expect(server.calls).toHaveLength(0);
  });

  it('requests the link and says to check the inbox without revealing whether the account exists', async () => {
    const server = mockApi({ 'POST /api/accounts/password/forgot': { status: 202 } });
    renderPage('/forgot-password', '/forgot-password', <ForgotPasswordPage />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Username or email'), ' ada@acme.test ');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    const notice = (await screen.findByText('Check your email')).closest('[role="status"]');
    expect(notice).toHaveTextContent('If an account matches ada@acme.test');
    expect(server.callsTo('POST', '/api/accounts/password/forgot')[0]!.body).toEqual({ username: 'ada@acme.test' });
  });

  it('shows an error when the request fails', async () => {
    mockApi({ 'POST /api/accounts/password/forgot': { status: 429, body: { title: 'Too many requests', status: 429, detail: 'Wait a minute.' } } });
    renderPage('/forgot-password', '/forgot-password', <ForgotPasswordPage />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Username or email'), 'ada');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wait a minute.');
  });
});
