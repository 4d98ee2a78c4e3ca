import { useEffect } from 'react';
import { getLiveClient, type JoinedHandler, type LiveHandler } from './liveClient';

const NO_HANDLERS: Record<string, LiveHandler> = {};

/**
 * Keeps the page subscribed to one board's live updates while it is mounted and routes the named
 * server events to the given handlers; `onJoined` hears each join's board-data version (see {@link JoinedHandler}).
 * Handlers should be stable (useCallback) to avoid re-subscribing.
 */
export function useBoardLive(boardId: string | undefined, handlers: Record<string, LiveHandler> = NO_HANDLERS, onJoined?: JoinedHandler): void {
  useEffect(() => {
    if (!boardId) return;
    const client = getLiveClient();
    const offs = Object.entries(handlers).map(([event, handler]) => client.on(event, handler));
    let release: (() => Promise<void>) | undefined;
    let cancelled = false;
    client.subscribe(boardId, onJoined).then(
      (leave) => {
        if (cancelled) void leave();
        else release = leave;
      },
      (error: unknown) => console.warn('Live updates unavailable', error),
    );
    return () => {
      cancelled = true;
      offs.forEach((off) => off());
      void release?.();
    };
  }, [boardId, handlers, onJoined]);
}
