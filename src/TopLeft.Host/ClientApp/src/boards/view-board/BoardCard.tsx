import { memo, type DragEvent } from 'react';
import { Icon } from '../../shared/icons';
import type { BoardView, CardView } from '../board-api/boardApi';

/** What every card on a board shares, looked up once per board rather than once per card. */
export interface CardContext {
  fields: ReadonlySet<string>;
  priorities: ReadonlyMap<number, BoardView['priorities'][number]>;
  members: ReadonlyMap<number, BoardView['members'][number]>;
  canDrag: boolean;
}
import { ageOf, hoursText, priorityColor } from '../board-api/boardModel';

export interface BoardCardProps {
  card: CardView;
  context: CardContext;
  pending: boolean;
  onOpen: (card: CardView) => void;
  onDragStart: (card: CardView, event: DragEvent) => void;
  onCopied: (text: string) => void;
}

/** One card: PSA id (copy), summary linking to the PSA, priority colour, company, assignees, hours, age in status. */
export const BoardCard = memo(function BoardCard({ card, context, pending, onOpen, onDragStart, onCopied }: BoardCardProps) {
  const fields = context.fields;
  const priority = card.priorityPsaId === null ? undefined : context.priorities.get(card.priorityPsaId);
  const members = card.assigneePsaIds.map((id) => context.members.get(id)).filter((m) => m !== undefined);
  const hours = hoursText(card.actualHours, card.budgetHours);
  const draggable = context.canDrag;

  const copy = () => {
    void navigator.clipboard?.writeText(card.number).catch(() => undefined);
    onCopied(card.number);
  };

  return (
    <article
      className={['tl-kcard', pending ? 'tl-kcard--pending' : '', card.clientResponded ? 'tl-kcard--responded' : ''].filter(Boolean).join(' ')}
      data-card-key={card.key}
      draggable={draggable}
      onDragStart={(event) => onDragStart(card, event)}
      style={{ ['--tl-kcard-priority' as string]: fields.has('priority') ? priorityColor(priority?.color) : 'transparent' }}
      aria-label={`${card.number} ${card.title}`}
    >
      <header className="tl-kcard__head">
        <button type="button" className="tl-kcard__id" onClick={copy} title="Copy the PSA id">
          #{card.number}
          <Icon name="list" size={12} />
        </button>
        {fields.has('age') ? (
          <span className="tl-kcard__age" title={`In this status since ${new Date(card.statusSince).toLocaleString()}`}>
            <Icon name="clock" size={12} />
            {ageOf(card.statusSince)}
          </span>
        ) : null}
      </header>
      <h3 className="tl-kcard__title">
        {card.psaUrl ? (
          <a href={card.psaUrl} target="_blank" rel="noreferrer" draggable={false}>
            {card.title}
          </a>
        ) : (
          card.title
        )}
      </h3>
      {fields.has('company') && card.companyName ? <p className="tl-kcard__company">{card.companyName}</p> : null}
      <footer className="tl-kcard__foot">
        {fields.has('assignees') ? (
          <span className="tl-kcard__people">
            {members.length === 0 ? <span className="tl-kcard__nobody">Unassigned</span> : null}
            {members.map((m) => (
              <span key={m.psaId} className="tl-kcard__initials" title={m.name}>
                {m.initials}
              </span>
            ))}
          </span>
        ) : (
          <span />
        )}
        <span className="tl-kcard__meta">
          {fields.has('hours') && hours ? <span className="tl-kcard__hours">{hours}</span> : null}
          {fields.has('priority') && priority ? <span className="tl-kcard__priority">{priority.name}</span> : null}
          <button type="button" className="tl-kcard__open" onClick={() => onOpen(card)} aria-label={`Open ${card.number}`}>
            <Icon name="menu" size={14} />
          </button>
        </span>
      </footer>
    </article>
  );
});
