import { useCallback, useMemo, useRef } from 'react';

/**
 * True when a board read at version `readAt` may lack a change announced before the live join that saw `joinedAt`
 * (either unknown counts as "may").
 */
export function missedChanges(readAt: number | null | undefined, joinedAt: number | null): boolean {
  return readAt == null || joinedAt === null || readAt < joinedAt;
}

/**
 * The page reads its board and joins the board's live group at the same time, so a change announced after the read
 * but before the join (or while the connection was down) would never reach it. Each join reports the tenant's
 * board-data version; when the board on screen was read at an older one, `reload` runs (once per join).
 */
export function useMissedChanges(reload: () => void) {
  // undefined: no read has arrived since the last one started / no join is waiting for a read.
  const readAt = useRef<number | null | undefined>(undefined);
  const waitingJoin = useRef<number | null | undefined>(undefined);

  const reading = useCallback(() => {
    readAt.current = undefined;
  }, []);

  const read = useCallback(
    (version: number | null | undefined) => {
      readAt.current = version ?? null;
      const joinedAt = waitingJoin.current;
      waitingJoin.current = undefined;
      if (joinedAt !== undefined && missedChanges(version, joinedAt)) reload();
    },
    [reload],
  );

  const joined = useCallback(
    (version: number | null) => {
      if (readAt.current === undefined) waitingJoin.current = version;
      else if (missedChanges(readAt.current, version)) reload();
    },
    [reload],
  );

  return useMemo(() => ({ reading, read, joined }), [reading, read, joined]);
}
