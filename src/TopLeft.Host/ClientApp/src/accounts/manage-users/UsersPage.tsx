import { ComingSoonPage } from '../../shared/layout';

export function UsersPage() {
  return (
    <ComingSoonPage eyebrow="Admin" title="Users" icon="users" description="Everyone from your PSA who can sign in to TopLeft.">
      <p>See your PSA members, send invitations and choose who is an administrator.</p>
    </ComingSoonPage>
  );
}
