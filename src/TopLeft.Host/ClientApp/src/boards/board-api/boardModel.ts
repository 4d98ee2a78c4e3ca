import type { BoardView, CardView } from './boardApi';

/** Cards of one cell (column × lane), in board order. */
export function cellCards(cards: CardView[], columnId: string, laneKey: string | null): CardView[] {
  return cards.filter((c) => c.columnId === columnId && (laneKey === null || c.laneKey === laneKey));
}

export function byRank(a: CardView, b: CardView): number {
  return a.rank !== b.rank ? a.rank - b.rank : a.psaId - b.psaId;
}

/** Puts a changed card into the board (or takes it out when null), keeping board order and column counts. */
export function upsertCard(view: BoardView, key: string, card: CardView | null): BoardView {
  const others = view.cards.filter((c) => c.key !== key);
  const cards = card ? [...others, card].sort(byRank) : others;
  return { ...view, cards, columns: recount(view, cards) };
}

function recount(view: BoardView, cards: CardView[]) {
  return view.columns.map((column) => {
    const count = cards.filter((c) => c.columnId === column.id).length;
    return { ...column, count, overLimit: column.wipLimit !== null && count > column.wipLimit };
  });
}

/** The rank between two neighbours, as the server computes it, so an optimistic drop lands where it will stay. */
export function rankBetween(above: CardView | undefined, below: CardView | undefined): number | undefined {
  if (above && below) return above.rank < below.rank ? above.rank + (below.rank - above.rank) / 2 : Math.min(above.rank, below.rank) - 512;
  if (above) return above.rank + 1024;
  if (below) return below.rank - 1024;
  return undefined;
}

/** "3d", "5h", "12m": how long a card has sat in its status. */
export function ageOf(since: string, now: number = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function hoursText(actual: number | null, budget: number | null): string | null {
  if (actual === null && budget === null) return null;
  const fmt = (n: number | null) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));
  return `${fmt(actual)}/${fmt(budget)} h`;
}

/** A readable text colour on a priority colour (PSA colours are names or #rrggbb). */
export function priorityColor(color: string | null | undefined): string {
  return color && color.trim() ? color.trim() : 'var(--tl-gray-300)';
}
