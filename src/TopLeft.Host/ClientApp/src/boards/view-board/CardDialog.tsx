import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { Badge, Button, Checkbox, Dialog, ProblemAlert, Spinner, TextField } from '../../shared/ui';
import { cardActions, getCardDetails, sendCardTo, type BoardView, type CardDetails, type CardView } from '../board-api/boardApi';

type Tab = 'activity' | 'note' | 'time' | 'status' | 'priority' | 'assignees';

/**
 * A card's details and menu: notes, time entries and history; add a note or time; change status (also to one on no
 * column), priority or assignees. Every change is written back to the PSA; the board updates through the live channel.
 */
export function CardDialog({
  view,
  card,
  statuses,
  onClose,
  onChanged,
}: {
  view: BoardView;
  card: CardView | null;
  statuses: { psaId: number; name: string }[];
  onClose: () => void;
  onChanged: (message: string) => void;
}) {
  const [tab, setTab] = useState<Tab>('activity');
  const [details, setDetails] = useState<CardDetails | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const caps = view.capabilities;

  // The page remounts the dialog per card (key), so state starts fresh for each.
  useEffect(() => {
    if (card) getCardDetails(view.id, card.key).then(setDetails, setError);
  }, [card, view.id]);

  if (!card) return null;

  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged(message);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const tabs: { id: Tab; label: string; show: boolean }[] = [
    { id: 'activity', label: 'Activity', show: true },
    { id: 'note', label: 'Add note', show: caps.canAddNotes },
    { id: 'time', label: 'Add time', show: caps.canEditCards },
    { id: 'status', label: 'Status', show: caps.canEditCards },
    { id: 'priority', label: 'Priority', show: caps.canEditCards },
    { id: 'assignees', label: 'Assignees', show: caps.canEditCards },
  ];

  return (
    <Dialog open onClose={onClose} size="lg" title={`#${card.number} ${card.title}`} description={[card.companyName, card.statusName].filter(Boolean).join(' · ')}>
      <div className="tl-card-dialog">
        <div className="tl-tabs" role="tablist">
          {tabs.filter((t) => t.show).map((t) => (
            <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className="tl-tab" onClick={() => setTab(t.id)}>
              {t.label}
            </button>
          ))}
          {caps.canDrag ? (
            <span className="tl-card-dialog__rank">
              <Button size="sm" variant="ghost" onClick={() => run(() => sendCardTo(view.id, card.key, 'top'), 'Sent to the top')}>
                Send to top
              </Button>
              <Button size="sm" variant="ghost" onClick={() => run(() => sendCardTo(view.id, card.key, 'bottom'), 'Sent to the bottom')}>
                Send to bottom
              </Button>
            </span>
          ) : null}
        </div>
        {error ? <ProblemAlert error={error instanceof ApiError ? error : new ApiError(0, null, String(error))} /> : null}
        {tab === 'activity' ? <Activity details={details} /> : null}
        {tab === 'note' ? (
          <NoteForm busy={busy} allowInternal={!caps.isContact} onSubmit={(text, internal) => run(() => cardActions.addNote(view.id, card.key, text, internal), 'Note sent to the PSA')} />
        ) : null}
        {tab === 'time' ? (
          <TimeForm busy={busy} onSubmit={(start, hours, notes) => run(() => cardActions.addTime(view.id, card.key, start, hours, notes), 'Time entry sent to the PSA')} />
        ) : null}
        {tab === 'status' ? (
          <ChoiceList
            items={statuses}
            current={card.statusPsaId}
            hint="Statuses of the card's PSA board; one on no column takes the card off this board."
            onPick={(id) => run(() => cardActions.setStatus(view.id, card.key, id), 'Status changed')}
          />
        ) : null}
        {tab === 'priority' ? (
          <ChoiceList items={view.priorities} current={card.priorityPsaId} onPick={(id) => run(() => cardActions.setPriority(view.id, card.key, id), 'Priority changed')} />
        ) : null}
        {tab === 'assignees' ? (
          <AssigneeForm
            busy={busy}
            members={view.members}
            current={card.assigneePsaIds}
            onSubmit={(ids) => run(() => cardActions.setAssignees(view.id, card.key, ids), 'Assignees changed')}
          />
        ) : null}
      </div>
    </Dialog>
  );
}

function Activity({ details }: { details: CardDetails | null }) {
  if (!details) return <Spinner label="Loading the card…" />;
  return (
    <div className="tl-activity">
      {details.showNotes ? (
        <section>
          <h3>Notes</h3>
          {details.notes.length === 0 ? <p className="tl-muted">No notes yet.</p> : null}
          <ul className="tl-activity__list">
            {details.notes.map((n) => (
              <li key={n.psaId}>
                <p className="tl-activity__meta">
                  {n.by} · {new Date(n.createdAt).toLocaleString()} {n.isInternal ? <Badge tone="warning">Internal</Badge> : null}
                </p>
                <p className="tl-activity__text">{n.text}</p>
              </li>
            ))}
          </ul>
          <h3>Time entries</h3>
          {details.timeEntries.length === 0 ? <p className="tl-muted">No time entered.</p> : null}
          <ul className="tl-activity__list">
            {details.timeEntries.map((t) => (
              <li key={t.psaId}>
                <p className="tl-activity__meta">
                  {t.member} · {new Date(t.start).toLocaleDateString()} · {t.hours} h
                </p>
                {t.notes ? <p className="tl-activity__text">{t.notes}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {details.history.length > 0 ? (
        <section>
          <h3>History</h3>
          <ul className="tl-activity__list tl-history">
            {details.history.map((h, i) => (
              <li key={i}>
                <span className="tl-activity__meta">{new Date(h.at).toLocaleString()}</span> <strong>{h.by}</strong> {h.what}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function NoteForm({ busy, allowInternal, onSubmit }: { busy: boolean; allowInternal: boolean; onSubmit: (text: string, internal: boolean) => void }) {
  const [text, setText] = useState('');
  const [internal, setInternal] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) onSubmit(text.trim(), internal);
  };
  return (
    <form onSubmit={submit} className="tl-stack">
      <label className="tl-textarea">
        <span>Note</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={5} maxLength={8000} required />
      </label>
      {allowInternal ? <Checkbox label="Internal note (the customer does not see it)" checked={internal} onChange={(e) => setInternal(e.target.checked)} /> : null}
      <div>
        <Button type="submit" loading={busy} disabled={!text.trim()}>
          Add note
        </Button>
      </div>
    </form>
  );
}

function TimeForm({ busy, onSubmit }: { busy: boolean; onSubmit: (start: string, hours: number, notes: string) => void }) {
  const [hours, setHours] = useState('0.5');
  const [notes, setNotes] = useState('');
  const value = Number(hours);
  const valid = value > 0 && value <= 24;
  return (
    <form
      className="tl-stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSubmit(new Date(Date.now() - value * 3600_000).toISOString(), value, notes);
      }}
    >
      <TextField label="Hours" type="number" step="0.25" min="0.25" max="24" value={hours} onChange={(e) => setHours(e.target.value)} error={valid ? undefined : 'Between 0.25 and 24 hours.'} />
      <TextField label="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} hint="Autotask requires a summary." />
      <div>
        <Button type="submit" loading={busy} disabled={!valid}>
          Add time entry
        </Button>
      </div>
    </form>
  );
}

function ChoiceList({ items, current, hint, onPick }: { items: { psaId: number; name: string }[]; current: number | null; hint?: string; onPick: (id: number) => void }) {
  return (
    <div className="tl-stack">
      {hint ? <p className="tl-muted">{hint}</p> : null}
      <ul className="tl-choice-list">
        {items.map((item) => (
          <li key={item.psaId}>
            <Button variant={item.psaId === current ? 'primary' : 'secondary'} size="sm" disabled={item.psaId === current} onClick={() => onPick(item.psaId)}>
              {item.name}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AssigneeForm({ busy, members, current, onSubmit }: { busy: boolean; members: { psaId: number; name: string }[]; current: number[]; onSubmit: (ids: number[]) => void }) {
  const [chosen, setChosen] = useState<number[]>(current);
  return (
    <div className="tl-stack">
      <div className="tl-assignee-grid">
        {members.map((m) => (
          <Checkbox
            key={m.psaId}
            label={m.name}
            checked={chosen.includes(m.psaId)}
            onChange={() => setChosen((c) => (c.includes(m.psaId) ? c.filter((x) => x !== m.psaId) : [...c, m.psaId]))}
          />
        ))}
      </div>
      <div>
        <Button loading={busy} onClick={() => onSubmit(chosen)}>
          Save assignees
        </Button>
      </div>
    </div>
  );
}
