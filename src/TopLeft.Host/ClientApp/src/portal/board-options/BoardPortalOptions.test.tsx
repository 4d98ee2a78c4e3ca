import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ToastProvider } from '../../shared/ui';
import { mockApi } from '../../test/mockApi';
import { BoardPortalOptions } from './BoardPortalOptions';

const saved = {
  boardId: 'b1',
  boardName: 'Client board',
  supported: true,
  options: {
    enabled: false,
    showNotesAndTimeEntries: false,
    contactCanAddNotes: false,
    visibility: 'company',
    contactCanDrag: false,
    showBudgetSummary: false,
    companyAccess: [],
  },
  companies: [
    { psaId: 7, name: 'Contoso', licensed: true },
    { psaId: 8, name: 'Fabrikam', licensed: true },
  ],
};

describe('BoardPortalOptions', () => {
  it('saves the portal options the admin chose, with the Company Access list', async () => {
    const server = mockApi({
      'GET /api/portal/boards/b1/options': { body: saved },
      'PUT /api/portal/boards/b1/options': (init) => ({ body: { ...saved, options: JSON.parse(init!.body as string) as unknown } }),
    });
    const user = userEvent.setup();
    render(
      <ToastProvider>
        <BoardPortalOptions boardId="b1" />
      </ToastProvider>,
    );

    await user.click(await screen.findByRole('checkbox', { name: /Client portal/ }));
    await user.click(screen.getByRole('checkbox', { name: /Contact can drag cards/ }));
    await user.click(screen.getByRole('radio', { name: /Only cards where they are the contact/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Fabrikam' }));
    await user.click(screen.getByRole('button', { name: 'Save portal options' }));

    await waitFor(() => expect(server.callsTo('PUT', '/api/portal/boards/b1/options')).toHaveLength(1));
    expect(server.callsTo('PUT', '/api/portal/boards/b1/options')[0]?.body).toEqual({
      ...saved.options,
      enabled: true,
      contactCanDrag: true,
      visibility: 'only-mine',
      companyAccess: [8],
    });
  });

  it('says which boards cannot be portal boards', async () => {
    mockApi({ 'GET /api/portal/boards/b1/options': { body: { ...saved, supported: false } } });
    render(
      <ToastProvider>
        <BoardPortalOptions boardId="b1" />
      </ToastProvider>,
    );

    expect(await screen.findByText(/Client portal works for ConnectWise ticket boards/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Client portal/ })).toBeDisabled();
  });
});
