import { ComingSoonPage } from '../../shared/layout';

export function SynchronizationPage() {
  return (
    <ComingSoonPage
      eyebrow="Admin · Integrations"
      title="Synchronization"
      icon="sync"
      description="How tickets, tasks and projects flow between your PSA and TopLeft."
    >
      <p>Follow sync progress, see the last successful run and any records that could not be written back.</p>
    </ComingSoonPage>
  );
}
