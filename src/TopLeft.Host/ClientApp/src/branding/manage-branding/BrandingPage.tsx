import { useDocumentTitle } from '../../shared/hooks';
import { Button, EmptyState, LoadingState, Page, PageHeader } from '../../shared/ui';
import { loadBranding, useBrandingState } from '../current-branding';
import { LogoSlotCard, type SlotInfo } from './LogoSlotCard';
import './BrandingPage.css';

const SLOTS: SlotInfo[] = [
  {
    slot: 'login',
    title: 'Sign-in page',
    label: 'sign-in page logo',
    hint: 'Shown above the sign-in form, to your team and your clients. Up to 2048×1024 pixels.',
  },
  {
    slot: 'menu',
    title: 'Main menu',
    label: 'main menu logo',
    hint: 'Shown at the top of the main menu. A wide logo about 32 pixels high works best; up to 1024×512.',
  },
  {
    slot: 'favicon',
    title: 'Browser tab icon',
    label: 'tab icon',
    hint: 'Shown in browser tabs and bookmarks. Square, from 16×16 to 512×512; ICO or PNG work best.',
  },
];

/** `/admin/branding`: the login, menu and tab logos, each with browse, preview, reset to default and save. */
export function BrandingPage() {
  useDocumentTitle('Branding');
  const { branding, failed } = useBrandingState();

  let content;
  if (branding) {
    content = (
      <div className="tl-branding-slots">
        {SLOTS.map((info) => (
          <LogoSlotCard key={info.slot} info={info} currentUrl={branding[info.slot]} />
        ))}
      </div>
    );
  } else if (failed) {
    content = (
      <EmptyState
        icon="alert"
        title="Branding could not be loaded"
        actions={
          <Button variant="primary" onClick={() => void loadBranding(true)}>
            Try again
          </Button>
        }
      >
        <p>Your logos are unchanged. Check your connection and try again.</p>
      </EmptyState>
    );
  } else {
    content = <LoadingState label="Loading branding…" />;
  }

  return (
    <Page>
      <PageHeader
        eyebrow="Admin · Customization"
        title="Branding"
        description="Make TopLeft and the Client Portal look like your company. PNG, JPEG, WebP or ICO, up to 1 MB each. SVG is not accepted, because an SVG can carry scripts."
      />
      {content}
    </Page>
  );
}
