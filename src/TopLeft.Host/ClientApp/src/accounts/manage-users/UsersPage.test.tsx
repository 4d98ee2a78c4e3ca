import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminUser, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';
import { signedInRoutes } from '../common/testing';
import type { ManagedUser } from './users';

const row = (overrides: Partial<ManagedUser>): ManagedUser => ({
  id: 'x',
  displayName: 'X',
  userName: 'x',
  email: 'x@acme.test',
  kind: 'member',
  isAdmin: false,
  licensed: true,
  disabled: false,
  lastBoardViewAt: null,
  twoFactorEnabled: false,
  passkeyCount: 0,
  psaApiKeysSet: false,
  invitation: 'accepted',
  ...overrides,
});

const users: ManagedUser[] = [
  row({ id: 'u-1', displayName: 'Ada Admin', userName: 'ada@acme.test', email: 'ada@acme.test', isAdmin: true, twoFactorEnabled: true, passkeyCount: 2, psaApiKeysSet: true, lastBoardViewAt: new Date(Date.now() - 3 * 3600_000).toISOString() }),
  row({ id: 'u-2', displayName: 'Max Member', userName: 'max', email: 'max@acme.test', invitation: 'none', licensed: false }),
  row({ id: 'u-3', displayName: 'Pat Pending', userName: 'pat', email: 'pat@acme.test', invitation: 'pending' }),
  row({ id: 'u-4', displayName: 'Dee Disabled', userName: 'dee', disabled: true, twoFactorEnabled: true }),
  row({ id: 'u-5', displayName: 'Carla Contact', userName: 'carla@client.test', email: 'carla@client.test', kind: 'contact', licensed: false, invitation: 'expired' }),
];

function renderUsers(routes: Parameters<typeof mockApi>[0] = {}) {
  const server = mockApi({ ...signedInRoutes(adminUser), 'GET /api/accounts/users': { body: users }, ...routes });
  renderApp('/admin/users');
  return server;
}

async function openActions(name: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Actions for ${name}` }));
  return user;
}

describe('Users page', () => {
  it('lists users with their kind, license, sign-in methods, PSA keys and status', async () => {
    renderUsers();

    const ada = await screen.findByTestId('user-u-1');
    expect(ada).toHaveTextContent('Ada Admin (you)');
    expect(ada).toHaveTextContent('Administrator');
    expect(ada).toHaveTextContent('Licensed');
    expect(ada).toHaveTextContent('3 hours ago');
    expect(ada).toHaveTextContent('2FA on');
    expect(ada).toHaveTextContent('2 passkeys');
    expect(ada).toHaveTextContent('Set');
    expect(ada).toHaveTextContent('Active');
    expect(screen.getByTestId('user-u-2')).toHaveTextContent('No license');
    expect(screen.getByTestId('user-u-2')).toHaveTextContent('Never');
    expect(screen.getByTestId('user-u-2')).toHaveTextContent('Not invited');
    expect(screen.getByTestId('user-u-3')).toHaveTextContent('Invited');
    expect(screen.getByTestId('user-u-4')).toHaveTextContent('Disabled');
    expect(screen.getByTestId('user-u-5')).toHaveTextContent('Client contact');
    expect(screen.getByTestId('user-u-5')).toHaveTextContent('Invitation expired');
    expect(screen.getByTestId('users-count')).toHaveTextContent('5 users');
  });

  it('filters by search text and by kind', async () => {
    renderUsers();
    const user = userEvent.setup();
    await screen.findByTestId('user-u-1');

    await user.type(screen.getByLabelText('Search'), 'acme.test');
    expect(screen.getByTestId('users-count')).toHaveTextContent('4 of 5 users');
    await user.clear(screen.getByLabelText('Search'));

    await user.selectOptions(screen.getByLabelText('Show'), 'contact');
    expect(screen.getAllByTestId(/^user-/).map((r) => r.dataset.testid)).toEqual(['user-u-5']);
    await user.selectOptions(screen.getByLabelText('Show'), 'admin');
    expect(screen.getAllByTestId(/^user-/).map((r) => r.dataset.testid)).toEqual(['user-u-1']);

    await user.type(screen.getByLabelText('Search'), 'nobody');
    expect(screen.getByRole('heading', { name: 'No users match' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getAllByTestId(/^user-/)).toHaveLength(5);
  });

  it('invites a user who has no invitation yet', async () => {
    const server = renderUsers({ 'POST /api/accounts/users/u-2/invitation': { status: 202 } });

    const user = await openActions('Max Member');
    expect(screen.queryByRole('menuitem', { name: 'Resend invitation' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Invite' }));

    expect(await screen.findByText('Invitation sent')).toBeInTheDocument();
    expect(server.callsTo('POST', '/api/accounts/users/u-2/invitation')).toHaveLength(1);
  });

  it('resends a pending invitation', async () => {
    const server = renderUsers({ 'POST /api/accounts/users/u-3/invitation': { status: 202 } });

    const user = await openActions('Pat Pending');
    await user.click(screen.getByRole('menuitem', { name: 'Resend invitation' }));

    expect(await screen.findByText('Invitation sent again')).toBeInTheDocument();
    expect(server.callsTo('POST', '/api/accounts/users/u-3/invitation')).toHaveLength(1);
  });

  it('shows a failing action in a toast', async () => {
    renderUsers({
      'POST /api/accounts/users/u-2/invitation': { status: 400, body: { title: 'This user has no e-mail address.', status: 400, detail: 'Add one in the PSA, then sync.' } },
    });

    const user = await openActions('Max Member');
    await user.click(screen.getByRole('menuitem', { name: 'Invite' }));

    const toast = await screen.findByRole('alert');
    expect(toast).toHaveTextContent('The invitation was not sent');
    expect(toast).toHaveTextContent('Add one in the PSA, then sync.');
  });

  it('disables a user only after a confirmation that says their sessions end', async () => {
    const server = renderUsers({ 'POST /api/accounts/users/u-2/disable': { status: 204 } });

    const user = await openActions('Max Member');
    await user.click(screen.getByRole('menuitem', { name: 'Disable' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Disable Max Member?' });
    expect(dialog).toHaveAccessibleDescription(/ends their sessions at once/);
    expect(server.callsTo('POST', '/api/accounts/users/u-2/disable')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Disable user' }));

    await waitFor(() => expect(server.callsTo('POST', '/api/accounts/users/u-2/disable')).toHaveLength(1));
    expect(await screen.findByText('User disabled')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('cancelling the confirmation does nothing', async () => {
    const server = renderUsers();

    const user = await openActions('Max Member');
    await user.click(screen.getByRole('menuitem', { name: 'Disable' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(server.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('does not offer to disable yourself', async () => {
    renderUsers();

    await openActions('Ada Admin');
    expect(screen.queryByRole('menuitem', { name: 'Disable' })).not.toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Remove 2FA' })).toBeInTheDocument();
  });

  it('enables a disabled user and removes their 2FA after confirming', async () => {
    const server = renderUsers({
      'POST /api/accounts/users/u-4/enable': { status: 204 },
      'DELETE /api/accounts/users/u-4/two-factor': { status: 204 },
    });

    let user = await openActions('Dee Disabled');
    expect(screen.queryByRole('menuitem', { name: /invit/i })).not.toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Enable' }));
    expect(await screen.findByText('User enabled')).toBeInTheDocument();
    expect(server.callsTo('POST', '/api/accounts/users/u-4/enable')).toHaveLength(1);

    user = await openActions('Dee Disabled');
    await user.click(screen.getByRole('menuitem', { name: 'Remove 2FA' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove 2FA' }));
    await waitFor(() => expect(server.callsTo('DELETE', '/api/accounts/users/u-4/two-factor')).toHaveLength(1));
  });

  it('adds a contact, using the email address as username', async () => {
    const server = renderUsers({ 'POST /api/accounts/users': { status: 201, body: row({ id: 'u-9' }) } });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add user' });
    await user.click(within(dialog).getByRole('radio', { name: /Client contact/ }));
    await user.type(within(dialog).getByLabelText(/^Name/), 'Cleo Client');
    await user.type(within(dialog).getByLabelText(/^Email/), 'cleo@client.test');
    expect(within(dialog).queryByLabelText(/^Username/)).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox', { name: /Administrator/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    expect(await screen.findByText('Cleo Client added')).toBeInTheDocument();
    expect(server.callsTo('POST', '/api/accounts/users')[0]!.body).toEqual({
      displayName: 'Cleo Client',
      userName: 'cleo@client.test',
      email: 'cleo@client.test',
      kind: 'contact',
      isAdmin: false,
      sendInvitation: true,
    });
    expect(screen.queryByRole('dialog', { name: 'Add user' })).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the reason when the username is taken', async () => {
    renderUsers({
      'POST /api/accounts/users': { status: 409, body: { title: 'That username is taken.', status: 409, detail: "'max' already belongs to a user of this workspace." } },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add user' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Max Again');
    await user.type(within(dialog).getByLabelText(/^Email/), 'max2@acme.test');
    await user.type(within(dialog).getByLabelText(/^Username/), 'max');
    await user.click(within(dialog).getByRole('checkbox', { name: /Administrator/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This user already exists');
    expect(alert).toHaveTextContent("'max' already belongs to a user of this workspace.");
  });

  it('validates the form before sending', async () => {
    const server = renderUsers();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add user' });
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    expect(within(dialog).getByLabelText(/^Name/)).toHaveAccessibleDescription('Enter the name people know them by.');
    expect(within(dialog).getByLabelText(/^Email/)).toHaveAccessibleDescription('An invitation needs an email address.');
    expect(server.callsTo('POST', '/api/accounts/users')).toHaveLength(0);
  });

  it('shows loading, then an error with a retry', async () => {
    let fail = true;
    renderUsers({
      'GET /api/accounts/users': () => (fail ? { status: 503, body: { title: 'Unavailable', status: 503 } } : { body: users }),
    });
    const user = userEvent.setup();

    expect(screen.getByText('Loading TopLeft…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Users could not be loaded' })).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('user-u-1')).toBeInTheDocument();
  });
});
