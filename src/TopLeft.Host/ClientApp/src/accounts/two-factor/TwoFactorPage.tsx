import { Link } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthHeading, AuthLayout } from '../../shared/layout';
import { Badge, Wordmark } from '../../shared/ui';
import './TwoFactorPage.css';

/** `/sign-in/two-factor`: where sign-in continues when the account has two-factor authentication. */
export function TwoFactorPage() {
  useDocumentTitle('Two-factor verification');
  return (
    <AuthLayout logo={<Wordmark size="lg" />} footer={<Link to="/sign-in">Back to sign in</Link>}>
      <AuthHeading
        title="Two-factor verification"
        subtitle="Your account is protected with two-factor authentication."
      />
      <div className="tl-two-factor">
        <Badge tone="brand">Coming soon</Badge>
        <p className="tl-text-muted">
          Entering a verification code from your authenticator app is not available in this version yet. Ask your
          administrator for help signing in.
        </p>
      </div>
    </AuthLayout>
  );
}
