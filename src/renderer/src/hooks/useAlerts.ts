import { createContext, useCallback, useContext, useMemo, useState } from 'react';

export interface AppAlert {
  id: number;
  /** What failed, in the interface language. */
  summary: string;
  /** The reason given by the main process (already in plain words), if any. */
  detail?: string;
}

export interface Alerts {
  alerts: AppAlert[];
  /** Shows an error until the user dismisses it; the same message is not shown twice at once. */
  report: (summary: string, detail?: string) => void;
  dismiss: (id: number) => void;
}

let nextAlertId = 1;

export function useAlertList(): Alerts {
  const [alerts, setAlerts] = useState<AppAlert[]>([]);
  const report = useCallback((summary: string, detail?: string) => {
    setAlerts((current) =>
      current.some((alert) => alert.summary === summary && alert.detail === detail)
        ? current
        : [...current, { id: nextAlertId++, summary, ...(detail ? { detail } : {}) }],
    );
  }, []);
  const dismiss = useCallback((id: number) => setAlerts((current) => current.filter((alert) => alert.id !== id)), []);
  return useMemo(() => ({ alerts, report, dismiss }), [alerts, report, dismiss]);
}

export const AlertsContext = createContext<Alerts['report']>(() => undefined);

/** `report(summary, detail)` from any component under the app. */
export function useReport(): Alerts['report'] {
  return useContext(AlertsContext);
}
