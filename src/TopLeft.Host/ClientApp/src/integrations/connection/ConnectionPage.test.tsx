import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';
import type { Connection, TestConnectionResult } from '../integrations';
import { signedInAdmin } from '../testing';

const stored: Connection = {
  kind: 1,
  siteUrl: 'https://api-na.myconnectwise.net',
  account: 'acmeit',
  apiUrl: 'https://api-na.myconnectwise.net/v4_6_release/apis/3.0/',
  hasCredentials: true,
  keepClosedTickets: false,
  actAsMemberAllowed: true,
  realtimeRegistered: true,
  lastFullSyncAt: '2026-11-20T08:00:00Z',
};

const allGranted: TestConnectionResult = {
  ok: true,
  error: null,
  permissions: [
    { permission: 'Read service tickets', granted: true, detail: null },
    { permission: 'Read members', granted: true, detail: null },
  ],
};

function render(routes: Parameters<typeof mockApi>[0] = {}) {
  const server = mockApi({ ...signedInAdmin(), ...routes });
  renderApp('/admin/integrations/connection');
  return server;
}

describe('PSA connection page', () => {
  it('starts empty for a new workspace and asks for every ConnectWise credential', async () => {
    const server = render();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Save' }));

    expect(screen.getByLabelText(/Company id/)).toHaveAccessibleDescription(/company id/i);
    expect(screen.getByLabelText(/Public key/)).toHaveAccessibleDescription('Enter the public key.');
    expect(screen.getByLabelText(/Private key/)).toHaveAccessibleDescription('Enter the private key.');
    expect(screen.getByLabelText(/clientId/)).toHaveAccessibleDescription(/GUID/);
    expect(server.callsTo('PUT', '/api/integrations/connection')).toHaveLength(0);
    expect(screen.queryByTestId('connection-summary')).not.toBeInTheDocument();
  });

  it('saves Autotask credentials with its own labels and no clientId', async () => {
    const server = render({ 'PUT /api/integrations/connection': { body: { ...stored, kind: 2, account: 'api@acme.test' } } });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: /Autotask/ }));
    expect(screen.queryByLabelText(/clientId/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/Autotask web services address/)).toHaveValue('https://webservices.autotask.net');
    await user.type(screen.getByLabelText(/API user name/), 'api@acme.test');
    await user.type(screen.getByLabelText(/Integration code/), 'CODE123');
    await user.type(screen.getByLabelText(/^Secret/), 's3cret');
    await user.click(screen.getByRole('checkbox', { name: /Keep closed tickets/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.callsTo('PUT', '/api/integrations/connection')).toHaveLength(1));
    expect(server.callsTo('PUT', '/api/integrations/connection')[0]!.body).toEqual({
      kind: 2,
      siteUrl: 'https://webservices.autotask.net',
      account: 'api@acme.test',
      publicKey: 'CODE123',
      privateKey: 's3cret',
      clientId: null,
      keepClosedTickets: true,
      actAsMemberAllowed: true,
    });
    expect(await screen.findByText('Connection saved')).toBeInTheDocument();
  });

  it('shows the stored connection and keeps stored secrets when they are left blank', async () => {
    const server = render({
      'GET /api/integrations/connection': { body: stored },
      'PUT /api/integrations/connection': { body: stored },
    });
    const user = userEvent.setup();

    const summary = await screen.findByTestId('connection-summary');
    expect(summary).toHaveTextContent('Connected to ConnectWise PSA (acmeit)');
    expect(summary).toHaveTextContent('Real-time updates on');
    expect(screen.getByLabelText(/Company id/)).toHaveValue('acmeit');
    expect(screen.getByLabelText(/Private key/)).toHaveValue('');
    expect(screen.getByLabelText(/Private key/)).toHaveAccessibleDescription('Leave blank to keep the stored value.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.callsTo('PUT', '/api/integrations/connection')).toHaveLength(1));
    expect(server.callsTo('PUT', '/api/integrations/connection')[0]!.body).toMatchObject({ kind: 1, account: 'acmeit', publicKey: null, privateKey: null, clientId: null });
  });

  it('lists each missing permission with a cross and the granted ones with a tick', async () => {
    const server = render({
      'GET /api/integrations/connection': { body: stored },
      'POST /api/integrations/connection/test': {
        body: {
          ok: false,
          error: null,
          permissions: [
            { permission: 'Read service tickets', granted: true, detail: null },
            { permission: 'Read members', granted: false, detail: "The API member's security role does not allow this." },
            { permission: 'Manage callbacks', granted: false, detail: "The API member's security role does not allow this." },
          ],
        },
      },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Test connection' }));

    const result = await screen.findByTestId('test-result');
    expect(within(result).getByRole('alert')).toHaveTextContent('The API user lacks 2 permissions');
    const rows = within(result).getAllByTestId('permission');
    expect(rows.map((r) => r.className)).toEqual(['tl-integrations__granted', 'tl-integrations__missing', 'tl-integrations__missing']);
    expect(rows[0]).toHaveTextContent('Read service tickets — granted');
    expect(rows[1]).toHaveTextContent("Read members — missingThe API member's security role does not allow this.");
    expect(server.callsTo('POST', '/api/integrations/connection/test')[0]!.body).toMatchObject({ kind: 1, siteUrl: stored.siteUrl });
  });

  it('says so when every permission is there, and shows an unreachable PSA', async () => {
    let answer: TestConnectionResult = allGranted;
    render({ 'GET /api/integrations/connection': { body: stored }, 'POST /api/integrations/connection/test': () => ({ body: answer }) });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Connection works')).toBeInTheDocument();

    answer = { ok: false, error: 'No such host is known.', permissions: [] };
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('The PSA could not be reached')).toBeInTheDocument();
    expect(screen.getByText('No such host is known.')).toBeInTheDocument();
  });

  it('shows the server’s problem when the connection cannot be saved', async () => {
    render({
      'GET /api/integrations/connection': { body: stored },
      'PUT /api/integrations/connection': {
        status: 400,
        body: { title: 'The connection could not be saved', detail: "ConnectWise does not know the company id 'acmeit'.", status: 400 },
      },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Save' }));

    expect(await screen.findByTestId('problem-detail')).toHaveTextContent("ConnectWise does not know the company id 'acmeit'.");
  });
});
