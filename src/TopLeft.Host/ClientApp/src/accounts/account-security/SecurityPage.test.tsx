import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { memberUser, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';
import { signedInRoutes, stubWebAuthn, unstubWebAuthn } from '../common/testing';

const off = { twoFactorEnabled: false, hasAuthenticator: false, recoveryCodesLeft: 0, passkeys: [], requireTwoFactor: false };
const on = {
  twoFactorEnabled: true,
  hasAuthenticator: true,
  recoveryCodesLeft: 2,
  passkeys: [{ id: 'pk-1', name: 'Work laptop', createdAt: '2026-03-04T10:00:00Z' }],
  requireTwoFactor: false,
};
const setup = {
  sharedKey: 'JBSW Y3DP EHPK 3PXP',
  authenticatorUri: 'otpauth://totp/TopLeft%20Acme:max?secret=JBSWY3DPEHPK3PXP',
  qrCodeSvg: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
};

function renderSecurity(routes: Parameters<typeof mockApi>[0], user: Record<string, unknown> = memberUser) {
  const server = mockApi({ ...signedInRoutes(user), ...routes });
  renderApp('/account/security');
  return server;
}

describe('My security page', () => {
  it('is reachable from the user menu', async () => {
    mockApi({ ...signedInRoutes(memberUser), 'GET /api/accounts/me/security': { body: off } });
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Account menu for Max Member' }));
    await user.click(screen.getByRole('menuitem', { name: 'Security' }));

    expect(await screen.findByRole('heading', { name: 'Security', level: 1 })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/account/security');
  });

  it('shows an error state with a retry', async () => {
    renderSecurity({ 'GET /api/accounts/me/security': { status: 500, body: { title: 'Server error', status: 500 } } });

    expect(await screen.findByRole('heading', { name: 'Your security settings could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('sets up an authenticator app: QR code as an image, grouped key, code, then recovery codes once', async () => {
    let current = off;
    const server = renderSecurity({
      'GET /api/accounts/me/security': () => ({ body: current }),
      'POST /api/accounts/me/authenticator': { body: setup },
      'POST /api/accounts/me/authenticator/verify': () => {
        current = { ...on, passkeys: [] };
        return { body: { recoveryCodes: ['aaaa-1111', 'bbbb-2222', 'cccc-3333'] } };
      },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Set up authenticator app' }));

    const dialog = await screen.findByRole('dialog', { name: 'Set up your authenticator app' });
    const qr = within(dialog).getByRole('img', { name: /QR code/ });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(atob(qr.getAttribute('src')!.split(',')[1]!)).toBe(setup.qrCodeSvg);
    expect(dialog.querySelector('rect')).toBeNull();
    expect(within(dialog).getByTestId('shared-key')).toHaveTextContent('jbsw y3dp ehpk 3pxp');
    const code = within(dialog).getByLabelText('Verification code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '123456');
    await user.click(within(dialog).getByRole('button', { name: 'Verify and turn on' }));

    const codesDialog = await screen.findByRole('dialog', { name: 'Two-factor authentication is on' });
    expect(within(codesDialog).getByRole('list', { name: 'Recovery codes' })).toHaveTextContent('aaaa-1111bbbb-2222cccc-3333');
    expect(server.callsTo('POST', '/api/accounts/me/authenticator/verify')[0]!.body).toEqual({ code: '123456' });
    await user.click(within(codesDialog).getByRole('button', { name: 'Copy codes' }));
    expect(await navigator.clipboard.readText()).toBe('aaaa-1111\nbbbb-2222\ncccc-3333');

    await user.click(within(codesDialog).getByRole('button', { name: "I've saved my codes" }));
    expect(screen.queryByText('aaaa-1111')).not.toBeInTheDocument();
    expect(await screen.findByText('Authenticator app added')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('recovery-codes-left')).toHaveTextContent('2 unused recovery codes left'));
    // The session is read again, so a "must set up 2FA" block lifts at once.
    expect(server.callsTo('GET', '/api/session').length).toBeGreaterThan(1);
  });

  it('keeps the setup open and announces a wrong code', async () => {
    renderSecurity({
      'GET /api/accounts/me/security': { body: off },
      'POST /api/accounts/me/authenticator': { body: setup },
      'POST /api/accounts/me/authenticator/verify': {
        status: 400,
        body: { title: 'One or more validation errors occurred.', status: 400, errors: { code: ["That code is not valid. Check your device's clock and enter the current code."] } },
      },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Set up authenticator app' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set up your authenticator app' });
    await user.type(within(dialog).getByLabelText('Verification code'), '999999');
    await user.click(within(dialog).getByRole('button', { name: 'Verify and turn on' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That code is not valid.');
    expect(within(dialog).getByLabelText('Verification code')).toHaveAccessibleDescription(/That code is not valid/);
    expect(within(dialog).getByLabelText('Verification code')).toHaveValue('');
    expect(screen.queryByRole('dialog', { name: 'Two-factor authentication is on' })).not.toBeInTheDocument();
  });

  it('removes the authenticator only after confirming', async () => {
    const server = renderSecurity({
      'GET /api/accounts/me/security': { body: on },
      'DELETE /api/accounts/me/authenticator': { status: 204 },
    });
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Authenticator app' });
    await user.click(within(section).getByRole('button', { name: 'Remove' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Remove your authenticator app?' });
    expect(server.callsTo('DELETE', '/api/accounts/me/authenticator')).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Remove authenticator' }));

    await waitFor(() => expect(server.callsTo('DELETE', '/api/accounts/me/authenticator')).toHaveLength(1));
    expect(await screen.findByText('Authenticator app removed')).toBeInTheDocument();
  });

  it('regenerates recovery codes after confirming and shows the new ones', async () => {
    const server = renderSecurity({
      'GET /api/accounts/me/security': { body: on },
      'POST /api/accounts/me/recovery-codes': { body: { recoveryCodes: ['new1-new1', 'new2-new2'] } },
    });
    const user = userEvent.setup();

    expect(await screen.findByText('Running low')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Generate new codes' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Generate new codes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your new recovery codes' });
    expect(within(dialog).getByText('new1-new1')).toBeInTheDocument();
    expect(server.callsTo('POST', '/api/accounts/me/recovery-codes')).toHaveLength(1);
  });

  describe('passkeys', () => {
    afterEach(unstubWebAuthn);

    it('adds a passkey: creation options, navigator.credentials.create, then name and credential', async () => {
      const webauthn = stubWebAuthn();
      const options = {
        challenge: 'Y2hhbA',
        rp: { name: 'TopLeft', id: 'acme.test' },
        user: { id: 'dXNlcg', name: 'max', displayName: 'Max Member' },
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
      };
      const server = renderSecurity({
        'GET /api/accounts/me/security': { body: off },
        'POST /api/accounts/me/passkeys/options': { body: options },
        'POST /api/accounts/me/passkeys': { status: 201, body: { id: 'pk-9', name: 'YubiKey', createdAt: '2026-11-23T10:00:00Z' } },
      });
      const user = userEvent.setup();

      expect(await screen.findByTestId('no-passkeys')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
      const dialog = screen.getByRole('dialog', { name: 'Add a passkey' });
      const name = within(dialog).getByLabelText('Passkey name');
      await user.clear(name);
      await user.type(name, 'YubiKey');
      await user.click(within(dialog).getByRole('button', { name: 'Continue' }));

      expect(await screen.findByText('Passkey added')).toBeInTheDocument();
      const publicKey = (webauthn.create.mock.calls[0] as unknown as [CredentialCreationOptions])[0].publicKey!;
      expect(new TextDecoder().decode(publicKey.user.id as ArrayBuffer)).toBe('user');
      expect(server.callsTo('POST', '/api/accounts/me/passkeys')[0]!.body).toEqual({ name: 'YubiKey', credential: webauthn.toJSON.mock.results[0]!.value });
    });

    it('keeps the dialog open when the browser prompt is cancelled', async () => {
      stubWebAuthn({ fail: 'NotAllowedError' });
      const server = renderSecurity({
        'GET /api/accounts/me/security': { body: off },
        'POST /api/accounts/me/passkeys/options': { body: { challenge: 'YQ', rp: { name: 'x' }, user: { id: 'dQ', name: 'u', displayName: 'U' }, pubKeyCredParams: [] } },
      });
      const user = userEvent.setup();

      await user.click(await screen.findByRole('button', { name: 'Add a passkey' }));
      const dialog = screen.getByRole('dialog', { name: 'Add a passkey' });
      await user.type(within(dialog).getByLabelText('Passkey name'), 'Phone');
      await user.click(within(dialog).getByRole('button', { name: 'Continue' }));

      expect(await within(dialog).findByRole('alert')).toHaveTextContent('cancelled or timed out');
      expect(server.callsTo('POST', '/api/accounts/me/passkeys')).toHaveLength(0);
    });

    it('removes a passkey after confirming', async () => {
      stubWebAuthn();
      const server = renderSecurity({
        'GET /api/accounts/me/security': { body: on },
        'DELETE /api/accounts/me/passkeys/pk-1': { status: 204 },
      });
      const user = userEvent.setup();

      await user.click(await screen.findByRole('button', { name: 'Remove passkey Work laptop' }));
      await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove passkey' }));

      await waitFor(() => expect(server.callsTo('DELETE', '/api/accounts/me/passkeys/pk-1')).toHaveLength(1));
      expect(await screen.findByText('Passkey removed')).toBeInTheDocument();
    });
  });

  it('sends users who must set up 2FA here from any page, with the reason', async () => {
    mockApi({
      ...signedInRoutes({ ...memberUser, mustSetUpTwoFactor: true }),
      'GET /api/accounts/me/security': { body: { ...off, requireTwoFactor: true } },
    });

    renderApp('/boards/b1');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/account\/security$/));
    expect(await screen.findByRole('alert')).toHaveTextContent('Acme IT requires two-factor authentication');
  });
});
