import { createContext, useContext } from 'react';
import type { BriefingApi } from '../../../shared/ipc/contract';

/** `window.api` in the app; a fake in component tests. */
export const ApiContext = createContext<BriefingApi | null>(null);

export function useApi(): BriefingApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiContext.Provider>');
  return api;
}
