import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { BoardPortalOptions } from '../../portal/board-options/BoardPortalOptions';
import { Button, Card, Checkbox, LoadingState, Page, PageHeader, ProblemAlert, TextField, useToast } from '../../shared/ui';
import { WorkItemKind, boardAdmin, kindLabels, type BoardDefinition, type ColumnDefinition, type SetupOptions } from '../board-api/boardApi';
import { useBoardList } from '../board-list/BoardListProvider';
import './BoardEditorPage.css';

const fieldLabels: Record<string, string> = { company: 'Company', assignees: 'Assignees', hours: 'Hours (actual / budget)', age: 'Age in status', priority: 'Priority colour' };
const laneLabels: Record<string, string> = { none: 'No swimlanes', project: 'Project', phase: 'Phase', member: 'Member', company: 'Company', priority: 'Priority' };

const blank: BoardDefinition = {
  name: '',
  kind: 1,
  psaBoardIds: [],
  filter: { memberPsaIds: [], companyPsaIds: [], priorityPsaIds: [], projectPsaIds: [], includeUnassigned: true },
  swimlane: 'none',
  wipLimitBlocksDrops: false,
  laneWipLimit: null,
  showLaneTotals: true,
  cardFields: ['company', 'assignees', 'hours', 'age', 'priority'],
  columns: null,
};

/** `/boards/new` and `/boards/:id/edit` (admins): what the board shows and how. */
export function BoardEditorPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const boards = useBoardList();
  const [options, setOptions] = useState<SetupOptions | null>(null);
  const [definition, setDefinition] = useState<BoardDefinition | null>(id ? null : blank);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [tab, setTab] = useState<'board' | 'portal'>('board');
  useDocumentTitle(id ? 'Edit board' : 'New board');

  useEffect(() => {
    const controller = new AbortController();
    boardAdmin.options(controller.signal).then(setOptions, (e: unknown) => setError(e instanceof ApiError ? e : null));
    if (id) boardAdmin.get(id, controller.signal).then((b) => setDefinition(b.definition), (e: unknown) => setError(e instanceof ApiError ? e : null));
    return () => controller.abort();
  }, [id]);

  const statuses = useMemo(() => {
    if (!options || !definition) return [];
    const boardsOfKind = boardsFor(options, definition.kind);
    const chosen = definition.psaBoardIds.length > 0 ? boardsOfKind.filter((b) => definition.psaBoardIds.includes(b.psaId)) : boardsOfKind;
    const all = chosen.flatMap((b) => b.statuses).filter((s) => s.isActive);
    return all.filter((s, i) => all.findIndex((x) => x.psaId === s.psaId) === i).sort((a, b) => a.sortOrder - b.sortOrder);
  }, [options, definition]);

  if (!options || !definition) {
    return error ? (
      <Page>
        <ProblemAlert error={error} title="The board editor could not be loaded" />
      </Page>
    ) : (
      <LoadingState label="Loading the board editor…" />
    );
  }

  const set = (patch: Partial<BoardDefinition>) => setDefinition((d) => (d ? { ...d, ...patch } : d));
  const psaBoards = boardsFor(options, definition.kind);
  const columns = definition.columns ?? [];
  const setColumns = (next: ColumnDefinition[]) => set({ columns: next });
  const toggle = (list: number[], value: number) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
  const statusColumn = new Map(columns.flatMap((c, i) => c.statusPsaIds.map((s) => [s, i] as const)));

  const fromStatuses = () =>
    setColumns(
      statuses
        .filter((s) => !s.isClosed)
        .map((s) => ({ id: null, name: s.name, statusPsaIds: [s.psaId], wipLimit: null })),
    );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const body = { ...definition, columns: definition.columns && definition.columns.length > 0 ? definition.columns : null };
      const saved = id ? await boardAdmin.update(id, body) : await boardAdmin.create(body);
      boards.reload();
      toast.show({ tone: 'success', title: id ? 'Board saved' : 'Board created' });
      void navigate(`/boards/${saved.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, null, String(e)));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!id || !window.confirm(`Delete the board "${definition.name}"? The PSA's tickets are not touched.`)) return;
    await boardAdmin.remove(id);
    boards.reload();
    toast.show({ title: 'Board deleted' });
    void navigate('/');
  };

  return (
    <Page wide>
      <PageHeader
        eyebrow={<Link to={id ? `/boards/${id}` : '/'}>{id ? definition.name || 'Board' : 'Boards'}</Link>}
        title={id ? 'Edit board' : 'New board'}
        description="Which PSA work the board shows, its columns and their statuses, swimlanes, WIP limits and card fields."
        actions={
          id ? (
            <Button variant="danger" onClick={() => void remove()}>
              Delete board
            </Button>
          ) : undefined
        }
      />
      {id ? (
        <div className="tl-tabs tl-editor-tabs" role="tablist">
          <button type="button" role="tab" className="tl-tab" aria-selected={tab === 'board'} onClick={() => setTab('board')}>
            Board
          </button>
          <button type="button" role="tab" className="tl-tab" aria-selected={tab === 'portal'} onClick={() => setTab('portal')}>
            Portal
          </button>
        </div>
      ) : null}
      {tab === 'portal' && id ? (
        <BoardPortalOptions boardId={id} />
      ) : (
        <form className="tl-board-editor" onSubmit={(e) => void save(e)} noValidate>
          <ProblemAlert error={error} displayedFields={['name', 'kind', 'columns', 'psaBoardIds', 'wipLimit']} title="The board cannot be saved" />
          <Card className="tl-editor-section">
            <h2>Basics</h2>
            <TextField label="Name" value={definition.name} onChange={(e) => set({ name: e.target.value })} error={error?.fieldError('name')} required maxLength={120} />
            <label className="tl-select">
              <span>Cards are</span>
              <select value={definition.kind} onChange={(e) => set({ kind: Number(e.target.value), psaBoardIds: [], columns: null })}>
                {options.kinds.map((k) => (
                  <option key={k} value={k}>
                    {kindLabels[k] ?? k}
                  </option>
                ))}
              </select>
              {error?.fieldError('kind') ? <span className="tl-field-error">{error.fieldError('kind')}</span> : null}
            </label>
            <fieldset className="tl-chip-set">
              <legend>PSA boards / queues (none chosen: all)</legend>
              {psaBoards.map((b) => (
                <Checkbox key={b.psaId} label={b.name} checked={definition.psaBoardIds.includes(b.psaId)} onChange={() => set({ psaBoardIds: toggle(definition.psaBoardIds, b.psaId) })} />
              ))}
              {psaBoards.length === 0 ? <p className="tl-muted">No PSA boards synced yet. Connect the PSA and run a sync first.</p> : null}
            </fieldset>
          </Card>

          <Card className="tl-editor-section">
            <div className="tl-editor-section__head">
              <h2>Columns</h2>
              <Button type="button" size="sm" variant="secondary" onClick={fromStatuses}>
                One column per open status
              </Button>
            </div>
            {columns.length === 0 ? <p className="tl-muted">No columns yet: saving makes one column per open status of the chosen PSA boards.</p> : null}
            {error?.fieldError('columns') ? <p className="tl-field-error">{error.fieldErrors.columns?.join(' ')}</p> : null}
            <ol className="tl-column-editor">
              {columns.map((column, index) => (
                <li key={column.id ?? `new-${index}`} className="tl-column-editor__item">
                  <div className="tl-column-editor__row">
                    <TextField
                      label={`Column ${index + 1}`}
                      value={column.name}
                      onChange={(e) => setColumns(columns.map((c, i) => (i === index ? { ...c, name: e.target.value } : c)))}
                    />
                    <TextField
                      label="WIP limit"
                      type="number"
                      min={1}
                      value={column.wipLimit ?? ''}
                      onChange={(e) => setColumns(columns.map((c, i) => (i === index ? { ...c, wipLimit: e.target.value ? Number(e.target.value) : null } : c)))}
                    />
                    <span className="tl-column-editor__buttons">
                      <Button type="button" size="sm" variant="ghost" disabled={index === 0} aria-label="Move left" onClick={() => setColumns(swap(columns, index, index - 1))}>
                        ←
                      </Button>
                      <Button type="button" size="sm" variant="ghost" disabled={index === columns.length - 1} aria-label="Move right" onClick={() => setColumns(swap(columns, index, index + 1))}>
                        →
                      </Button>
                      <Button type="button" size="sm" variant="ghost" aria-label="Remove column" onClick={() => setColumns(columns.filter((_, i) => i !== index))}>
                        Remove
                      </Button>
                    </span>
                  </div>
                  <div className="tl-status-chips" role="group" aria-label={`Statuses of ${column.name || `column ${index + 1}`}`}>
                    {statuses.map((s) => {
                      const owner = statusColumn.get(s.psaId);
                      const mine = column.statusPsaIds.includes(s.psaId);
                      return (
                        <label key={s.psaId} className={['tl-status-chip', mine ? 'tl-status-chip--on' : '', owner !== undefined && !mine ? 'tl-status-chip--taken' : ''].join(' ')}>
                          <input
                            type="checkbox"
                            checked={mine}
                            disabled={owner !== undefined && !mine}
                            onChange={() => setColumns(columns.map((c, i) => (i === index ? { ...c, statusPsaIds: toggle(c.statusPsaIds, s.psaId) } : c)))}
                          />
                          {s.name}
                          {s.isClosed ? ' (closed)' : ''}
                        </label>
                      );
                    })}
                  </div>
                </li>
              ))}
            </ol>
            <Button type="button" variant="secondary" icon="plus" onClick={() => setColumns([...columns, { id: null, name: 'New column', statusPsaIds: [], wipLimit: null }])}>
              Add column
            </Button>
          </Card>

          <Card className="tl-editor-section">
            <h2>Swimlanes and limits</h2>
            <label className="tl-select">
              <span>Swimlanes by</span>
              <select value={definition.swimlane} onChange={(e) => set({ swimlane: e.target.value })}>
                {options.swimlanes.map((l) => (
                  <option key={l} value={l}>
                    {laneLabels[l] ?? l}
                  </option>
                ))}
              </select>
            </label>
            <TextField
              label="WIP limit per lane"
              type="number"
              min={1}
              value={definition.laneWipLimit ?? ''}
              hint="Leave empty for no lane limit."
              onChange={(e) => set({ laneWipLimit: e.target.value ? Number(e.target.value) : null })}
            />
            <Checkbox
              label="WIP limits block drops"
              description="Off: a full column or lane is only marked. On: dropping onto it is refused."
              checked={definition.wipLimitBlocksDrops}
              onChange={(e) => set({ wipLimitBlocksDrops: e.target.checked })}
            />
            <Checkbox label="Show time and budget totals in project / phase lanes" checked={definition.showLaneTotals} onChange={(e) => set({ showLaneTotals: e.target.checked })} />
          </Card>

          <Card className="tl-editor-section">
            <h2>Card fields</h2>
            <div className="tl-chip-set">
              {options.cardFields.map((f) => (
                <Checkbox
                  key={f}
                  label={fieldLabels[f] ?? f}
                  checked={definition.cardFields.includes(f)}
                  onChange={() => set({ cardFields: definition.cardFields.includes(f) ? definition.cardFields.filter((x) => x !== f) : [...definition.cardFields, f] })}
                />
              ))}
            </div>
          </Card>

          <Card className="tl-editor-section">
            <h2>Board filter</h2>
            <p className="tl-muted">Saved with the board for everyone. Nothing chosen in a group means no filter on it.</p>
            <div className="tl-filter-groups">
              <fieldset>
                <legend>Members</legend>
                <Checkbox
                  label="Include unassigned cards"
                  checked={definition.filter.includeUnassigned}
                  onChange={(e) => set({ filter: { ...definition.filter, includeUnassigned: e.target.checked } })}
                />
                {options.members.map((m) => (
                  <Checkbox
                    key={m.psaId}
                    label={m.name}
                    checked={definition.filter.memberPsaIds.includes(m.psaId)}
                    onChange={() => set({ filter: { ...definition.filter, memberPsaIds: toggle(definition.filter.memberPsaIds, m.psaId) } })}
                  />
                ))}
              </fieldset>
              <fieldset>
                <legend>Companies</legend>
                {options.companies.map((c) => (
                  <Checkbox
                    key={c.psaId}
                    label={c.name}
                    checked={definition.filter.companyPsaIds.includes(c.psaId)}
                    onChange={() => set({ filter: { ...definition.filter, companyPsaIds: toggle(definition.filter.companyPsaIds, c.psaId) } })}
                  />
                ))}
              </fieldset>
              <fieldset>
                <legend>Priorities and projects</legend>
                {options.priorities.map((p) => (
                  <Checkbox
                    key={p.psaId}
                    label={p.name}
                    checked={definition.filter.priorityPsaIds.includes(p.psaId)}
                    onChange={() => set({ filter: { ...definition.filter, priorityPsaIds: toggle(definition.filter.priorityPsaIds, p.psaId) } })}
                  />
                ))}
                {options.projects.map((p) => (
                  <Checkbox
                    key={`p${p.psaId}`}
                    label={`Project: ${p.name}`}
                    checked={definition.filter.projectPsaIds.includes(p.psaId)}
                    onChange={() => set({ filter: { ...definition.filter, projectPsaIds: toggle(definition.filter.projectPsaIds, p.psaId) } })}
                  />
                ))}
              </fieldset>
            </div>
          </Card>

          <div className="tl-editor-actions">
            <Button type="submit" loading={saving}>
              {id ? 'Save board' : 'Create board'}
            </Button>
            <Link to={id ? `/boards/${id}` : '/'}>Cancel</Link>
          </div>
        </form>
      )}
    </Page>
  );
}

function swap<T>(list: T[], a: number, b: number): T[] {
  const next = [...list];
  [next[a], next[b]] = [next[b] as T, next[a] as T];
  return next;
}

/** The PSA boards a board of this kind selects from: project boards, the one task list (Autotask), or boards / queues. */
function boardsFor(options: SetupOptions, kind: number) {
  if (kind === WorkItemKind.Project) return options.projectBoards;
  if (kind === WorkItemKind.Task) return options.taskBoards ?? [];
  return options.psaBoards;
}
