import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/renderApp';
import type { SyncRun, SyncStatus } from '../integrations';
import { signedInAdmin } from '../testing';
import { when } from './SyncPage';

const run = (overrides: Partial<SyncRun>): SyncRun => ({
  id: 'r-1',
  type: 'incremental',
  trigger: 'schedule',
  state: 'succeeded',
  startedAt: '2026-11-23T10:00:00Z',
  finishedAt: '2026-11-23T10:00:04Z',
  items: 12,
  errors: 0,
  progress: 100,
  step: 'done',
  requests: 9,
  log: 'tickets: 12 changed',
  ...overrides,
});

const status = (overrides: Partial<SyncStatus> = {}): SyncStatus => ({
  runs: [run({})],
  requestsLastHour: 340,
  budgetUsed: null,
  budgetLimit: null,
  pendingWriteBacks: 0,
  failedWriteBacks: 0,
  ...overrides,
});

function render(routes: Parameters<typeof mockApi>[0]) {
  const server = mockApi({ ...signedInAdmin(), ...routes });
  renderApp('/admin/integrations/sync');
  return server;
}

describe('Synchronization page', () => {
  it('shows the job log with started, finished, items and errors, and the run’s log on demand', async () => {
    render({
      'GET /api/integrations/sync': {
        body: status({
          runs: [
            run({ id: 'r-2', type: 'full', trigger: 'manual', state: 'failed', items: 5000, errors: 3, requests: 210, log: 'tickets: page 4 refused (403)' }),
            run({}),
          ],
        }),
      },
    });
    const user = userEvent.setup();

    const failed = await screen.findByTestId('run-r-2');
    expect(failed).toHaveTextContent('Full synchronization');
    expect(failed).toHaveTextContent('manual');
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent('5,000');
    expect(failed).toHaveTextContent('4.0 s');
    expect(within(failed).getByText('3')).toHaveClass('tl-integrations__errors');
    expect(screen.getByTestId('run-r-1')).toHaveTextContent('Changes');
    expect(screen.getByTestId('run-r-1')).toHaveTextContent('Finished');

    await user.click(within(failed).getByRole('button', { name: 'Show log' }));
    expect(screen.getByTestId('run-log')).toHaveTextContent('tickets: page 4 refused (403)');
  });

  it('starts the chosen sync type and follows its progress until it finishes', async () => {
    let polls = 0;
    const server = render({
      'GET /api/integrations/sync': () => {
        polls += 1;
        if (polls === 1) return { body: status({ runs: [] }) };
        if (polls === 2) return { body: status({ runs: [run({ id: 'r-9', type: 'full', trigger: 'manual', state: 'running', progress: 40, step: 'tickets', finishedAt: null, items: 800 })] }) };
        return { body: status({ runs: [run({ id: 'r-9', type: 'full', trigger: 'manual', items: 2000, requests: 31 })] }) };
      },
      'POST /api/integrations/sync': {
        status: 202,
        body: run({ id: 'r-9', type: 'full', trigger: 'manual', state: 'running', progress: 0, finishedAt: null, items: 0, log: null }),
      },
    });
    const user = userEvent.setup();

    expect(await screen.findByText('No synchronization has run yet.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Sync type'), 'full');
    await user.click(screen.getByRole('button', { name: 'Start' }));

    expect(server.callsTo('POST', '/api/integrations/sync')[0]!.body).toEqual({ type: 'full' });
    const progress = await screen.findByRole('progressbar', { name: 'Full synchronization progress' });
    expect(progress).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByTestId('running-run')).toHaveTextContent('Full synchronization · tickets');
    expect(screen.getByTestId('running-run')).toHaveTextContent('800 items');

    await waitFor(() => expect(screen.queryByTestId('running-run')).not.toBeInTheDocument());
    expect(screen.getByTestId('run-r-9')).toHaveTextContent('Finished');
    expect(screen.getByTestId('run-r-9')).toHaveTextContent('2,000');
  });

  it('shows the Autotask request budget and pending and failed write-backs', async () => {
    render({ 'GET /api/integrations/sync': { body: status({ budgetUsed: 2500, budgetLimit: 10000, pendingWriteBacks: 4, failedWriteBacks: 2 }) } });

    const budget = await screen.findByTestId('request-budget');
    expect(budget).toHaveTextContent('340');
    expect(budget).toHaveTextContent('2,500 of 10,000 allowed per hour (25%)');
    expect(within(budget).getByRole('progressbar', { name: 'Request budget used' })).toHaveAttribute('aria-valuenow', '25');
    const writeBacks = screen.getByTestId('write-backs');
    expect(writeBacks).toHaveTextContent('4');
    expect(within(writeBacks).getByRole('alert')).toHaveTextContent('2 changes were refused by the PSA');
  });

  it('explains a ConnectWise connection has no hourly budget', async () => {
    render({ 'GET /api/integrations/sync': { body: status() } });

    expect(await screen.findByTestId('request-budget')).toHaveTextContent('The PSA reports no hourly budget');
    expect(screen.getByTestId('write-backs')).toHaveTextContent('No failed write-backs');
  });

  it('shows why a sync did not start', async () => {
    render({
      'GET /api/integrations/sync': { body: status() },
      'POST /api/integrations/sync': { status: 400, body: { title: 'One or more validation errors occurred.', status: 400, errors: { type: ['Use full, incremental, reference, notes or reconcile.'] } } },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Start' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Use full, incremental, reference, notes or reconcile.');
  });
});

describe('job log times', () => {
  const now = new Date(2026, 11, 2, 15, 30);

  it('shows only the time for a run of today', () => {
    const today = new Date(2026, 11, 2, 9, 5, 7);
    expect(when(today.toISOString(), now)).toBe(today.toLocaleTimeString());
  });

  it('adds a short date for an older run, and a dash when there is none', () => {
    const older = new Date(2026, 10, 28, 9, 5);
    expect(when(older.toISOString(), now)).toBe(older.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' }));
    expect(when(older.toISOString(), now)).not.toBe(older.toLocaleTimeString());
    expect(when(null, now)).toBe('—');
  });
});
