import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { acmeTenant, mockApi } from '../../test/mockApi';
import { LocationProbe, renderPage } from '../../test/renderApp';
import { ToastProvider } from '../../shared/ui';
import { stubWebAuthn, unstubWebAuthn } from '../common/testing';
import { SignInPage } from './SignInPage';

function renderSignIn(path = '/sign-in', routes: Parameters<typeof mockApi>[0] = {}) {
  const server = mockApi({ 'GET /api/tenant': { body: acmeTenant }, ...routes });
  renderPage(path, '/sign-in', <SignInPage />);
  return server;
}

async function fillAndSubmit(username = 'ada', password = 'secret') {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Username or email'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('Sign-in page', () => {
  it("shows the workspace's name and the TopLeft wordmark when no logo was uploaded", async () => {
    renderSignIn();

    expect(await screen.findByRole('heading', { name: 'Sign in to Acme IT' })).toBeInTheDocument();
    expect(await screen.findByTestId('topleft-wordmark')).toBeInTheDocument();
    expect(screen.queryByTestId('login-logo')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/forgot-password');
  });

  it('shows the uploaded login logo', async () => {
    renderSignIn('/sign-in', { 'GET /api/branding/logos/login': { body: '<svg/>', contentType: 'image/svg+xml' } });

    const logo = await screen.findByTestId('login-logo');
    expect(logo).toHaveAttribute('src', '/api/branding/logos/login');
    expect(logo).toHaveAttribute('alt', 'Acme IT logo');
  });

  it('explains that there is no workspace at this address when the tenant is unknown', async () => {
    mockApi({ 'GET /api/tenant': { status: 404, body: { title: 'Not Found' } } });
    renderPage('/sign-in', '/sign-in', <SignInPage />);

    expect(await screen.findByRole('heading', { name: 'No TopLeft workspace at this address' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign up for TopLeft' })).toHaveAttribute('href', '/sign-up');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('validates empty fields without calling the server', async () => {
    const server = renderSignIn();
    const user = userEvent.setup();
    await screen.findByLabelText('Username or email');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Username or email')).toHaveAccessibleDescription('Enter your username or email.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(screen.getByLabelText('Username or email')).toHaveFocus();
    expect(server.callsTo('POST', '/api/accounts/sign-in')).toHaveLength(0);
  });

  it('posts the credentials and goes to the boards on success', async () => {
    const server = renderSignIn('/sign-in', { 'POST /api/accounts/sign-in': { body: { requiresTwoFactor: false } } });

    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username or email'), ' ada@acme.test ');
    await user.type(screen.getByLabelText('Password'), 'pa55word!');
    await user.click(screen.getByRole('checkbox', { name: 'Remember me' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(server.callsTo('POST', '/api/accounts/sign-in')[0]!.body).toEqual({
      username: 'ada@acme.test',
      password: 'pa55word!',
      rememberMe: true,
    });
  });

  it('returns to the page the user asked for', async () => {
    renderSignIn('/sign-in?returnUrl=%2Fadmin%2Fusers', { 'POST /api/accounts/sign-in': { body: { requiresTwoFactor: false } } });

    await fillAndSubmit();

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/admin/users'));
  });

  it('ignores a return URL that leaves the site', async () => {
    renderSignIn('/sign-in?returnUrl=%2F%2Fevil.example', { 'POST /api/accounts/sign-in': { body: { requiresTwoFactor: false } } });

    await fillAndSubmit();

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
  });

  it('continues to the two-factor step when the server asks for it', async () => {
    renderSignIn('/sign-in', { 'POST /api/accounts/sign-in': { body: { requiresTwoFactor: true } } });

    await fillAndSubmit();

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in/two-factor'));
  });

  it("shows the server's problem detail and clears the password when sign-in is refused", async () => {
    renderSignIn('/sign-in', {
      'POST /api/accounts/sign-in': { status: 401, body: { title: 'Unauthorized', status: 401, detail: 'Invalid username or password.' } },
    });

    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username or password.');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-in');
  });

  it('puts validation problems from the server next to their fields', async () => {
    renderSignIn('/sign-in', {
      'POST /api/accounts/sign-in': {
        status: 400,
        body: { title: 'One or more validation errors occurred.', status: 400, errors: { Username: ['Username is too long.'] } },
      },
    });

    await fillAndSubmit();

    await waitFor(() => expect(screen.getByLabelText('Username or email')).toHaveAccessibleDescription('Username is too long.'));
  });

  it('tells the user when the account is locked', async () => {
    renderSignIn('/sign-in', { 'POST /api/accounts/sign-in': { status: 423, body: { title: 'Locked', status: 423 } } });

    await fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account is locked');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('sends users who must still set up two-factor authentication to their security page', async () => {
    renderSignIn('/sign-in?returnUrl=%2Fboards%2Fb1', {
      'POST /api/accounts/sign-in': { body: { requiresTwoFactor: false, requiresTwoFactorSetup: true } },
    });

    await fillAndSubmit();

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/account\/security$/));
  });

  it('explains that a disabled account cannot sign in', async () => {
    renderSignIn('/sign-in', { 'POST /api/accounts/sign-in': { status: 403, body: { title: 'Forbidden', status: 403 } } });

    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is disabled');
  });

  it('prefills the username and shows the notice passed by the invitation page', async () => {
    mockApi({ 'GET /api/tenant': { body: acmeTenant } });
    render(
      <MemoryRouter initialEntries={[{ pathname: '/sign-in', state: { userName: 'max@acme.test', notice: 'Your password is set.' } }]}>
        <ToastProvider>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
          </Routes>
          <LocationProbe />
        </ToastProvider>
      </MemoryRouter>,
    );

    expect(await screen.findByLabelText('Username or email')).toHaveValue('max@acme.test');
    expect(screen.getByText('Your password is set.')).toBeInTheDocument();
  });

  describe('with passkeys', () => {
    afterEach(unstubWebAuthn);

    it('signs in with a passkey: options, navigator.credentials.get, then the credential as JSON', async () => {
      const webauthn = stubWebAuthn();
      const options = { challenge: 'Y2hhbGxlbmdl', rpId: 'acme.test', allowCredentials: [], userVerification: 'preferred' };
      const server = renderSignIn('/sign-in?returnUrl=%2Fadmin%2Fusers', {
        'POST /api/accounts/sign-in/passkey/options': { body: JSON.stringify(JSON.stringify(options)) },
        'POST /api/accounts/sign-in/passkey': { body: {} },
      });
      const user = userEvent.setup();

      await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));

      await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/admin/users'));
      const publicKey = (webauthn.get.mock.calls[0] as unknown as [CredentialRequestOptions])[0].publicKey!;
      expect(new TextDecoder().decode(publicKey.challenge as ArrayBuffer)).toBe('challenge');
      expect(publicKey.rpId).toBe('acme.test');
      expect(server.callsTo('POST', '/api/accounts/sign-in/passkey')[0]!.body).toEqual({ credential: webauthn.toJSON.mock.results[0]!.value });
    });

    it('says so when the user cancels the passkey prompt', async () => {
      stubWebAuthn({ fail: 'NotAllowedError' });
      const server = renderSignIn('/sign-in', { 'POST /api/accounts/sign-in/passkey/options': { body: { challenge: 'YQ' } } });
      const user = userEvent.setup();

      await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('cancelled or timed out');
      expect(server.callsTo('POST', '/api/accounts/sign-in/passkey')).toHaveLength(0);
      expect(screen.getByTestId('location')).toHaveTextContent('/sign-in');
    });

    it("shows the server's answer when the passkey is refused", async () => {
      stubWebAuthn();
      renderSignIn('/sign-in', {
        'POST /api/accounts/sign-in/passkey/options': { body: { challenge: 'YQ' } },
        'POST /api/accounts/sign-in/passkey': { status: 401, body: { title: 'Unauthorized', status: 401, detail: 'This passkey is not registered.' } },
      });
      const user = userEvent.setup();

      await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('This passkey is not registered.');
    });
  });

  it('hides the passkey button in browsers without WebAuthn', async () => {
    renderSignIn();

    await screen.findByLabelText('Username or email');
    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).not.toBeInTheDocument();
  });
});
