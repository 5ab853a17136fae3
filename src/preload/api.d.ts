import type { BriefingApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by src/preload/index.ts; every method validates in main and returns errors as values. */
    readonly api: BriefingApi;
  }
}
export {};
