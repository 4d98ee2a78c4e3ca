import { Link } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthLayout } from '../../shared/layout';
import { EmptyState, Wordmark } from '../../shared/ui';

/** Shown when `GET /api/tenant` says no workspace is served at this host name. */
export function NoWorkspacePage() {
  useDocumentTitle('No workspace');
  const host = typeof window === 'undefined' ? '' : window.location.host;
  return (
    <AuthLayout logo={<Wordmark size="lg" />}>
      <EmptyState
        icon="globe"
        title="No TopLeft workspace at this address"
        actions={
          <Link to="/sign-up" className="tl-btn tl-btn--primary tl-btn--md">
            Sign up for TopLeft
          </Link>
        }
      >
        <p>
          We couldn't find a workspace at <strong className="tl-mono">{host}</strong>. Check the address in your invitation
          email, or create a new workspace for your company.
        </p>
      </EmptyState>
    </AuthLayout>
  );
}
