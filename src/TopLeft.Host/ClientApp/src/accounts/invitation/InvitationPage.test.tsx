import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { renderPage } from '../../test/renderApp';
import '../common/testing';
import { InvitationPage } from './InvitationPage';

const invitation = { tenantName: 'Acme IT', userName: 'max', displayName: 'Max Member', email: 'max@acme.test' };
const path = '/invitation?token=tok-1';

function renderInvitation(routes: Parameters<typeof mockApi>[0]) {
  const server = mockApi(routes);
  renderPage(path, '/invitation', <InvitationPage />);
  return server;
}

async function setPassword(password: string, confirm = password) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^New password/), password);
  await user.type(screen.getByLabelText(/^Confirm password/), confirm);
  await user.click(screen.getByRole('button', { name: 'Set password and continue' }));
}

describe('Invitation page', () => {
  it('greets the invited user and sets the password, then goes to sign-in with the username', async () => {
    const server = renderInvitation({
      'GET /api/accounts/invitations/tok-1': { body: invitation },
      'POST /api/accounts/invitations/tok-1/accept': { body: {} },
    });

    expect(await screen.findByRole('heading', { name: 'Join Acme IT on TopLeft' })).toBeInTheDocument();
    expect(screen.getByTestId('invitation-username')).toHaveTextContent('max');
    await setPassword('Correct-Horse-1');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/sign-in$/));
    expect(server.callsTo('POST', '/api/accounts/invitations/tok-1/accept')[0]!.body).toEqual({ password: 'Correct-Horse-1' });
    expect(screen.getByText('Password set')).toBeInTheDocument();
  });

  it('says an expired invitation has expired, with the server wording', async () => {
    renderInvitation({
      'GET /api/accounts/invitations/tok-1': {
        status: 410,
        body: { title: 'Gone', status: 410, detail: 'This invitation has expired; ask your administrator to resend it.' },
      },
    });

    expect(await screen.findByRole('heading', { name: 'This invitation has expired' })).toBeInTheDocument();
    expect(screen.getByText('This invitation has expired; ask your administrator to resend it.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
  });

  it('says when a newer invitation replaced this one', async () => {
    renderInvitation({
      'GET /api/accounts/invitations/tok-1': {
        status: 410,
        body: { title: 'This invitation was replaced by a newer one.', status: 410, detail: 'Use the link in the most recent invitation e-mail.' },
      },
    });

    expect(await screen.findByRole('heading', { name: 'This invitation was replaced by a newer one' })).toBeInTheDocument();
    expect(screen.getByText('Use the link in the most recent invitation e-mail.')).toBeInTheDocument();
  });

  it('offers to sign in when the invitation was already accepted', async () => {
    renderInvitation({ 'GET /api/accounts/invitations/tok-1': { status: 409, body: { title: 'Conflict', status: 409 } } });

    expect(await screen.findByRole('heading', { name: 'This invitation was already accepted' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('explains an unknown link', async () => {
    renderInvitation({});

    expect(await screen.findByRole('heading', { name: "We couldn't find this invitation" })).toBeInTheDocument();
  });

  it('shows the password rules the server reports', async () => {
    renderInvitation({
      'GET /api/accounts/invitations/tok-1': { body: invitation },
      'POST /api/accounts/invitations/tok-1/accept': {
        status: 400,
        body: {
          title: 'One or more validation errors occurred.',
          status: 400,
          errors: { password: ['Passwords must be at least 12 characters.', "Passwords must have at least one digit ('0'-'9')."] },
        },
      },
    });

    await setPassword('short');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Choose a stronger password');
    expect(alert).toHaveTextContent('Passwords must be at least 12 characters.');
    expect(alert).toHaveTextContent('Passwords must have at least one digit');
    expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription('Choose a password that follows the rules above.');
    expect(screen.getByLabelText(/^New password/)).toHaveFocus();
    expect(screen.getByTestId('location')).toHaveTextContent('/invitation');
  });

  it('switches to the expired state when the invitation expires while the form is open', async () => {
    renderInvitation({
      'GET /api/accounts/invitations/tok-1': { body: invitation },
      'POST /api/accounts/invitations/tok-1/accept': { status: 410, body: { title: 'Gone', status: 410, detail: 'This invitation has expired; ask your administrator to resend it.' } },
    });

    await setPassword('Correct-Horse-1');

    expect(await screen.findByRole('heading', { name: 'This invitation has expired' })).toBeInTheDocument();
  });

  it('checks that the passwords match before sending', async () => {
    const server = renderInvitation({ 'GET /api/accounts/invitations/tok-1': { body: invitation } });

    await setPassword('Correct-Horse-1', 'Correct-Horse-2');

    expect(screen.getByLabelText(/^Confirm password/)).toHaveAccessibleDescription("The passwords don't match.");
    expect(server.callsTo('POST', '/api/accounts/invitations/tok-1/accept')).toHaveLength(0);
  });
});
