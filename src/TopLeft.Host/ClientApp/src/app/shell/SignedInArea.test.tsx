import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { acmeTenant, adminUser, memberUser, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';

const boards = [
  { id: 'b1', name: 'Service desk' },
  { id: 'b2', name: 'Projects' },
];

describe('Signed-in area', () => {
  it('sends visitors without a session to the sign-in page, remembering where they were going', async () => {
    mockApi({ 'GET /api/session': { body: { user: null, tenant: acmeTenant } }, 'GET /api/tenant': { body: acmeTenant } });

    renderApp('/admin/licensing');

    expect(await screen.findByRole('heading', { name: /Sign in/ })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?returnUrl=%2Fadmin%2Flicensing');
  });

  it('treats a 401 from the session endpoint as signed out', async () => {
    mockApi({ 'GET /api/session': { status: 401, body: { title: 'Unauthorized' } }, 'GET /api/tenant': { body: acmeTenant } });

    renderApp('/');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/sign-in$/));
  });

  it('shows the boards and the whole admin menu to an administrator', async () => {
    mockApi({ 'GET /api/session': { body: { user: adminUser, tenant: acmeTenant } }, 'GET /api/boards': { body: boards } });

    renderApp('/');

    const menu = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(menu).findByRole('link', { name: 'Service desk' })).toHaveAttribute('href', '/boards/b1');
    for (const item of ['Users', 'Licensing', 'Subscription', 'Connection', 'Synchronization', 'Client Portal', 'Branding', 'Audit log']) {
      expect(within(menu).getByRole('link', { name: item })).toBeInTheDocument();
    }
    expect(within(menu).getByText('Acme IT')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Boards', level: 1 })).toBeInTheDocument();
  });

  it('hides the admin menu from members and blocks admin pages', async () => {
    mockApi({ 'GET /api/session': { body: { user: memberUser, tenant: acmeTenant } }, 'GET /api/boards': { body: boards } });

    renderApp('/admin/users');

    expect(await screen.findByRole('heading', { name: 'Administrators only' })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Main' });
    expect(within(menu).queryByText('Admin')).not.toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: 'Licensing' })).not.toBeInTheDocument();
  });

  it('tolerates a missing boards endpoint', async () => {
    mockApi({ 'GET /api/session': { body: { user: memberUser, tenant: acmeTenant } } });

    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'No boards yet' })).toBeInTheDocument();
  });

  it('shows unlicensed users why they cannot see boards', async () => {
    const server = mockApi({ 'GET /api/session': { body: { user: { ...memberUser, licensed: false }, tenant: acmeTenant } } });

    renderApp('/boards/b1');

    expect(await screen.findByRole('heading', { name: "You don't have a TopLeft license" })).toBeInTheDocument();
    expect(screen.getByText(/Ask your administrator/)).toBeInTheDocument();
    expect(server.callsTo('GET', '/api/boards')).toHaveLength(0);
  });

  it('renders the Client Portal page in the admin area', async () => {
    mockApi({
      'GET /api/session': { body: { user: adminUser, tenant: acmeTenant } },
      'GET /api/boards': { body: [] },
      'GET /api/portal/companies': { body: { licenses: 2, isTrial: false, used: 1, left: 1, companies: [{ psaId: 7, name: 'Contoso', identifier: 'C', licensedAt: '2026-01-01T00:00:00Z', licensedBy: 'Ada', inPsa: true }] } },
      'GET /api/portal/cloudradial': { body: { configured: false, createdAt: null, handOffUrl: 'http://acme.localhost/api/portal/cloudradial/hand-off?token=' } },
    });

    renderApp('/admin/portal');

    expect(await screen.findByRole('heading', { name: 'Client Portal', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('1 of 2 company licenses used')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove the license of Contoso' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('AdminClient Portal');
  });

  it('signs out from the user menu', async () => {
    const server = mockApi({
      'GET /api/session': { body: { user: memberUser, tenant: acmeTenant } },
      'GET /api/boards': { body: boards },
      'POST /api/accounts/sign-out': { status: 204 },
      'GET /api/tenant': { body: acmeTenant },
    });
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Account menu for Max Member' }));
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in'));
    expect(server.callsTo('POST', '/api/accounts/sign-out')).toHaveLength(1);
  });

  it('offers a retry when the session cannot be loaded', async () => {
    mockApi({ 'GET /api/session': { status: 500, body: { title: 'Server error', status: 500 } } });

    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'TopLeft could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
