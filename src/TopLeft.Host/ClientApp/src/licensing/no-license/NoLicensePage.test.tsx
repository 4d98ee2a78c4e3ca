import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedInRoutes } from '../../accounts/common/testing';
import { memberUser, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';

describe('No-license page', () => {
  it('names the administrators to ask, with their e-mail addresses', async () => {
    mockApi({
      ...signedInRoutes({ ...memberUser, licensed: false }),
      'GET /api/licensing/me': {
        body: {
          licensed: false, isContact: false, psaMemberId: 12, adminNames: ['Ada Admin', 'ops@acme.test'],
          admins: [{ name: 'Ada Admin', email: 'ada@acme.test' }, { name: 'ops@acme.test', email: 'ops@acme.test' }],
        },
      },
    });

    renderApp('/boards/b1');

    const admins = await screen.findByRole('region', { name: 'Administrators' });
    expect(within(admins).getByText('Your administrators:')).toBeInTheDocument();
    expect(within(admins).getByRole('link', { name: 'ada@acme.test' })).toHaveAttribute('href', 'mailto:ada@acme.test');
    expect(admins).toHaveTextContent('Ada Admin (ada@acme.test)');
    expect(within(admins).getByRole('link', { name: 'ops@acme.test' })).toBeInTheDocument();
    expect(screen.getByText(/Ask your administrator/)).toBeInTheDocument();
  });
});
