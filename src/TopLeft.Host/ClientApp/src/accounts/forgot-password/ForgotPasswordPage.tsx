import { Link } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthHeading, AuthLayout } from '../../shared/layout';
import { Badge, Wordmark } from '../../shared/ui';
import '../two-factor/TwoFactorPage.css';

/** `/forgot-password`: placeholder until password reset is built. */
export function ForgotPasswordPage() {
  useDocumentTitle('Reset password');
  return (
    <AuthLayout logo={<Wordmark size="lg" />} footer={<Link to="/sign-in">Back to sign in</Link>}>
      <AuthHeading title="Reset your password" subtitle="We'll email you a link to choose a new password." />
      <div className="tl-two-factor">
        <Badge tone="brand">Coming soon</Badge>
        <p className="tl-text-muted">Self-service password reset is on its way. Until then, ask your TopLeft administrator to reset it for you.</p>
      </div>
    </AuthLayout>
  );
}
