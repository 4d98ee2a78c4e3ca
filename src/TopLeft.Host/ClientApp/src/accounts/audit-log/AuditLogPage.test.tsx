import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminUser, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';
import { signedInRoutes } from '../common/testing';
import { eventLabel, eventTone, type AuditEntry } from './audit';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

function page(start: number, count: number): AuditEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: start + i,
    at: minutesAgo(start + i),
    event: i % 2 ? 'sign-in-failed' : 'sign-in',
    userName: `user${start + i}`,
    actorUserName: null,
    ipAddress: '203.0.113.7',
    detail: null,
  }));
}

describe('Audit log page', () => {
  it('lists events with badges and relative times, and loads older ones with ?before=', async () => {
    const first = page(1, 50);
    const server = mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/accounts/audit': (_init, url) => ({ body: url.includes('before=') ? page(51, 3) : first }),
    });
    const user = userEvent.setup();

    renderApp('/admin/audit');

    // Text and label queries: role queries over 50 rows of the whole app are slow in jsdom.
    await screen.findByText('user1');
    const list = screen.getByLabelText(/Security events/);
    expect(list.querySelectorAll(':scope > li')).toHaveLength(50);
    expect(within(list).getAllByText('Signed in')[0]).toBeInTheDocument();
    expect(within(list).getAllByText('Sign-in failed')[0]).toBeInTheDocument();
    expect(within(list).getByText('user1').closest('li')).toHaveTextContent('1 minute ago');
    expect(server.callsTo('GET', '/api/accounts/audit')[0]!.url).toBe('/api/accounts/audit?take=50');

    await user.click(screen.getByText('Load more'));

    await waitFor(() => expect(list.querySelectorAll(':scope > li')).toHaveLength(53));
    const second = new URL(server.callsTo('GET', '/api/accounts/audit')[1]!.url, 'http://x');
    expect(second.searchParams.get('before')).toBe(first[49]!.at);
    expect(second.searchParams.get('take')).toBe('50');
    expect(screen.queryByText('Load more')).not.toBeInTheDocument();
    expect(screen.getByText("That's everything: 53 events.")).toBeInTheDocument();
  });

  it('shows who acted on someone else, the IP address and the detail', async () => {
    mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/accounts/audit': {
        body: [{ id: 1, at: minutesAgo(5), event: 'user-disabled', userName: 'max', actorUserName: 'ada', ipAddress: '198.51.100.4', detail: 'Left the company' }],
      },
    });

    renderApp('/admin/audit');

    const item = (await screen.findByText('User disabled')).closest('li')!;
    expect(item).toHaveTextContent('max');
    expect(item).toHaveTextContent('by ada');
    expect(item).toHaveTextContent('198.51.100.4');
    expect(item).toHaveTextContent('Left the company');
    expect(item).toHaveTextContent('5 minutes ago');
  });

  it('has an empty state', async () => {
    mockApi({ ...signedInRoutes(adminUser), 'GET /api/accounts/audit': { body: [] } });

    renderApp('/admin/audit');

    expect(await screen.findByRole('heading', { name: 'Nothing logged yet' })).toBeInTheDocument();
  });

  it('has an error state with a retry', async () => {
    let fail = true;
    mockApi({
      ...signedInRoutes(adminUser),
      'GET /api/accounts/audit': () => (fail ? { status: 500, body: { title: 'Server error', status: 500 } } : { body: page(1, 2) }),
    });
    const user = userEvent.setup();

    renderApp('/admin/audit');

    expect(await screen.findByRole('heading', { name: 'The audit log could not be loaded' })).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('user1')).toBeInTheDocument();
  });

  it('names and colours events', () => {
    expect(eventLabel('2fa-removed-by-admin')).toBe('2FA removed by admin');
    expect(eventLabel('SomethingNewHappened')).toBe('Something new happened');
    expect(eventLabel('api.token_rotated')).toBe('API token rotated');
    expect(eventTone('locked-out')).toBe('danger');
    expect(eventTone('user-disabled')).toBe('warning');
    expect(eventTone('sign-in')).toBe('success');
    expect(eventTone('sign-out')).toBe('neutral');
    expect(eventTone('invitation-sent')).toBe('brand');
  });
});
