import { useState, type DragEvent } from 'react';
import type { BoardView, CardView, LaneView } from '../board-api/boardApi';
import { BoardCard } from './BoardCard';

/** Cards shown per cell before "Show more": keeps a 5,000-card board quick to paint; the rest render on demand. */
const CELL_PAGE = 40;

export interface DropTarget {
  columnId: string;
  laneKey: string;
  /** The card the dropped one now sits below, or null at the top. */
  beforeKey: string | null;
  /** The card it now sits above, or null at the bottom. */
  afterKey: string | null;
}

export interface BoardGridProps {
  view: BoardView;
  pendingKeys: ReadonlySet<string>;
  onOpen: (card: CardView) => void;
  onDrop: (cardKey: string, target: DropTarget) => void;
  onCopied: (text: string) => void;
}

/** Columns across, swimlanes down; each cell is a drop zone. */
export function BoardGrid({ view, pendingKeys, onOpen, onDrop, onCopied }: BoardGridProps) {
  const [dragging, setDragging] = useState<CardView | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const lanes: LaneView[] = view.lanes.length > 0 ? view.lanes : [{ key: 'none', title: '', count: 0, overLimit: false, actualHours: null, budgetHours: null }];
  const showLaneHeaders = view.swimlane !== 'none';
  const cellsByKey = new Map<string, CardView[]>();
  for (const card of view.cards) {
    const key = `${card.columnId}|${card.laneKey}`;
    const list = cellsByKey.get(key);
    if (list) list.push(card);
    else cellsByKey.set(key, [card]);
  }

  const startDrag = (card: CardView, event: DragEvent) => {
    event.dataTransfer.setData('text/plain', card.key);
    event.dataTransfer.effectAllowed = 'move';
    setDragging(card);
  };

  // The cell computes the neighbours among the cards it shows, so a dropped card lands where the user let go of it,
  // never behind "Show more".
  const dropInto = (columnId: string, laneKey: string, key: string | undefined, beforeKey: string | null, afterKey: string | null) => {
    setOver(null);
    setDragging(null);
    const dropped = key || dragging?.key;
    if (dropped) onDrop(dropped, { columnId, laneKey, beforeKey, afterKey });
  };

  return (
    <div className="tl-kboard" style={{ ['--tl-kboard-columns' as string]: view.columns.length }} role="grid" aria-label={view.name}>
      <div className="tl-kboard__columns" role="row">
        {view.columns.map((column) => (
          <div
            key={column.id}
            role="columnheader"
            className={['tl-kcolumn', column.overLimit ? 'tl-kcolumn--over' : ''].filter(Boolean).join(' ')}
            data-column-id={column.id}
          >
            <span className="tl-kcolumn__name">{column.name}</span>
            <span className="tl-kcolumn__count" title={column.overLimit ? 'Over the WIP limit' : undefined}>
              {column.count}
              {column.wipLimit !== null ? ` / ${column.wipLimit}` : ''}
            </span>
            {column.statuses.length > 1 ? <span className="tl-kcolumn__statuses">{column.statuses.map((s) => s.name).join(' · ')}</span> : null}
          </div>
        ))}
      </div>
      {lanes.map((lane) => (
        <section key={lane.key} className="tl-klane" aria-label={lane.title || 'Cards'} data-lane-key={lane.key}>
          {showLaneHeaders ? (
            <header className={['tl-klane__head', lane.overLimit ? 'tl-klane__head--over' : ''].filter(Boolean).join(' ')}>
              <span className="tl-klane__title">{lane.title}</span>
              <span className="tl-klane__count">{lane.count}{view.laneWipLimit !== null ? ` / ${view.laneWipLimit}` : ''}</span>
              {lane.actualHours !== null || lane.budgetHours !== null ? (
                <span className="tl-klane__totals">
                  {lane.actualHours ?? 0} h of {lane.budgetHours ?? 0} h budget
                </span>
              ) : null}
            </header>
          ) : null}
          <div className="tl-klane__cells" role="row">
            {view.columns.map((column) => (
              <Cell
                key={column.id}
                columnId={column.id}
                cards={cellsByKey.get(`${column.id}|${lane.key}`) ?? []}
                columnName={column.name}
                highlighted={over === `${column.id}|${lane.key}`}
                onDragOver={(event) => {
                  if (!view.capabilities.canDrag) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  setOver(`${column.id}|${lane.key}`);
                }}
                onDragLeave={() => setOver((current) => (current === `${column.id}|${lane.key}` ? null : current))}
                onDropAt={(key, beforeKey, afterKey) => dropInto(column.id, lane.key, key, beforeKey, afterKey)}
                render={(card) => (
                  <BoardCard
                    key={card.key}
                    card={card}
                    board={view}
                    pending={pendingKeys.has(card.key)}
                    onOpen={onOpen}
                    onDragStart={startDrag}
                    onCopied={onCopied}
                  />
                )}
              />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

interface CellProps {
  columnId: string;
  cards: CardView[];
  columnName: string;
  highlighted: boolean;
  onDragOver: (event: DragEvent<HTMLDivElement>) => void;
  onDragLeave: () => void;
  onDropAt: (key: string | undefined, beforeKey: string | null, afterKey: string | null) => void;
  render: (card: CardView) => React.ReactNode;
}

function Cell({ columnId, cards, columnName, highlighted, onDragOver, onDragLeave, onDropAt, render }: CellProps) {
  const [limit, setLimit] = useState(CELL_PAGE);
  const shown = cards.slice(0, limit);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const key = event.dataTransfer.getData('text/plain') || undefined;
    const visible = shown.filter((c) => c.key !== key);
    const under = (event.target as HTMLElement).closest<HTMLElement>('[data-card-key]')?.dataset.cardKey;
    const index = under ? visible.findIndex((c) => c.key === under) : -1;
    if (index >= 0) {
      onDropAt(key, visible[index - 1]?.key ?? null, visible[index]?.key ?? null);
      return;
    }
    // Below the shown cards: after the last shown one, before the first hidden one.
    const hidden = cards.slice(limit).find((c) => c.key !== key);
    onDropAt(key, visible[visible.length - 1]?.key ?? null, hidden?.key ?? null);
  };
  return (
    <div
      className={['tl-kcell', highlighted ? 'tl-kcell--over' : ''].filter(Boolean).join(' ')}
      role="gridcell"
      aria-label={columnName}
      data-column-id={columnId}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      {shown.map(render)}
      {cards.length > limit ? (
        <button type="button" className="tl-kcell__more" onClick={() => setLimit((l) => l + CELL_PAGE * 5)}>
          Show {Math.min(cards.length - limit, CELL_PAGE * 5)} more of {cards.length - limit}
        </button>
      ) : null}
    </div>
  );
}
