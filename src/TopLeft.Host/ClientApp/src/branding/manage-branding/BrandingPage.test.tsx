import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signedInRoutes } from '../../accounts/common/testing';
import { adminUser, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';
import { forgetBranding } from '../current-branding';

const LOGIN_URL = '/api/branding/logos/login/0123456789abcdef0123.png';
const MENU_URL = '/api/branding/logos/menu/aaaaaaaaaaaaaaaaaaaa.png';

const png = (name = 'logo.png', size = 2048) => new File([new Uint8Array(size)], name, { type: 'image/png' });

function slot(title: string) {
  return screen.getByRole('group', { name: title });
}

describe('Branding page', () => {
  beforeEach(() => {
    forgetBranding();
    let next = 0;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => `blob:preview-${++next}`), revokeObjectURL: vi.fn() }));
  });

  it('shows each logo in use, or the TopLeft default', async () => {
    mockApi({ ...signedInRoutes(adminUser), 'GET /api/branding': { body: { login: LOGIN_URL, menu: null, favicon: null } } });

    renderApp('/admin/branding');

    expect(await screen.findByRole('group', { name: 'Sign-in page' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Branding', level: 1 })).toBeInTheDocument();
    expect(within(slot('Sign-in page')).getByRole('img', { name: 'Current sign-in page logo' })).toHaveAttribute('src', LOGIN_URL);
    expect(within(slot('Main menu')).getByRole('img', { name: 'Default main menu logo' })).toBeInTheDocument();
    expect(within(slot('Browser tab icon')).getByRole('img', { name: 'Default tab icon' })).toHaveAttribute('src', '/favicon.svg');
    expect(within(slot('Main menu')).getByRole('button', { name: 'Save main menu logo' })).toBeDisabled();
  });

  it('previews a chosen file, uploads it as the body on save and shows it in the menu at once', async () => {
    const server = mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/branding': { body: { login: null, menu: null, favicon: null } },
      'PUT /api/branding/logos/menu': { body: { login: null, menu: MENU_URL, favicon: null } },
    });
    const user = userEvent.setup();
    renderApp('/admin/branding');
    const menu = await screen.findByRole('group', { name: 'Main menu' });
    const file = png('acme-menu.png');

    await user.upload(within(menu).getByLabelText('Choose a file for the main menu logo'), file);

    expect(within(menu).getByRole('img', { name: 'New main menu logo (not saved yet)' })).toHaveAttribute('src', 'blob:preview-1');
    expect(within(menu).getByText('acme-menu.png — not saved yet')).toBeInTheDocument();
    await user.click(within(menu).getByRole('button', { name: 'Save main menu logo' }));

    expect(await within(menu).findByRole('img', { name: 'Current main menu logo' })).toHaveAttribute('src', MENU_URL);
    const [put] = server.callsTo('PUT', '/api/branding/logos/menu');
    expect(put!.init!.body).toBe(file);
    expect(put!.headers['Content-Type']).toBe('image/png');
    expect(screen.getByTestId('menu-logo')).toHaveAttribute('src', MENU_URL);
  });

  it('shows the server refusal and keeps the logo in use', async () => {
    mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/branding': { body: { login: LOGIN_URL, menu: null, favicon: null } },
      'PUT /api/branding/logos/login': {
        status: 415,
        body: { title: 'This file cannot be used as a logo.', detail: 'SVG files are not accepted: an SVG is a document that can carry scripts.', status: 415 },
      },
    });
    const user = userEvent.setup();
    renderApp('/admin/branding');
    const login = await screen.findByRole('group', { name: 'Sign-in page' });

    await user.upload(within(login).getByLabelText('Choose a file for the sign-in page logo'), png('evil.png'));
    await user.click(within(login).getByRole('button', { name: 'Save sign-in page logo' }));

    expect(await within(login).findByText(/SVG files are not accepted/)).toBeInTheDocument();
    expect(screen.queryByText('New sign-in page logo saved')).not.toBeInTheDocument();
    await user.click(within(login).getByRole('button', { name: 'Cancel' }));
    expect(within(login).getByRole('img', { name: 'Current sign-in page logo' })).toHaveAttribute('src', LOGIN_URL);
  });

  it('refuses a file over 1 MB without sending it', async () => {
    const server = mockApi({ ...signedInRoutes(adminUser), 'GET /api/branding': { body: { login: null, menu: null, favicon: null } } });
    const user = userEvent.setup();
    renderApp('/admin/branding');
    const favicon = await screen.findByRole('group', { name: 'Browser tab icon' });

    await user.upload(within(favicon).getByLabelText('Choose a file for the tab icon'), png('huge.png', 2 * 1024 * 1024));

    expect(within(favicon).getByText(/larger than 1 MB/)).toBeInTheDocument();
    expect(within(favicon).getByRole('button', { name: 'Save tab icon' })).toBeDisabled();
    expect(server.callsTo('PUT', '/api/branding/logos/favicon')).toHaveLength(0);
  });

  it('resets a logo to the default on save', async () => {
    let branding = { login: LOGIN_URL, menu: null, favicon: null } as Record<string, string | null>;
    const server = mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/branding': () => ({ body: branding }),
      'DELETE /api/branding/logos/login': () => {
        branding = { login: null, menu: null, favicon: null };
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    renderApp('/admin/branding');
    const login = await screen.findByRole('group', { name: 'Sign-in page' });

    await user.click(within(login).getByRole('button', { name: 'Reset to default' }));
    expect(within(login).getByText('TopLeft default — not saved yet')).toBeInTheDocument();
    await user.click(within(login).getByRole('button', { name: 'Save sign-in page logo' }));

    await waitFor(() => expect(within(login).getByText('TopLeft default')).toBeInTheDocument());
    expect(server.callsTo('DELETE', '/api/branding/logos/login')).toHaveLength(1);
    expect(within(login).queryByRole('img', { name: 'Current sign-in page logo' })).not.toBeInTheDocument();
  });

  it('offers to try again when branding cannot be loaded', async () => {
    mockApi({ ...signedInRoutes(adminUser), 'GET /api/branding': { status: 500, body: { title: 'Boom', status: 500 } } });

    renderApp('/admin/branding');

    expect(await screen.findByRole('heading', { name: 'Branding could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
