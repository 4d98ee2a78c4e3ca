import { ComingSoonPage } from '../../shared/layout';

export function ConnectionPage() {
  return (
    <ComingSoonPage
      eyebrow="Admin · Integrations"
      title="PSA connection"
      icon="plug"
      description="Connect TopLeft to ConnectWise Manage or Autotask."
    >
      <p>Enter your PSA's API credentials, test the connection and see its status.</p>
    </ComingSoonPage>
  );
}
