import { useState } from 'react';
import { Button, Checkbox, Dialog } from '../../shared/ui';
import { emptyFilter, type BoardView, type PersonalFilter } from '../board-api/boardApi';

/** The board header's filter dialog: a temporary, personal filter (never saved to the board). */
export function FilterDialog({
  open,
  view,
  filter,
  onApply,
  onClose,
}: {
  open: boolean;
  view: BoardView;
  filter: PersonalFilter;
  onApply: (filter: PersonalFilter) => void;
  onClose: () => void;
}) {
  // Mounted only while open, so the draft starts from the filter in force.
  const [draft, setDraft] = useState(filter);

  const toggle = (field: 'member' | 'company' | 'priority', id: number) =>
    setDraft((d) => ({ ...d, [field]: d[field].includes(id) ? d[field].filter((x) => x !== id) : [...d[field], id] }));

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Filter cards"
      description="Only for you and only until you leave the board; the board's own filter stays as the admin saved it."
      size="lg"
      footer={
        <>
          <Button variant="ghost" onClick={() => onApply({ ...emptyFilter, q: filter.q })}>
            Clear filters
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => onApply(draft)}>Apply</Button>
        </>
      }
    >
      <div className="tl-filter-groups">
        <fieldset>
          <legend>Assigned to</legend>
          <Checkbox label="Unassigned" checked={draft.unassigned} onChange={(e) => setDraft((d) => ({ ...d, unassigned: e.target.checked }))} />
          {view.members.map((m) => (
            <Checkbox key={m.psaId} label={m.name} checked={draft.member.includes(m.psaId)} onChange={() => toggle('member', m.psaId)} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Company</legend>
          {view.companies.map((c) => (
            <Checkbox key={c.psaId} label={c.name} checked={draft.company.includes(c.psaId)} onChange={() => toggle('company', c.psaId)} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Priority</legend>
          {view.priorities.map((p) => (
            <Checkbox key={p.psaId} label={p.name} checked={draft.priority.includes(p.psaId)} onChange={() => toggle('priority', p.psaId)} />
          ))}
        </fieldset>
      </div>
    </Dialog>
  );
}

export function activeFilterCount(filter: PersonalFilter): number {
  return filter.member.length + filter.company.length + filter.priority.length + (filter.unassigned ? 1 : 0);
}
