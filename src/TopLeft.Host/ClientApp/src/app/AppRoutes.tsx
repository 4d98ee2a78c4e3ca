import { Navigate, Route, Routes } from 'react-router';
import { AuditLogPage } from '../accounts/audit-log/AuditLogPage';
import { ForgotPasswordPage } from '../accounts/forgot-password/ForgotPasswordPage';
import { UsersPage } from '../accounts/manage-users/UsersPage';
import { SignInPage } from '../accounts/sign-in/SignInPage';
import { SignUpPage } from '../accounts/sign-up/SignUpPage';
import { TwoFactorPage } from '../accounts/two-factor/TwoFactorPage';
import { BoardsHomePage } from '../boards/board-list/BoardsHomePage';
import { ViewBoardPage } from '../boards/view-board/ViewBoardPage';
import { BrandingPage } from '../branding/manage-branding/BrandingPage';
import { ConnectionPage } from '../integrations/connection/ConnectionPage';
import { SynchronizationPage } from '../integrations/synchronization/SynchronizationPage';
import { LicensingPage } from '../licensing/manage-licenses/LicensingPage';
import { NoLicensePage } from '../licensing/no-license/NoLicensePage';
import { SubscriptionPage } from '../licensing/subscription/SubscriptionPage';
import { ClientPortalPage } from '../portal/manage-portal/ClientPortalPage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAdmin, RequireLicense } from './shell/guards';
import { SignedInArea } from './shell/SignedInArea';

/** The route table: public pages first, then everything behind the session guard. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/sign-in/two-factor" element={<TwoFactorPage />} />
      <Route path="/sign-up" element={<SignUpPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />

      <Route element={<SignedInArea />}>
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
        <Route path="no-license" element={<NoLicensePage />} />
        <Route path="admin" element={<RequireAdmin />}>
          <Route index element={<Navigate to="users" replace />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="licensing" element={<LicensingPage />} />
          <Route path="subscription" element={<SubscriptionPage />} />
          <Route path="integrations" element={<Navigate to="connection" replace />} />
          <Route path="integrations/connection" element={<ConnectionPage />} />
          <Route path="integrations/sync" element={<SynchronizationPage />} />
          <Route path="portal" element={<ClientPortalPage />} />
          <Route path="branding" element={<BrandingPage />} />
          <Route path="audit" element={<AuditLogPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
