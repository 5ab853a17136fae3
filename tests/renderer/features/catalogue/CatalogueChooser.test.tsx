// @vitest-environment jsdom
/** Issue 10, item 7: an import shows how far main's worker got while it reads the file. */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiContext } from '../../../../src/renderer/src/hooks/useApi';
import { CatalogueChooser } from '../../../../src/renderer/src/features/catalogue/CatalogueChooser';
import type { ApiResult } from '../../../../src/shared/ipc/contract';
import { createFakeApi } from '../../helpers/fake-api';

afterEach(cleanup);

describe('CatalogueChooser while an import is read', () => {
  it('shows the progress main reports for its own job, and clears it when the file is read', async () => {
    let finish: (result: ApiResult<'previewCatalogueImport'>) => void = () => undefined;
    const fake = createFakeApi({
      previewCatalogueImport: () => new Promise((resolve) => (finish = resolve)),
    });
    const user = userEvent.setup();
    render(
      <ApiContext.Provider value={fake.api}>
        <CatalogueChooser catalogueId={undefined} onSwitch={() => undefined} />
      </ApiContext.Provider>,
    );
    await user.click(screen.getByRole('button', { name: 'Import programme…' }));
    const [request] = fake.callsOf('previewCatalogueImport');
    expect(request?.jobId).toMatch(/^import-/);
    act(() => fake.sendImportProgress({ jobId: request!.jobId!, stage: 'importing', fraction: 0.45 }));
    act(() => fake.sendImportProgress({ jobId: 'someone-else', stage: 'importing', fraction: 0.9 }));
    expect(screen.getByRole('status').textContent).toBe('Reading the file… 45%');
    act(() => finish({ ok: true, data: { cancelled: true } }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  });
});
