import { useEffect, useState } from 'react';
import { ApiError } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Badge, Button, Card, EmptyState, LoadingState, Page, PageHeader, ProblemAlert } from '../../shared/ui';
import { toApiError } from '../common/errors';
import { Timestamp } from '../common/Timestamp';
import { AUDIT_PAGE_SIZE, eventLabel, eventTone, getAuditEntries, type AuditEntry } from './audit';
import '../common/accounts.css';
import './AuditLogPage.css';

interface State {
  entries: AuditEntry[];
  status: 'loading' | 'ready' | 'error';
  error: ApiError | null;
  /** A page came back full, so older entries may exist. */
  hasMore: boolean;
  loadingMore: boolean;
  moreError: ApiError | null;
}

const INITIAL: State = { entries: [], status: 'loading', error: null, hasMore: false, loadingMore: false, moreError: null };

/** `/admin/audit`: the tenant's security events, newest first, 50 at a time. */
export function AuditLogPage() {
  useDocumentTitle('Audit log');
  const [state, setState] = useState<State>(INITIAL);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getAuditEntries(undefined, controller.signal).then(
      (entries) => setState({ ...INITIAL, status: 'ready', entries, hasMore: entries.length >= AUDIT_PAGE_SIZE }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ ...INITIAL, status: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = () => {
    setState(INITIAL);
    setAttempt((a) => a + 1);
  };

  const loadMore = async () => {
    const last = state.entries[state.entries.length - 1];
    if (!last) return;
    setState((s) => ({ ...s, loadingMore: true, moreError: null }));
    try {
      const older = await getAuditEntries(last.at);
      setState((s) => {
        const known = new Set(s.entries.map((e) => e.id));
        return {
          ...s,
          entries: [...s.entries, ...older.filter((e) => !known.has(e.id))],
          hasMore: older.length >= AUDIT_PAGE_SIZE,
          loadingMore: false,
        };
      });
    } catch (error) {
      setState((s) => ({ ...s, loadingMore: false, moreError: toApiError(error) }));
    }
  };

  let content;
  if (state.status === 'loading') {
    content = <LoadingState label="Loading the audit log…" />;
  } else if (state.status === 'error') {
    content = (
      <EmptyState
        icon="alert"
        title="The audit log could not be loaded"
        actions={
          <Button variant="primary" onClick={retry}>
            Try again
          </Button>
        }
      >
        <p>{state.error?.message}</p>
      </EmptyState>
    );
  } else if (state.entries.length === 0) {
    content = (
      <EmptyState icon="list" title="Nothing logged yet">
        <p>Sign-ins, failed sign-ins, two-factor changes, invitations and disabled users will show up here.</p>
      </EmptyState>
    );
  } else {
    content = (
      <>
        <ol className="tl-audit" aria-label="Security events, newest first">
          {state.entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </ol>
        <div className="tl-load-more" aria-live="polite">
          {state.moreError ? <ProblemAlert error={state.moreError} title="Older events could not be loaded" /> : null}
          {state.hasMore ? (
            <Button loading={state.loadingMore} onClick={() => void loadMore()}>
              Load more
            </Button>
          ) : (
            <p className="tl-text-muted tl-text-sm">That's everything: {state.entries.length} events.</p>
          )}
        </div>
      </>
    );
  }

  return (
    <Page>
      <PageHeader eyebrow="Admin" title="Audit log" description="Security events in your workspace: who signed in, what changed, and from where." />
      <Card padded={state.status !== 'ready' || state.entries.length === 0}>{content}</Card>
    </Page>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const byOther = entry.actorUserName && entry.actorUserName !== entry.userName;
  return (
    <li className="tl-audit__item">
      <div className="tl-audit__when">
        <Timestamp value={entry.at} />
      </div>
      <div className="tl-audit__main">
        <div className="tl-audit__headline">
          <Badge tone={eventTone(entry.event)}>{eventLabel(entry.event)}</Badge>
          {entry.userName ? <span className="tl-audit__user">{entry.userName}</span> : null}
        </div>
        {entry.detail ? <p className="tl-audit__detail">{entry.detail}</p> : null}
        <p className="tl-audit__meta">
          {byOther ? <span>by {entry.actorUserName}</span> : null}
          {entry.ipAddress ? <span className="tl-mono">{entry.ipAddress}</span> : null}
        </p>
      </div>
    </li>
  );
}
