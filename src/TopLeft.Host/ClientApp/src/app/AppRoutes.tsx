import { Navigate, Route, Routes } from 'react-router';
import { SecurityPage } from '../accounts/account-security/SecurityPage';
import { TwoFactorSetupGate } from '../accounts/account-security/TwoFactorSetupGate';
import { ApiTokensPage } from '../accounts/api-tokens/ApiTokensPage';
import { AuditLogPage } from '../accounts/audit-log/AuditLogPage';
import { ForgotPasswordPage } from '../accounts/forgot-password/ForgotPasswordPage';
import { InvitationPage } from '../accounts/invitation/InvitationPage';
import { UsersPage } from '../accounts/manage-users/UsersPage';
import { ResetPasswordPage } from '../accounts/reset-password/ResetPasswordPage';
import { SecuritySettingsPage } from '../accounts/security-settings/SecuritySettingsPage';
import { SignInPage } from '../accounts/sign-in/SignInPage';
import { SignUpPage } from '../accounts/sign-up/SignUpPage';
import { TwoFactorPage } from '../accounts/two-factor/TwoFactorPage';
import { BoardsHomePage } from '../boards/board-list/BoardsHomePage';
import { BoardEditorPage } from '../boards/edit-board/BoardEditorPage';
import { ViewBoardPage } from '../boards/view-board/ViewBoardPage';
import { BrandingPage } from '../branding/manage-branding/BrandingPage';
import { ConnectionPage } from '../integrations/connection/ConnectionPage';
import { SyncPage } from '../integrations/sync/SyncPage';
import { LicensingPage } from '../licensing/manage-licenses/LicensingPage';
import { NoLicensePage } from '../licensing/no-license/NoLicensePage';
import { SubscriptionPage } from '../licensing/subscription/SubscriptionPage';
import { ClientPortalPage } from '../portal/manage-portal/ClientPortalPage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAdmin, RequireLicense } from './shell/guards';
import { SignedInArea } from './shell/SignedInArea';

/**
 * The route table: public pages first, then everything behind the session guard. The two-factor gate sends
 * users who must still set up 2FA (tenant setting) to `/account/security` whatever they open.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/sign-in/two-factor" element={<TwoFactorPage />} />
      <Route path="/sign-up" element={<SignUpPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/invitation" element={<InvitationPage />} />

      <Route element={<SignedInArea />}>
        <Route element={<TwoFactorSetupGate />}>
          <Route
            index
            element={
              <RequireLicense>
                <BoardsHomePage />
              </RequireLicense>
            }
          />
          <Route
            path="boards/:id"
            element={
              <RequireLicense>
                <ViewBoardPage />
              </RequireLicense>
            }
          />
          <Route element={<RequireAdmin />}>
            <Route path="boards/new" element={<BoardEditorPage />} />
            <Route path="boards/:id/edit" element={<BoardEditorPage />} />
          </Route>
          <Route path="no-license" element={<NoLicensePage />} />
          <Route path="admin" element={<RequireAdmin />}>
            <Route index element={<Navigate to="users" replace />} />
            <Route path="users" element={<UsersPage />} />
            <Route path="licensing" element={<LicensingPage />} />
            <Route path="subscription" element={<SubscriptionPage />} />
            <Route path="integrations" element={<Navigate to="connection" replace />} />
            <Route path="integrations/connection" element={<ConnectionPage />} />
            <Route path="integrations/sync" element={<SyncPage />} />
            <Route path="portal" element={<ClientPortalPage />} />
            <Route path="branding" element={<BrandingPage />} />
            <Route path="audit" element={<AuditLogPage />} />
            <Route path="api-tokens" element={<ApiTokensPage />} />
            <Route path="security" element={<SecuritySettingsPage />} />
          </Route>
          <Route path="account" element={<Navigate to="security" replace />} />
          <Route path="account/security" element={<SecurityPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
