import { ComingSoonPage } from '../../shared/layout';

export function LicensingPage() {
  return (
    <ComingSoonPage
      eyebrow="Admin · Subscription"
      title="Licensing"
      icon="key"
      description="Choose which PSA members hold a TopLeft license."
    >
      <p>
        Only licensed users can view and use Kanban boards, and only work assigned to a licensed user (or unassigned)
        appears on a board. You'll move people between the Available and Selected lists here and optionally send them an
        invitation.
      </p>
    </ComingSoonPage>
  );
}
