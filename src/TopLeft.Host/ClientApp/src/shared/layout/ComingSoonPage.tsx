import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks';
import type { IconName } from '../icons';
import { Badge, Card, EmptyState, Page, PageHeader } from '../ui';

export interface ComingSoonPageProps {
  title: string;
  /** Section shown above the title, e.g. "Admin". */
  eyebrow?: string;
  description?: ReactNode;
  icon?: IconName;
  /** Heading of the empty state; defaults to "<title> is on its way". */
  emptyTitle?: string;
  /** What the finished page will let people do. */
  children?: ReactNode;
}

/** A finished-looking page for a feature whose route exists but whose content is still being built. */
export function ComingSoonPage({ title, eyebrow, description, icon = 'sparkle', emptyTitle, children }: ComingSoonPageProps) {
  useDocumentTitle(title);
  return (
    <Page>
      <PageHeader eyebrow={eyebrow} title={title} description={description} />
      <Card>
        <EmptyState icon={icon} eyebrow={<Badge tone="brand">Coming soon</Badge>} title={emptyTitle ?? `${title} is on its way`}>
          {children ?? <p>This part of TopLeft is being built. Check back soon.</p>}
        </EmptyState>
      </Card>
    </Page>
  );
}
