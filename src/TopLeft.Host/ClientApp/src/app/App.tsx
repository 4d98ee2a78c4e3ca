import { BrowserRouter } from 'react-router';
import { BrandingFavicon } from '../branding/favicon/BrandingFavicon';
import { ToastProvider } from '../shared/ui';
import { AppRoutes } from './AppRoutes';

export function App() {
  return (
    <BrowserRouter>
      <ToastProvider>
        <BrandingFavicon />
        <AppRoutes />
      </ToastProvider>
    </BrowserRouter>
  );
}
