export { useBranding, useBrandingState, publishBranding, loadBranding, forgetBranding } from './useBranding';
export type { BrandingState } from './useBranding';
export { getBranding, uploadLogo, resetLogo, MAX_LOGO_BYTES, NO_BRANDING } from './brandingApi';
export type { Branding, LogoSlot } from './brandingApi';
