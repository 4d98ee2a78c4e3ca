import { act, render, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { forgetBranding, publishBranding } from '../current-branding';
import { BrandingFavicon } from './BrandingFavicon';

const icon = () => document.head.querySelector<HTMLLinkElement>('link[rel~="icon"]')!;

describe('BrandingFavicon', () => {
  beforeEach(() => {
    forgetBranding();
    document.head.innerHTML = '<link rel="icon" type="image/svg+xml" href="/favicon.svg" />';
  });

  it("points the tab icon at the workspace's favicon and back to TopLeft's after a reset", async () => {
    mockApi({ 'GET /api/branding': { body: { login: null, menu: null, favicon: '/api/branding/logos/favicon/abc.ico' } } });

    render(<BrandingFavicon />);

    await waitFor(() => expect(icon().getAttribute('href')).toBe('/api/branding/logos/favicon/abc.ico'));
    expect(icon().hasAttribute('type')).toBe(false);
    act(() => publishBranding({ login: null, menu: null, favicon: null }));
    await waitFor(() => expect(icon().getAttribute('href')).toBe('/favicon.svg'));
    expect(icon().getAttribute('type')).toBe('image/svg+xml');
  });

  it('keeps the TopLeft icon at an address without a workspace', async () => {
    const server = mockApi({});

    render(<BrandingFavicon />);

    await waitFor(() => expect(server.callsTo('GET', '/api/branding')).toHaveLength(1));
    expect(icon().getAttribute('href')).toBe('/favicon.svg');
  });
});
