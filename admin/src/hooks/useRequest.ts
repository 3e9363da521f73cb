import { useCallback, useEffect, useState } from 'react';

import { toRequestFailure, type RequestFailure } from '../api/errors';

export type RequestState<T> =
  | { state: 'loading' }
  | { state: 'failed'; failure: RequestFailure }
  | { state: 'loaded'; data: T };

/** Runs `load` now and whenever it changes (wrap it in useCallback); `reload` runs it again. */
export const useRequest = <T>(load: () => Promise<T>) => {
  const [result, setResult] = useState<RequestState<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'loaded', data }),
      (error: unknown) => {
        const failure = toRequestFailure(error);
        if (current && failure.kind !== 'aborted') setResult({ state: 'failed', failure });
      }
    );
    return () => {
      current = false;
    };
  }, [load, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { result, reload, setResult };
};
