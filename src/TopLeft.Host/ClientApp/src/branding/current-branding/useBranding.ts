import { useEffect, useSyncExternalStore } from 'react';
import { getBranding, type Branding } from './brandingApi';

export interface BrandingState {
  branding: Branding | null;
  failed: boolean;
}

// One copy per tab, shared by the menu, the tab icon and the Branding page, so a saved logo shows everywhere at once.
let state: BrandingState = { branding: null, failed: false };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: BrandingState) {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Replaces the tab's branding, e.g. with the answer to a saved logo. */
export function publishBranding(branding: Branding) {
  set({ branding, failed: false });
}

/** Loads the branding once per tab; `force` asks the server again. */
export function loadBranding(force = false): Promise<void> {
  if (force) loading = null;
  loading ??= getBranding().then(publishBranding, () => {
    // No workspace at this address, or the call failed: the TopLeft defaults stay, and a later use retries.
    loading = null;
    set({ branding: state.branding, failed: true });
  });
  return loading;
}

/** Forgets the loaded branding (tests start each case from nothing). */
export function forgetBranding() {
  loading = null;
  set({ branding: null, failed: false });
}

/** The current branding and whether loading it failed, loading it on first use. */
export function useBrandingState(): BrandingState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    void loadBranding();
  }, []);
  return current;
}

/** The current branding; null until it is known. */
export function useBranding(): Branding | null {
  return useBrandingState().branding;
}
