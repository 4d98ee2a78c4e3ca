import { Link } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks';
import { Card, EmptyState, Page } from '../../shared/ui';

/** Shown to users who can sign in but hold no TopLeft license, in place of boards. */
export function NoLicensePage({ isAdmin = false }: { isAdmin?: boolean }) {
  useDocumentTitle('No license');
  return (
    <Page>
      <Card>
        <EmptyState
          icon="lock"
          title="You don't have a TopLeft license"
          actions={
            isAdmin ? (
              <Link to="/admin/licensing" className="tl-btn tl-btn--primary tl-btn--md">
                Go to Licensing
              </Link>
            ) : null
          }
        >
          <p>
            You can sign in, but viewing and working with Kanban boards needs a license. Licenses are assigned by your
            TopLeft administrator.
          </p>
          <p>
            {isAdmin
              ? 'As an administrator you can assign yourself a license under Admin › Licensing.'
              : 'Ask your administrator to license your account; the boards will appear here as soon as they do.'}
          </p>
        </EmptyState>
      </Card>
    </Page>
  );
}
