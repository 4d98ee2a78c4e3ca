import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Icon } from '../../shared/icons';
import { useBoardLive } from '../../shared/live/useBoardLive';
import { Badge, Button, Card, EmptyState, LoadingState, ProblemAlert, useToast } from '../../shared/ui';
import { emptyFilter, getBoardView, getCard, moveCard, type BoardView, type CardView, type PersonalFilter } from '../board-api/boardApi';
import { byRank, rankBetween, upsertCard } from '../board-api/boardModel';
import { BoardGrid, type DropTarget } from './BoardGrid';
import { CardDialog } from './CardDialog';
import { FilterDialog, activeFilterCount } from './FilterDialog';
import { useMissedChanges } from './missedChanges';
import { StatusPickDialog, type StatusChoice } from './StatusPickDialog';
import './ViewBoardPage.css';

interface PendingPick {
  key: string;
  target: DropTarget;
  choices: StatusChoice[];
  column: string;
}

/** `/boards/:id`: the Kanban board. Drops show at once and are confirmed (or undone, with the reason) by the server. */
export function ViewBoardPage() {
  const { id = '' } = useParams();
  const toast = useToast();
  const [view, setView] = useState<BoardView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState<PersonalFilter>(emptyFilter);
  const [search, setSearch] = useState('');
  const [filterOpen, setFilterOpen] = useState(false);
  const [openCard, setOpenCard] = useState<CardView | null>(null);
  const [pick, setPick] = useState<PendingPick | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const myWriteBacks = useRef(new Set<string>());
  const viewRef = useRef<BoardView | null>(null);
  const [reloads, setReloads] = useState(0);
  useDocumentTitle(view?.name ?? 'Board');

  useEffect(() => {
    viewRef.current = view;
  }, [view]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const missed = useMissedChanges(reload);

  useEffect(() => {
    const controller = new AbortController();
    missed.reading();
    getBoardView(id, filter, controller.signal).then(
      (next) => {
        // The server sends cards in board order; every later change keeps that order (upsertCard).
        setView({ ...next, cards: [...next.cards].sort(byRank) });
        setError(null);
        missed.read(next.version);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      },
    );
    return () => controller.abort();
  }, [id, filter, reloads, missed]);

  // Quick search runs on the server like every other filter, a moment after typing stops.
  useEffect(() => {
    const timer = window.setTimeout(() => setFilter((f) => (f.q === search ? f : { ...f, q: search })), 250);
    return () => window.clearTimeout(timer);
  }, [search]);

  const refreshCard = useCallback(
    async (key: string) => {
      try {
        const card = await getCard(id, key);
        setView((v) => (v ? upsertCard(v, key, card) : v));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) setView((v) => (v ? upsertCard(v, key, null) : v));
      }
    },
    [id],
  );

  const liveHandlers = useMemo(
    () => ({
      CardChanged: (...args: unknown[]) => {
        const message = args[0] as { cardKey: string; by: string; writeBackId?: string | null; error?: string | null };
        void refreshCard(message.cardKey);
        if (message.error && message.writeBackId && myWriteBacks.current.has(message.writeBackId)) {
          toast.show({ tone: 'danger', title: 'The PSA refused the change', description: `${message.error} The card is back where it was.`, duration: 0 });
        }
      },
      BoardChanged: reload,
    }),
    [refreshCard, toast, reload],
  );
  useBoardLive(id, liveHandlers, missed.joined);

  const drop = useCallback(
    async (key: string, target: DropTarget, statusPsaId?: number) => {
      const current = viewRef.current;
      const card = current?.cards.find((c) => c.key === key);
      if (!current || !card) return;
      if (card.columnId === target.columnId && card.laneKey === target.laneKey && target.afterKey === null && target.beforeKey === null) return;
      const above = current.cards.find((c) => c.key === target.beforeKey);
      const below = current.cards.find((c) => c.key === target.afterKey);
      // Show the drop at once; the server's answer confirms or undoes it.
      const optimistic: CardView = { ...card, columnId: target.columnId, laneKey: target.laneKey, rank: rankBetween(above, below) ?? card.rank };
      setView((v) => (v ? upsertCard(v, key, optimistic) : v));
      setPending((p) => new Set(p).add(key));
      try {
        const result = await moveCard(id, key, {
          columnId: target.columnId,
          laneKey: current.swimlane === 'none' ? null : target.laneKey,
          statusPsaId: statusPsaId ?? null,
          expectedStatusPsaId: card.statusPsaId,
          beforeKey: target.beforeKey,
          afterKey: target.afterKey,
        });
        if (result.writeBackId) myWriteBacks.current.add(result.writeBackId);
        setView((v) => (v ? upsertCard(v, key, result.card) : v));
      } catch (e) {
        setView((v) => (v ? upsertCard(v, key, card) : v));
        const problem = e instanceof ApiError ? e.problem : null;
        const code = problem?.code as string | undefined;
        if (code === 'choose-status') {
          const column = current.columns.find((c) => c.id === target.columnId)?.name ?? '';
          setPick({ key, target, column, choices: problem?.data as StatusChoice[] });
        } else if (code === 'card-changed') {
          setView((v) => (v && problem?.data ? upsertCard(v, key, problem.data as CardView) : v));
          toast.show({ tone: 'info', title: problem?.title ?? 'The card has moved', description: problem?.detail });
        } else {
          toast.show({ tone: 'danger', title: problem?.title ?? 'The card could not be moved', description: problem?.detail ?? (e instanceof Error ? e.message : undefined) });
        }
      } finally {
        setPending((p) => {
          const next = new Set(p);
          next.delete(key);
          return next;
        });
      }
    },
    [id, toast],
  );

  const onDrop = useCallback((key: string, target: DropTarget) => void drop(key, target), [drop]);
  const onCopied = useCallback((text: string) => toast.show({ title: `Copied #${text}`, duration: 1500 }), [toast]);

  if (error && !view) {
    const denied = error instanceof ApiError && (error.status === 403 || error.status === 404);
    return (
      <div className="tl-board-page">
        <Card>
          <EmptyState icon={denied ? 'lock' : 'alert'} title={denied ? 'This board is not available to you' : 'The board could not be loaded'} actions={<Link to="/">Back to boards</Link>}>
            <ProblemAlert error={error instanceof ApiError ? error : new ApiError(0, null, String(error))} />
          </EmptyState>
        </Card>
      </div>
    );
  }

  if (!view) return <LoadingState label="Loading the board…" />;

  const filters = activeFilterCount(filter);
  const statuses = view.columns.flatMap((c) => c.statuses).concat(view.statuses ?? []).filter((s, i, all) => all.findIndex((x) => x.psaId === s.psaId) === i);

  return (
    <div className="tl-board-page">
      <header className="tl-board-header">
        <div className="tl-board-header__title">
          <h1>{view.name}</h1>
          <span className="tl-board-header__count">{view.cards.length} cards</span>
          {view.capabilities.readOnly ? <Badge tone="warning">Read-only</Badge> : null}
        </div>
        <div className="tl-board-header__tools">
          {view.capabilities.canFilter ? (
            <>
              <label className="tl-board-search">
                <Icon name="list" size={14} />
                <input type="search" placeholder="Search titles" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="Search card titles" />
              </label>
              <Button variant={filters > 0 ? 'primary' : 'secondary'} size="sm" onClick={() => setFilterOpen(true)}>
                Filter{filters > 0 ? ` (${filters})` : ''}
              </Button>
            </>
          ) : null}
          {view.capabilities.isAdmin ? (
            <Link className="tl-board-header__edit" to={`/boards/${view.id}/edit`}>
              <Icon name="gear" size={14} /> Edit board
            </Link>
          ) : null}
        </div>
      </header>
      {view.cards.length === 0 && view.columns.length > 0 && (filters > 0 || filter.q) ? (
        <p className="tl-board-empty">No cards match your filter.</p>
      ) : null}
      <BoardGrid view={view} pendingKeys={pending} onOpen={setOpenCard} onDrop={onDrop} onCopied={onCopied} />
      {filterOpen ? (
      <FilterDialog
        open
        view={view}
        filter={filter}
        onClose={() => setFilterOpen(false)}
        onApply={(next) => {
          setFilter(next);
          setFilterOpen(false);
        }}
      />
      ) : null}
      <StatusPickDialog
        column={pick?.column ?? ''}
        choices={pick?.choices ?? null}
        onCancel={() => setPick(null)}
        onPick={(statusPsaId) => {
          const chosen = pick;
          setPick(null);
          if (chosen) void drop(chosen.key, chosen.target, statusPsaId);
        }}
      />
      <CardDialog
        key={openCard?.key ?? 'none'}
        view={view}
        card={openCard}
        statuses={statuses}
        onClose={() => setOpenCard(null)}
        onChanged={(message) => {
          toast.show({ tone: 'success', title: message });
          if (openCard) void refreshCard(openCard.key);
        }}
      />
    </div>
  );
}
