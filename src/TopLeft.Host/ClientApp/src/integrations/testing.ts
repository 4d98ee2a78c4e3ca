import { configure } from '@testing-library/react';
import { acmeTenant, adminUser, type mockApi } from '../test/mockApi';

// These pages render the whole signed-in app; on a busy CI machine the default 1 s for findBy* is tight.
configure({ asyncUtilTimeout: 4000 });

/** Session + boards routes for an admin page rendered through the whole app (renderApp). */
export function signedInAdmin() {
  return {
    'GET /api/session': { body: { user: adminUser, tenant: acmeTenant } },
    'GET /api/boards': { body: [] },
  } satisfies Parameters<typeof mockApi>[0];
}
