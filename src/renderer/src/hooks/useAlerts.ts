import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ErrorToDescribe } from '../i18n/errors';

export interface AppAlert {
  id: number;
  /** What failed, in the interface language. */
  summary: string;
  /** Why: main's error (phrased in the interface language when shown), or words of the caller's own. */
  detail?: string | ErrorToDescribe;
}

export interface Alerts {
  alerts: AppAlert[];
  /** Shows an error until the user dismisses it; the same message is not shown twice at once. */
  report: (summary: string, detail?: string | ErrorToDescribe) => void;
  dismiss: (id: number) => void;
}

let nextAlertId = 1;

export function useAlertList(): Alerts {
  const [alerts, setAlerts] = useState<AppAlert[]>([]);
  const report = useCallback((summary: string, detail?: string | ErrorToDescribe) => {
    // Only what is shown is kept (main's English message is not), so repeats compare as the user sees them.
    const kept =
      typeof detail === 'object'
        ? {
            code: detail.code,
            ...(detail.file !== undefined ? { file: detail.file } : {}),
            ...(detail.reason !== undefined ? { reason: detail.reason } : {}),
          }
        : detail;
    const key = JSON.stringify([summary, kept]);
    setAlerts((current) =>
      current.some((alert) => JSON.stringify([alert.summary, alert.detail]) === key)
        ? current
        : [...current, { id: nextAlertId++, summary, ...(kept ? { detail: kept } : {}) }],
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
