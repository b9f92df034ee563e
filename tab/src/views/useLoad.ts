import { useCallback, useEffect, useRef, useState } from 'react';
import { TabFailureError, type TabFailure } from '../api/tabApi';

export type Loaded<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; failure: TabFailure };

/** Runs a load when its key changes, and again on retry; a stale answer never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    latest.current().then(
      (value) => current && setLoaded({ state: 'done', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', failure: error instanceof TabFailureError ? error.failure : { kind: 'network' } }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...loaded, retry };
}
