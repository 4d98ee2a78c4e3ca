import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminUser, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';
import { signedInRoutes } from '../common/testing';

const tokens = [
  { id: 't-1', name: 'PSA workflow', createdAt: '2026-01-10T09:00:00Z', lastUsedAt: null, createdBy: 'ada@acme.test' },
];

describe('API tokens page', () => {
  it('has an empty state that offers to create a token', async () => {
    mockApi({ ...signedInRoutes(adminUser), 'GET /api/accounts/api-tokens': { body: [] } });

    renderApp('/admin/api-tokens');

    expect(await screen.findByRole('heading', { name: 'No API tokens yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create token' })).toBeInTheDocument();
  });

  it('shows a new token once, with copy, then never again', async () => {
    let list = tokens;
    const server = mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/accounts/api-tokens': () => ({ body: list }),
      'POST /api/accounts/api-tokens': () => {
        list = [...tokens, { id: 't-2', name: 'Backup script', createdAt: new Date().toISOString(), lastUsedAt: null, createdBy: 'ada@acme.test' }];
        return { status: 201, body: { id: 't-2', name: 'Backup script', token: 'tl_secret_abc123' } };
      },
    });
    const user = userEvent.setup();
    renderApp('/admin/api-tokens');

    expect(await screen.findByText('PSA workflow')).toBeInTheDocument();
    expect(screen.getByText('Never')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = screen.getByRole('dialog', { name: 'Create an API token' });
    await user.type(within(dialog).getByLabelText('Name'), 'Backup script');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    const shown = await screen.findByRole('dialog', { name: 'Your new token "Backup script"' });
    expect(within(shown).getByTestId('new-token')).toHaveTextContent('tl_secret_abc123');
    expect(within(shown).getByRole('alert')).toHaveTextContent('This is the only time the token is shown');
    expect(server.callsTo('POST', '/api/accounts/api-tokens')[0]!.body).toEqual({ name: 'Backup script' });
    await user.click(within(shown).getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe('tl_secret_abc123');

    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('cell', { name: 'Backup script' })).toBeInTheDocument();
    expect(screen.queryByText('tl_secret_abc123')).not.toBeInTheDocument();
  });

  it('asks for a name first', async () => {
    const server = mockApi({ ...signedInRoutes(adminUser), 'GET /api/accounts/api-tokens': { body: tokens } });
    const user = userEvent.setup();
    renderApp('/admin/api-tokens');

    await user.click(await screen.findByRole('button', { name: 'Create token' }));
    const dialog = screen.getByRole('dialog', { name: 'Create an API token' });
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription(/Give the token a name/);
    expect(server.callsTo('POST', '/api/accounts/api-tokens')).toHaveLength(0);
  });

  it('revokes a token after confirming', async () => {
    const server = mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/accounts/api-tokens': { body: tokens },
      'DELETE /api/accounts/api-tokens/t-1': { status: 204 },
    });
    const user = userEvent.setup();
    renderApp('/admin/api-tokens');

    await user.click(await screen.findByRole('button', { name: 'Revoke PSA workflow' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Revoke "PSA workflow"?' });
    await user.click(within(confirm).getByRole('button', { name: 'Revoke token' }));

    await waitFor(() => expect(server.callsTo('DELETE', '/api/accounts/api-tokens/t-1')).toHaveLength(1));
    expect(await screen.findByText('Token revoked')).toBeInTheDocument();
  });

  it('keeps the confirmation open with the error when revoking fails', async () => {
    mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/accounts/api-tokens': { body: tokens },
      'DELETE /api/accounts/api-tokens/t-1': { status: 500, body: { title: 'Server error', status: 500, detail: 'Database unavailable.' } },
    });
    const user = userEvent.setup();
    renderApp('/admin/api-tokens');

    await user.click(await screen.findByRole('button', { name: 'Revoke PSA workflow' }));
    const confirm = screen.getByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Revoke token' }));

    expect(await within(confirm).findByRole('alert')).toHaveTextContent('Database unavailable.');
  });
});
