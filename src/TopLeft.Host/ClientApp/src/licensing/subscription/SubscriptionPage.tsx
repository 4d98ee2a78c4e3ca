import { ComingSoonPage } from '../../shared/layout';

export function SubscriptionPage() {
  return (
    <ComingSoonPage eyebrow="Admin · Subscription" title="Subscription" icon="card" description="Your plan, license counts and billing.">
      <p>Upgrade or downgrade the number of member licenses and Client Portal company licenses, and review payments.</p>
    </ComingSoonPage>
  );
}
