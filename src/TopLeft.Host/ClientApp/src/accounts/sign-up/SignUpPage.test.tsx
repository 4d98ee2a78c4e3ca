import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { renderPage } from '../../test/renderApp';
import { workspaceHost } from '../tenant/tenant';
import { SignUpPage } from './SignUpPage';
import { slugify } from './signUp';

describe('Sign-up page', () => {
  it('suggests a workspace address from the company name and previews it', async () => {
    mockApi({});
    const user = userEvent.setup();
    renderPage('/sign-up', '/sign-up', <SignUpPage />);

    await user.type(screen.getByLabelText(/Company name/), 'Acme IT Services');

    expect(screen.getByLabelText(/Workspace address/)).toHaveValue('acme-it-services');
    expect(screen.getByTestId('slug-preview')).toHaveTextContent(`acme-it-services.${window.location.host}`);
  });

  it('shows the server validation problems next to the fields', async () => {
    const server = mockApi({
      'POST /api/accounts/sign-up': {
        status: 400,
        body: {
          title: 'One or more validation errors occurred.',
          status: 400,
          errors: { Slug: ['The address acme is already taken.'], Password: ['Passwords must be at least 12 characters.'] },
        },
      },
    });
    const user = userEvent.setup();
    renderPage('/sign-up', '/sign-up', <SignUpPage />);

    await user.type(screen.getByLabelText(/Company name/), 'Acme');
    await user.type(screen.getByLabelText(/Your email/), 'ada@acme.test');
    await user.type(screen.getByLabelText(/Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/Workspace address/)).toHaveAccessibleDescription('The address acme is already taken.'),
    );
    expect(screen.getByLabelText(/Password/)).toHaveAccessibleDescription('Passwords must be at least 12 characters.');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the highlighted fields.');
    expect(server.callsTo('POST', '/api/accounts/sign-up')[0]!.body).toEqual({
      companyName: 'Acme',
      slug: 'acme',
      adminEmail: 'ada@acme.test',
      password: 'short',
    });
  });

  it('checks the form before sending it', async () => {
    const server = mockApi({});
    const user = userEvent.setup();
    renderPage('/sign-up', '/sign-up', <SignUpPage />);

    await user.type(screen.getByLabelText(/Workspace address/), '-bad-');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    expect(screen.getByLabelText(/Company name/)).toHaveAccessibleDescription('Enter your company name.');
    expect(screen.getByLabelText(/Workspace address/)).toHaveAccessibleDescription(/lowercase letters, digits and hyphens/);
    expect(server.callsTo('POST', '/api/accounts/sign-up')).toHaveLength(0);
  });
});

describe('workspace addresses', () => {
  it.each([
    ['acme', 'topleft.app', 'acme.topleft.app'],
    ['acme', 'contoso.topleft.app', 'acme.topleft.app'],
    ['acme', 'localhost:5080', 'acme.localhost:5080'],
    ['acme', 'nope.localhost:5080', 'acme.localhost:5080'],
    ['acme', '127.0.0.1:5080', 'acme.127.0.0.1:5080'],
  ])('%s on %s is served at %s', (slug, host, expected) => {
    expect(workspaceHost(slug, host)).toBe(expected);
  });

  it('turns company names into valid slugs', () => {
    expect(slugify('  Ça Marche IT, Inc. ')).toBe('ca-marche-it-inc');
    expect(slugify('!!!')).toBe('');
  });
});
