import { useEffect, useId, useState } from 'react';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Alert, Badge, Button, Card, EmptyState, LoadingState, Page, PageHeader, ProblemAlert, ProgressBar, useToast, type BadgeTone } from '../../shared/ui';
import { getSyncStatus, startSync, type SyncRun, type SyncStatus, type SyncType } from '../integrations';
import '../integrations.css';

/** How often the page polls GET /api/integrations/sync while a run is going, and when idle. */
export const POLL_RUNNING_MS = 1000;
export const POLL_IDLE_MS = 10000;

const TYPES: { value: SyncType; label: string; description: string }[] = [
  { value: 'incremental', label: 'Changes', description: 'Tickets and tasks changed since the last sync (every 5 minutes on its own).' },
  { value: 'reference', label: 'Reference data', description: 'Members, companies, contacts, boards, statuses and priorities, with deletes.' },
  { value: 'notes', label: 'Notes', description: 'Notes and time entries of open work.' },
  { value: 'full', label: 'Full synchronization', description: 'Everything, from scratch. Can take a while on large PSAs.' },
  { value: 'reconcile', label: 'Reconciliation', description: 'A full sync that also removes what was deleted in the PSA.' },
];

const stateTone: Record<SyncRun['state'], BadgeTone> = { running: 'brand', succeeded: 'success', failed: 'danger' };
const stateLabel: Record<SyncRun['state'], string> = { running: 'Running', succeeded: 'Finished', failed: 'Failed' };

const typeLabel = (type: string) => TYPES.find((t) => t.value === type)?.label ?? type;
/** Today's runs show their time only, older ones a short date too, so the job log fits beside the menu on a laptop. */
export function when(iso: string | null, now = new Date()): string {
  if (!iso) return '—';
  const at = new Date(iso);
  return at.toDateString() === now.toDateString()
    ? at.toLocaleTimeString()
    : at.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

function duration(run: SyncRun): string {
  if (!run.finishedAt) return '—';
  const seconds = Math.max(0, (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000);
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** `/admin/integrations/sync`: TopLeft's "Force Synchronization" with live progress and the job log. */
export function SyncPage() {
  useDocumentTitle('Synchronization');
  const toast = useToast();
  const status = useApiQuery('integrations-sync', getSyncStatus);
  const [type, setType] = useState<SyncType>('incremental');
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const typeId = useId();

  const running = status.data?.runs.find((r) => r.state === 'running');
  const { reload, loading } = status;

  // Polls fast while a run is going (the progress bar is live), slowly otherwise.
  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(reload, running ? POLL_RUNNING_MS : POLL_IDLE_MS);
    return () => clearTimeout(timer);
  }, [reload, loading, running]);

  const onStart = async () => {
    setStarting(true);
    setProblem(null);
    try {
      const run = await startSync(type);
      toast.show({ tone: 'success', title: `${typeLabel(run.type)} started` });
      setExpanded(run.id);
      reload();
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, null, error instanceof Error ? error.message : undefined));
    } finally {
      setStarting(false);
    }
  };

  let content;
  if (status.data === undefined && status.error) {
    content = (
      <EmptyState
        icon="alert"
        title="The synchronization status could not be loaded"
        actions={
          <Button variant="primary" onClick={reload}>
            Try again
          </Button>
        }
      >
        <p>{status.error.message}</p>
      </EmptyState>
    );
  } else if (status.data === undefined) {
    content = <LoadingState label="Loading the synchronization status…" />;
  } else {
    const data = status.data;
    content = (
      <div className="tl-integrations">
        <Card>
          <div className="tl-integrations__start">
            <div className="tl-field">
              <div className="tl-field__label-row">
                <label className="tl-field__label" htmlFor={typeId}>
                  Sync type
                </label>
              </div>
              <select id={typeId} className="tl-select" value={type} onChange={(e) => setType(e.target.value as SyncType)}>
                {TYPES.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
              </select>
              <p className="tl-field__message tl-field__message--hint">{TYPES.find((t) => t.value === type)!.description}</p>
            </div>
            <Button variant="primary" icon="sync" loading={starting} onClick={() => void onStart()}>
              Start
            </Button>
          </div>
          <ProblemAlert error={problem} title="The sync did not start" />
          {running ? <RunningPanel run={running} /> : null}
        </Card>
        <Health status={data} />
        <Card padded={false}>
          <h2 className="tl-integrations__heading">Job log</h2>
          {data.runs.length === 0 ? (
            <p className="tl-integrations__empty">No synchronization has run yet.</p>
          ) : (
            <div className="tl-integrations__table-wrap">
              <table className="tl-integrations__table" aria-label="Job log">
                <thead>
                  <tr>
                    <th scope="col">Type</th>
                    <th scope="col">State</th>
                    <th scope="col">Started</th>
                    <th scope="col">Finished</th>
                    <th scope="col">Duration</th>
                    <th scope="col">Items</th>
                    <th scope="col">Errors</th>
                    <th scope="col">Requests</th>
                    <th scope="col">
                      <span className="tl-visually-hidden">Details</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.runs.map((run) => (
                    <RunRow key={run.id} run={run} open={expanded === run.id} onToggle={() => setExpanded(expanded === run.id ? null : run.id)} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
    );
  }

  return (
    <Page wide>
      <PageHeader
        eyebrow="Admin · Integrations"
        title="Synchronization"
        description="Run a synchronization now and follow it. Scheduled syncs and real-time PSA updates appear here too."
      />
      {content}
    </Page>
  );
}

function RunningPanel({ run }: { run: SyncRun }) {
  return (
    <div className="tl-integrations__running" data-testid="running-run">
      <div className="tl-integrations__running-head">
        <span>
          {typeLabel(run.type)} · {run.step ?? 'starting'}
        </span>
        <span>{run.progress}%</span>
      </div>
      <ProgressBar value={run.progress} label={`${typeLabel(run.type)} progress`} />
      <p className="tl-integrations__muted">
        {run.items.toLocaleString()} items · {run.requests.toLocaleString()} requests · {run.errors} errors
      </p>
    </div>
  );
}

function Health({ status }: { status: SyncStatus }) {
  const hasBudget = status.budgetLimit !== null && status.budgetUsed !== null;
  const share = hasBudget && status.budgetLimit! > 0 ? (status.budgetUsed! / status.budgetLimit!) * 100 : 0;
  return (
    <div className="tl-integrations__health">
      <Card data-testid="request-budget">
        <p className="tl-integrations__stat-label">PSA requests in the last hour</p>
        <p className="tl-integrations__stat">{status.requestsLastHour.toLocaleString()}</p>
        {hasBudget ? (
          <>
            <ProgressBar value={share} label="Request budget used" />
            <p className="tl-integrations__muted">
              {status.budgetUsed!.toLocaleString()} of {status.budgetLimit!.toLocaleString()} allowed per hour ({Math.round(share)}%)
            </p>
          </>
        ) : (
          <p className="tl-integrations__muted">The PSA reports no hourly budget; TopLeft backs off when it is throttled.</p>
        )}
      </Card>
      <Card data-testid="write-backs">
        <p className="tl-integrations__stat-label">Changes waiting to be written to the PSA</p>
        <p className="tl-integrations__stat">{status.pendingWriteBacks.toLocaleString()}</p>
        {status.failedWriteBacks > 0 ? (
          <Alert tone="danger" title={`${status.failedWriteBacks} ${status.failedWriteBacks === 1 ? 'change was' : 'changes were'} refused by the PSA`}>
            <p>They were undone in TopLeft and the people who made them were told why.</p>
          </Alert>
        ) : (
          <Badge tone="success" dot>
            No failed write-backs
          </Badge>
        )}
      </Card>
    </div>
  );
}

function RunRow({ run, open, onToggle }: { run: SyncRun; open: boolean; onToggle: () => void }) {
  return (
    <>
      <tr data-testid={`run-${run.id}`}>
        <td>
          {typeLabel(run.type)}
          <span className="tl-integrations__muted"> · {run.trigger}</span>
        </td>
        <td>
          <Badge tone={stateTone[run.state]} dot>
            {stateLabel[run.state]}
            {run.state === 'running' ? ` ${run.progress}%` : ''}
          </Badge>
        </td>
        <td>{when(run.startedAt)}</td>
        <td>{when(run.finishedAt)}</td>
        <td>{duration(run)}</td>
        <td>{run.items.toLocaleString()}</td>
        <td className={run.errors > 0 ? 'tl-integrations__errors' : undefined}>{run.errors}</td>
        <td>{run.requests.toLocaleString()}</td>
        <td>
          {run.log ? (
            <Button size="sm" variant="ghost" aria-expanded={open} onClick={onToggle}>
              {open ? 'Hide log' : 'Show log'}
            </Button>
          ) : null}
        </td>
      </tr>
      {open && run.log ? (
        <tr className="tl-integrations__log-row">
          <td colSpan={9}>
            <pre className="tl-integrations__log" data-testid="run-log">
              {run.log}
            </pre>
          </td>
        </tr>
      ) : null}
    </>
  );
}
