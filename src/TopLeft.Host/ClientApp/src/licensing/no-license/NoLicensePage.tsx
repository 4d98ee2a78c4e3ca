import { Link } from 'react-router';
import { useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Card, EmptyState, Page } from '../../shared/ui';
import { getMyLicense } from '../licensing';
import './NoLicensePage.css';

/** Shown to users who can sign in but hold no TopLeft license, in place of boards; names the admins to ask. */
export function NoLicensePage({ isAdmin = false }: { isAdmin?: boolean }) {
  useDocumentTitle('No license');
  const me = useApiQuery('licensing-me', getMyLicense);
  const admins = me.data?.admins ?? [];
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
          {!isAdmin && admins.length > 0 ? (
            <section aria-label="Administrators">
              <p>{admins.length === 1 ? 'Your administrator:' : 'Your administrators:'}</p>
              <ul className="tl-no-license__admins">
                {admins.map((a) => (
                  <li key={`${a.name}|${a.email ?? ''}`}>
                    {a.email && a.email !== a.name ? (
                      <>
                        {a.name} (<a href={`mailto:${a.email}`}>{a.email}</a>)
                      </>
                    ) : a.email ? (
                      <a href={`mailto:${a.email}`}>{a.email}</a>
                    ) : (
                      a.name
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </EmptyState>
      </Card>
    </Page>
  );
}
