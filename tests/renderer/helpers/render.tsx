import type { ErrorToDescribe } from '../../../src/renderer/src/i18n/errors';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { BriefingApi } from '../../../src/shared/ipc/contract';
import { ApiContext } from '../../../src/renderer/src/hooks/useApi';
import { AlertsContext } from '../../../src/renderer/src/hooks/useAlerts';
import { UiLanguageContext, type UiLanguage } from '../../../src/renderer/src/i18n';
import { createFakeApi } from './fake-api';

/** Renders a feature component with the app's providers: API, interface language and error reporting. */
export function renderWithApp(
  ui: ReactElement,
  options: {
    api?: BriefingApi;
    language?: UiLanguage;
    report?: (summary: string, detail?: string | ErrorToDescribe) => void;
  } = {},
) {
  const api = options.api ?? createFakeApi().api;
  return render(
    <ApiContext.Provider value={api}>
      <UiLanguageContext.Provider value={options.language ?? 'en'}>
        <AlertsContext.Provider value={options.report ?? (() => undefined)}>{ui}</AlertsContext.Provider>
      </UiLanguageContext.Provider>
    </ApiContext.Provider>,
  );
}
