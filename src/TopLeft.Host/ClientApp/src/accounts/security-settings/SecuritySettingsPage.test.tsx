import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminUser, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';
import { signedInRoutes } from '../common/testing';

describe('Security settings page', () => {
  it('is in the admin menu and saves "require two-factor authentication"', async () => {
    const server = mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/accounts/settings': { body: { requireTwoFactor: false } },
      'PUT /api/accounts/settings': { status: 204 },
    });
    const user = userEvent.setup();
    renderApp('/');

    const menu = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(menu).getByRole('link', { name: 'Security settings' }));
    expect(within(menu).getByRole('link', { name: 'API tokens' })).toHaveAttribute('href', '/admin/api-tokens');

    const box = await screen.findByRole('checkbox', { name: /Require two-factor authentication for everyone/ });
    expect(box).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(server.callsTo('PUT', '/api/accounts/settings')[0]?.body).toEqual({ requireTwoFactor: true }));
    expect(await screen.findByText('Security settings saved')).toBeInTheDocument();
  });

  it('shows why saving failed', async () => {
    mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/accounts/settings': { body: { requireTwoFactor: true } },
      'PUT /api/accounts/settings': { status: 403, body: { title: 'Forbidden', status: 403 } },
    });
    const user = userEvent.setup();
    renderApp('/admin/security');

    await user.click(await screen.findByRole('checkbox', { name: /Require two-factor/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Settings were not saved');
  });

  it('has an error state', async () => {
    mockApi({ ...signedInRoutes(adminUser), 'GET /api/accounts/settings': { status: 500, body: { title: 'Server error', status: 500 } } });

    renderApp('/admin/security');

    expect(await screen.findByRole('heading', { name: 'Security settings could not be loaded' })).toBeInTheDocument();
  });
});
