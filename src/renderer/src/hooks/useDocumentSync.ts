import type { ErrorToDescribe } from '../i18n/errors';
import { useEffect, useRef } from 'react';
import type { BriefingApi } from '../../../shared/ipc/contract';
import type { Pack } from '../../../shared/pack/schema';
import { useLatest } from './useLatest';

/** A recovery copy is written this long after the last edit. */
export const RECOVERY_DELAY_MS = 3_000;

interface DocumentSyncOptions {
  api: BriefingApi;
  /** Null before a pack is open. */
  pack: Pack | null;
  filePath: string | null;
  displayName: string;
  dirty: boolean;
  report: (summary: string, detail?: string | ErrorToDescribe) => void;
  messages: { failedDocumentState: string; failedRecoveryWrite: string };
}

/**
 * Keeps the main process informed: the title bar and the close prompt follow
 * `setDocumentState`, and a recovery copy is written a few seconds after each
 * edit while there are unsaved changes.
 */
export function useDocumentSync({ api, pack, filePath, displayName, dirty, report, messages }: DocumentSyncOptions) {
  const latest = useLatest({ report, messages });
  const hasPack = pack !== null;

  useEffect(() => {
    if (!hasPack) return;
    let cancelled = false;
    void api.setDocumentState({ displayName, dirty, filePath }).then((result) => {
      if (!cancelled && !result.ok) latest.current.report(latest.current.messages.failedDocumentState, result);
    });
    return () => {
      cancelled = true;
    };
  }, [api, hasPack, displayName, dirty, filePath, latest]);

  /** One message per run of failures, not one every three seconds. */
  const recoveryFailing = useRef(false);
  useEffect(() => {
    if (!pack || !dirty) return;
    const timer = setTimeout(() => {
      void api.writeRecovery({ pack, filePath, displayName }).then((result) => {
        if (result.ok) {
          recoveryFailing.current = false;
        } else if (!recoveryFailing.current) {
          recoveryFailing.current = true;
          latest.current.report(latest.current.messages.failedRecoveryWrite, result);
        }
      });
    }, RECOVERY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, pack, filePath, displayName, dirty, latest]);
}
