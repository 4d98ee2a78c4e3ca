import { useState } from 'react';
import { ApiError, useApiQuery } from '../../shared/api';
import { Alert, Button, Checkbox, LoadingState, ProblemAlert, useToast } from '../../shared/ui';
import { getBoardOptions, saveBoardOptions, type BoardOptionsResponse, type PortalOptions } from '../portal';
import '../manage-portal/ClientPortalPage.css';

/**
 * The board editor's Portal tab: whether contacts may use the board and what they may see and do there. Saved on its
 * own (PUT /api/portal/boards/{id}/options); the server enforces every option.
 */
export function BoardPortalOptions({ boardId }: { boardId: string }) {
  const toast = useToast();
  const query = useApiQuery(`portal-board-options-${boardId}`, (signal) => getBoardOptions(boardId, signal));
  const [loaded, setLoaded] = useState<BoardOptionsResponse | undefined>(undefined);
  const [options, setOptions] = useState<PortalOptions | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);

  if (query.data && query.data !== loaded) {
    setLoaded(query.data);
    setOptions(query.data.options);
  }

  if (!query.data || !options) {
    return query.error ? <ProblemAlert error={query.error} /> : <LoadingState />;
  }

  const set = (change: Partial<PortalOptions>) => setOptions({ ...options, ...change });
  const toggleCompany = (psaId: number, on: boolean) =>
    set({ companyAccess: on ? [...options.companyAccess, psaId] : options.companyAccess.filter((c) => c !== psaId) });

  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const saved = await saveBoardOptions(boardId, options);
      setLoaded(saved);
      setOptions(saved.options);
      toast.show({ tone: 'success', title: 'Portal options saved' });
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, null));
    } finally {
      setSaving(false);
    }
  };

  const off = !options.enabled;
  return (
    <div className="tl-portal-options" aria-label="Portal options">
      {!query.data.supported ? (
        <Alert tone="info">Client portal works for ConnectWise ticket boards (service and project) and Autotask ticket and task boards.</Alert>
      ) : null}
      <Checkbox
        label="Client portal"
        description="Contacts of licensed companies can open this board and see their own cards."
        checked={options.enabled}
        disabled={!query.data.supported && !options.enabled}
        onChange={(e) => set({ enabled: e.target.checked })}
      />
      <fieldset disabled={off}>
        <legend>What contacts can do</legend>
        <Checkbox
          label="Show notes and time entries"
          description="Internal notes are never shown, even with this on."
          checked={options.showNotesAndTimeEntries}
          onChange={(e) => set({ showNotesAndTimeEntries: e.target.checked })}
        />
        <Checkbox
          label="Contact can add notes"
          description="The assigned members get an e-mail; in ConnectWise the ticket is marked client responded."
          checked={options.contactCanAddNotes}
          onChange={(e) => set({ contactCanAddNotes: e.target.checked })}
        />
        <Checkbox
          label="Contact can drag cards"
          description="Within a column and between columns, never between swimlanes. The assigned members get an e-mail."
          checked={options.contactCanDrag}
          onChange={(e) => set({ contactCanDrag: e.target.checked })}
        />
        <Checkbox
          label="Show project/phase time and budget summary"
          description="In project or phase swimlane headers."
          checked={options.showBudgetSummary}
          onChange={(e) => set({ showBudgetSummary: e.target.checked })}
        />
      </fieldset>
      <fieldset disabled={off}>
        <legend>Card visibility</legend>
        <label>
          <input type="radio" name={`visibility-${boardId}`} checked={options.visibility === 'company'} onChange={() => set({ visibility: 'company' })} /> Cards
          of the contact&apos;s company (typical for projects)
        </label>
        <label>
          <input type="radio" name={`visibility-${boardId}`} checked={options.visibility === 'only-mine'} onChange={() => set({ visibility: 'only-mine' })} />{' '}
          Only cards where they are the contact (typical for service)
        </label>
      </fieldset>
      <fieldset disabled={off}>
        <legend>Company Access</legend>
        <p className="tl-portal__meta">No company selected: contacts of every licensed company can use this board.</p>
        {query.data.companies.length === 0 ? <p>No company is licensed yet (Admin → Client Portal).</p> : null}
        {query.data.companies.map((c) => (
          <Checkbox
            key={c.psaId}
            label={c.licensed ? c.name : `${c.name} (not licensed)`}
            checked={options.companyAccess.includes(c.psaId)}
            onChange={(e) => toggleCompany(c.psaId, e.target.checked)}
          />
        ))}
      </fieldset>
      <ProblemAlert error={problem} />
      <div>
        <Button variant="primary" onClick={() => void save()} loading={saving}>
          Save portal options
        </Button>
      </div>
    </div>
  );
}
