import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { isAdmin, useSession } from '../../accounts/session';
import { NoLicensePage } from '../../licensing/no-license/NoLicensePage';
import { useViewAs } from '../../portal/view-as/ViewAsProvider';
import { Card, EmptyState, LoadingState, Page } from '../../shared/ui';

/**
 * Boards need a license (members), portal access (contacts) or a View As session (admins); the server scopes each.
 * Others see the explanation.
 */
export function RequireLicense({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const viewAs = useViewAs();
  if (!user.licensed && user.kind !== 'contact' && isAdmin(user) && viewAs.loading) return <LoadingState />;
  if (!user.licensed && user.kind !== 'contact' && !viewAs.state?.active) return <NoLicensePage isAdmin={isAdmin(user)} />;
  return <>{children}</>;
}

/** The admin area; the server enforces this too, the guard only avoids a page of 403s. */
export function RequireAdmin() {
  const { user } = useSession();
  if (!isAdmin(user)) {
    return (
      <Page>
        <Card>
          <EmptyState icon="shield" title="Administrators only" actions={<Link to="/">Back to boards</Link>}>
            <p>This page is part of the admin area. Ask a TopLeft administrator if you need something changed here.</p>
          </EmptyState>
        </Card>
      </Page>
    );
  }
  return <Outlet />;
}
