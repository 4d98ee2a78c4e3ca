import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedInRoutes } from '../../accounts/common/testing';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';
import type { InvitationResult, LicensedMembers, SavedSelection } from '../licensing';

const members: LicensedMembers = {
  available: [
    { psaId: 1, name: 'Ann Lee', userName: 'alee', email: 'ann@acme.test' },
    { psaId: 2, name: 'Bob Ray', userName: 'bray', email: null },
  ],
  selected: [{ psaId: 3, name: 'Cat Kim', userName: 'ckim', email: 'cat@acme.test' }],
  used: 1,
  limit: 3,
  isTrial: false,
};

const saved = (overrides: Partial<SavedSelection> = {}): SavedSelection => ({
  used: 3, limit: 3, version: 7, added: [1, 2], removed: [], invitations: [], ...overrides,
});

const results: InvitationResult[] = [
  { psaId: 1, name: 'Ann Lee', email: 'ann@acme.test', invited: true, outcome: 'invited', reason: 'Invitation sent to ann@acme.test.' },
  { psaId: 2, name: 'Bob Ray', email: null, invited: false, outcome: 'noEmail', reason: 'No e-mail address; add one in the PSA, then sync.' },
];

function renderLicensing(routes: Parameters<typeof mockApi>[0] = {}) {
  const server = mockApi({ ...signedInRoutes(), 'GET /api/licensing/members': { body: members }, ...routes });
  renderApp('/admin/licensing');
  return server;
}

const list = (name: string) => screen.getByRole('region', { name });

describe('Licensing page', () => {
  it('moves a clicked name between Available and Selected, filters by search and counts licenses used', async () => {
    renderLicensing();
    const user = userEvent.setup();
    await screen.findByRole('button', { name: /Ann Lee/ });
    expect(screen.getByText('1 of 3 licenses used')).toBeInTheDocument();

    await user.click(within(list('Available')).getByRole('button', { name: /Ann Lee/ }));

    expect(within(list('Selected')).getByRole('button', { name: /Ann Lee/ })).toBeInTheDocument();
    expect(within(list('Available')).queryByRole('button', { name: /Ann Lee/ })).not.toBeInTheDocument();
    expect(screen.getByText('2 of 3 licenses used')).toBeInTheDocument();
    await user.click(within(list('Selected')).getByRole('button', { name: /Cat Kim/ }));
    expect(within(list('Available')).getByRole('button', { name: /Cat Kim/ })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search'), 'bray');
    expect(within(list('Available')).getAllByRole('button').map((b) => b.textContent)).toEqual(['Bob Raybray']);
  });

  it('invites the newly selected members with the save when asked, and shows who was invited and who not', async () => {
    const server = renderLicensing({ 'PUT /api/licensing/members': { body: saved({ invitations: results }) } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Ann Lee/ }));
    await user.click(screen.getByRole('button', { name: /Bob Ray/ }));

    await user.click(screen.getByLabelText(/Send e-mail invitations/));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const invitations = await screen.findByRole('region', { name: 'Invitations' });
    expect(invitations).toHaveTextContent('Invitations sent to 1 member');
    expect(invitations).toHaveTextContent('ann@acme.test');
    expect(invitations).toHaveTextContent('Bob Ray: No e-mail address');
    expect(server.callsTo('PUT', '/api/licensing/members')[0]?.body).toEqual({ selectedPsaIds: [1, 2, 3], sendInvitations: true });
    expect(screen.queryByRole('button', { name: 'Send e-mail invitations' })).not.toBeInTheDocument();
  });

  it('offers to invite the newly selected members after a save without invitations', async () => {
    const server = renderLicensing({
      'PUT /api/licensing/members': { body: saved() },
      'POST /api/licensing/members/invitations': { body: results },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Ann Lee/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await user.click(await screen.findByRole('button', { name: 'Send e-mail invitations' }));

    expect(await screen.findByRole('region', { name: 'Invitations' })).toHaveTextContent('Ann Lee');
    expect(server.callsTo('POST', '/api/licensing/members/invitations')[0]?.body).toEqual({ psaIds: [1, 2] });
    expect(screen.queryByRole('button', { name: 'Send e-mail invitations' })).not.toBeInTheDocument();
  });
});
