import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError } from './problem';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Result<T> {
  key: string | null;
  version: number;
  data?: T;
  error?: ApiError;
}

/**
 * Loads data once per change of `key` (null = don't load) and cancels the previous call. Deliberately
 * tiny: the SPA has few reads per page, and a query cache library is not worth its weight yet.
 * While reloading the same key the previous data stays available.
 */
export function useApiQuery<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiQuery<T> {
  const [result, setResult] = useState<Result<T>>({ key: null, version: -1 });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ key, version, data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError(0, null, error instanceof Error ? error.message : undefined);
        setResult({ key, version, error: apiError });
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = result.key === key && result.version === version;
  return {
    data: key !== null && result.key === key ? result.data : undefined,
    error: current ? result.error : undefined,
    loading: key !== null && !current,
    reload,
  };
}
