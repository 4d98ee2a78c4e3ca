import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/hooks';
import { Card, EmptyState, Page } from '../shared/ui';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <Page>
      <Card>
        <EmptyState
          icon="alert"
          title="Page not found"
          actions={
            <Link to="/" className="tl-btn tl-btn--secondary tl-btn--md">
              Go to boards
            </Link>
          }
        >
          <p>The page you were looking for doesn't exist or has moved.</p>
        </EmptyState>
      </Card>
    </Page>
  );
}
