import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { OperationsLog, OperationsLogState } from '../model/log';

const LogContext = createContext<OperationsLog | null>(null);

export function OperationsLogProvider({
  log,
  children,
}: {
  log: OperationsLog;
  children: ReactNode;
}) {
  return <LogContext.Provider value={log}>{children}</LogContext.Provider>;
}

export function useOperationsLogStore(): OperationsLog {
  const log = useContext(LogContext);
  if (!log) throw new Error('operations log read outside OperationsLogProvider');
  return log;
}

/** A slice of the operations log (alerts, acknowledgements, poll history). */
export function useOperationsLog<T>(selector: (s: OperationsLogState) => T): T {
  return useStore(useOperationsLogStore(), selector);
}
