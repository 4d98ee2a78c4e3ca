import { memo, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { BoardView, CardView, LaneView } from '../board-api/boardApi';
import { BoardCard, type CardContext } from './BoardCard';

/** Cards shown per cell before "Show more": keeps a 5,000-card board quick to paint; the rest render on demand. */
const CELL_PAGE = 40;

/** Lanes further than this below (or above) the screen wait with a placeholder until scrolled near. */
const LANE_MARGIN = '1200px';

/** A card's height plus gap, to size a lane that is not drawn yet. */
const CARD_HEIGHT = 96;

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

interface CellHandlers {
  onDragOver: (cell: string, event: DragEvent<HTMLDivElement>) => void;
  onDragLeave: (cell: string) => void;
  onDropAt: (columnId: string, laneKey: string, key: string | undefined, beforeKey: string | null, afterKey: string | null) => void;
  onOpen: (card: CardView) => void;
  onDragStart: (card: CardView, event: DragEvent) => void;
  onCopied: (text: string) => void;
}

const NO_CARDS: CardView[] = [];

/**
 * Columns across, swimlanes down; each cell is a drop zone. A drop or a live change re-renders only the cells whose
 * cards changed (cells and cards are memoised, handlers are stable), and lanes far off screen are drawn when they
 * come near, so a 5,000-card board paints its first screen quickly.
 */
export function BoardGrid({ view, pendingKeys, onOpen, onDrop, onCopied }: BoardGridProps) {
  const [over, setOver] = useState<string | null>(null);
  const dragging = useRef<string | null>(null);
  const lanes: LaneView[] = view.lanes.length > 0 ? view.lanes : [{ key: 'none', title: '', count: 0, overLimit: false, actualHours: null, budgetHours: null }];
  const showLaneHeaders = view.swimlane !== 'none';
  const canDrag = view.capabilities.canDrag;

  const cells = useMemo(() => {
    const byKey = new Map<string, CardView[]>();
    for (const card of view.cards) {
      const key = `${card.columnId}|${card.laneKey}`;
      const list = byKey.get(key);
      if (list) list.push(card);
      else byKey.set(key, [card]);
    }
    return byKey;
  }, [view.cards]);

  const context = useMemo<CardContext>(
    () => ({
      fields: new Set(view.cardFields),
      priorities: new Map(view.priorities.map((p) => [p.psaId, p])),
      members: new Map(view.members.map((m) => [m.psaId, m])),
      canDrag,
    }),
    [view.cardFields, view.priorities, view.members, canDrag],
  );

  const onDropRef = useRef(onDrop);
  useEffect(() => {
    onDropRef.current = onDrop;
  }, [onDrop]);

  const handlers = useMemo<CellHandlers>(
    () => ({
      onDragOver: (cell, event) => {
        if (!canDrag) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(cell);
      },
      onDragLeave: (cell) => setOver((current) => (current === cell ? null : current)),
      // The cell computes the neighbours among the cards it shows, so a dropped card lands where the user let go of
      // it, never behind "Show more".
      onDropAt: (columnId, laneKey, key, beforeKey, afterKey) => {
        setOver(null);
        const dropped = key || dragging.current;
        dragging.current = null;
        if (dropped) onDropRef.current(dropped, { columnId, laneKey, beforeKey, afterKey });
      },
      onOpen,
      onDragStart: (card, event) => {
        event.dataTransfer.setData('text/plain', card.key);
        event.dataTransfer.effectAllowed = 'move';
        dragging.current = card.key;
      },
      onCopied,
    }),
    [canDrag, onOpen, onCopied],
  );

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
      {lanes.map((lane, index) => (
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
          <LaneCells
            eager={index < 3}
            height={Math.min(CELL_PAGE, Math.max(1, ...view.columns.map((c) => cells.get(`${c.id}|${lane.key}`)?.length ?? 0))) * CARD_HEIGHT}
          >
            {view.columns.map((column) => {
              const cell = `${column.id}|${lane.key}`;
              return (
                <Cell
                  key={column.id}
                  columnId={column.id}
                  laneKey={lane.key}
                  cards={cells.get(cell) ?? NO_CARDS}
                  columnName={column.name}
                  highlighted={over === cell}
                  pendingKeys={pendingKeys}
                  context={context}
                  handlers={handlers}
                />
              );
            })}
          </LaneCells>
        </section>
      ))}
    </div>
  );
}

/** A lane's row of cells, drawn once it comes near the screen (the first lanes at once). */
function LaneCells({ eager, height, children }: { eager: boolean; height: number; children: React.ReactNode }) {
  const [near, setNear] = useState(eager || typeof IntersectionObserver === 'undefined');
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (near || !placeholder.current) return;
    // The board scrolls inside its own box: observe against it, or the margin would never apply (the box clips).
    const root = placeholder.current.closest<HTMLElement>('.tl-kboard');
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { root, rootMargin: `${LANE_MARGIN} 0px` },
    );
    observer.observe(placeholder.current);
    return () => observer.disconnect();
  }, [near]);

  return near ? (
    <div className="tl-klane__cells" role="row">
      {children}
    </div>
  ) : (
    <div ref={placeholder} className="tl-klane__cells tl-klane__cells--later" role="row" style={{ minHeight: height }} aria-busy="true" />
  );
}

interface CellProps {
  columnId: string;
  laneKey: string;
  cards: CardView[];
  columnName: string;
  highlighted: boolean;
  pendingKeys: ReadonlySet<string>;
  context: CardContext;
  handlers: CellHandlers;
}

// A cell re-renders only when its own cards, its highlight or one of its cards' pending marks changed.
const Cell = memo(function Cell({ columnId, laneKey, cards, columnName, highlighted, pendingKeys, context, handlers }: CellProps) {
  const [limit, setLimit] = useState(CELL_PAGE);
  const shown = cards.slice(0, limit);
  const cell = `${columnId}|${laneKey}`;

  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      event.preventDefault();
      const key = event.dataTransfer.getData('text/plain') || undefined;
      const visible = cards.slice(0, limit).filter((c) => c.key !== key);
      const under = (event.target as HTMLElement).closest<HTMLElement>('[data-card-key]')?.dataset.cardKey;
      const index = under ? visible.findIndex((c) => c.key === under) : -1;
      if (index >= 0) {
        handlers.onDropAt(columnId, laneKey, key, visible[index - 1]?.key ?? null, visible[index]?.key ?? null);
        return;
      }
      // Below the shown cards: after the last shown one, before the first hidden one.
      const hidden = cards.slice(limit).find((c) => c.key !== key);
      handlers.onDropAt(columnId, laneKey, key, visible[visible.length - 1]?.key ?? null, hidden?.key ?? null);
    },
    [cards, limit, handlers, columnId, laneKey],
  );

  return (
    <div
      className={['tl-kcell', highlighted ? 'tl-kcell--over' : ''].filter(Boolean).join(' ')}
      role="gridcell"
      aria-label={columnName}
      data-column-id={columnId}
      onDragOver={(event) => handlers.onDragOver(cell, event)}
      onDragLeave={() => handlers.onDragLeave(cell)}
      onDrop={onDrop}
    >
      {shown.map((card) => (
        <BoardCard
          key={card.key}
          card={card}
          context={context}
          pending={pendingKeys.has(card.key)}
          onOpen={handlers.onOpen}
          onDragStart={handlers.onDragStart}
          onCopied={handlers.onCopied}
        />
      ))}
      {cards.length > limit ? (
        <button type="button" className="tl-kcell__more" onClick={() => setLimit((l) => l + CELL_PAGE * 5)}>
          Show {Math.min(cards.length - limit, CELL_PAGE * 5)} more of {cards.length - limit}
        </button>
      ) : null}
    </div>
  );
}, sameCell);

function sameCell(a: CellProps, b: CellProps): boolean {
  if (
    a.columnId !== b.columnId ||
    a.laneKey !== b.laneKey ||
    a.columnName !== b.columnName ||
    a.highlighted !== b.highlighted ||
    a.context !== b.context ||
    a.handlers !== b.handlers ||
    a.cards.length !== b.cards.length
  ) {
    return false;
  }
  for (let i = 0; i < a.cards.length; i++) {
    if (a.cards[i] !== b.cards[i]) return false;
  }
  if (a.pendingKeys === b.pendingKeys) return true;
  return a.cards.every((c) => a.pendingKeys.has(c.key) === b.pendingKeys.has(c.key));
}
