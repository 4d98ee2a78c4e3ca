export { AppLayout, NavSection, NavItem, NavGroup } from './AppLayout';
export type { AppLayoutProps, NavItemProps } from './AppLayout';
export { AuthLayout, AuthHeading } from './AuthLayout';
export type { AuthLayoutProps } from './AuthLayout';
export { ComingSoonPage } from './ComingSoonPage';
export type { ComingSoonPageProps } from './ComingSoonPage';
