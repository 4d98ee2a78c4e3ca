import { ComingSoonPage } from '../../shared/layout';

export function ClientPortalPage() {
  return (
    <ComingSoonPage
      eyebrow="Admin · Users"
      title="Client Portal"
      icon="globe"
      description="Give your clients self-serve access to the boards you share with them."
    >
      <p>
        License client companies, invite their contacts and choose which boards they can see. Clients only ever see
        records for their own company.
      </p>
    </ComingSoonPage>
  );
}
