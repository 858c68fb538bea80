import { useCallback, useEffect, useRef, useState } from 'react';

/** Why an export failed, as a line for people (never an empty string). */
export function failureReason(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  const text = String(error);
  return text && text !== '[object Object]' ? text : 'unknown error';
}

/**
 * Runs an export from a click: one at a time, and whatever it throws or rejects with ends up
 * in `error` for the button to show, never in React or as an unhandled rejection.
 */
export function useExportAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback((action: () => void | Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    const done = (failure: string | null) => {
      running.current = false;
      if (!mounted.current) return;
      setBusy(false);
      setError(failure);
    };
    try {
      Promise.resolve(action()).then(
        () => done(null),
        (e: unknown) => done(failureReason(e)),
      );
    } catch (e) {
      done(failureReason(e));
    }
  }, []);
  return { run, busy, error };
}
