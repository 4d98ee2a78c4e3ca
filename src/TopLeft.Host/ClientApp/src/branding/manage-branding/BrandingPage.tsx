import { ComingSoonPage } from '../../shared/layout';

export function BrandingPage() {
  return (
    <ComingSoonPage eyebrow="Admin" title="Branding" icon="palette" description="Make TopLeft and the Client Portal look like your company.">
      <p>Upload the logo shown on the sign-in page and in the Client Portal.</p>
    </ComingSoonPage>
  );
}
