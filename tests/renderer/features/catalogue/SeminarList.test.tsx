// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { SeminarSummary } from '../../../../src/shared/catalogue/summary';
import type { ApiResult } from '../../../../src/shared/ipc/contract';
import { SeminarList } from '../../../../src/renderer/src/features/catalogue/SeminarList';

afterEach(cleanup);

const asiaPacific: SeminarSummary = {
  id: 'seminar-2020-06-24',
  title: 'Seminar with Asia-Pacific countries',
  language: 'en',
  start: '2020-06-24T07:00:00Z',
  end: '2020-06-24T08:45:00Z',
  chair: { name: 'Patryk PAWLAK', role: 'Brussels Executive Officer, EUISS' },
  speakerCount: 4,
  tbcCount: 0,
  topicLabels: [],
};
const francophone: SeminarSummary = {
  ...asiaPacific,
  id: 'seminar-2020-07-09',
  title: 'Seminaire dédié aux pays francophones du continent africain',
  language: 'fr',
  tbcCount: 2,
};

function apiReturning(...results: ApiResult<'listSeminars'>[]) {
  let call = 0;
  return { listSeminars: async () => results[Math.min(call++, results.length - 1)]! };
}

describe('SeminarList', () => {
  it('shows each seminar with its date in the reader locale, title, language and chair', async () => {
    render(<SeminarList api={apiReturning({ ok: true, data: [asiaPacific, francophone] })} locale="fr-FR" />);
    expect(await screen.findByText('Seminar with Asia-Pacific countries')).toBeTruthy();
    expect(screen.getAllByText('24 juin 2020, 07:00–08:45 UTC')).toHaveLength(2);
    expect(screen.getByText('Français')).toBeTruthy();
    expect(screen.getAllByText('Chair: Patryk PAWLAK, Brussels Executive Officer, EUISS')).toHaveLength(2);
    expect(screen.getByText('2 TBC')).toBeTruthy();
  });

  it('shows an error in plain words and loads again on "Try again"', async () => {
    const api = apiReturning(
      { ok: false, code: 'invalid-file', message: 'builtin.catalogue.json is not valid JSON' },
      { ok: true, data: [asiaPacific] },
    );
    render(<SeminarList api={api} locale="en-GB" />);
    expect((await screen.findByRole('alert')).textContent).toContain('builtin.catalogue.json is not valid JSON');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Seminar with Asia-Pacific countries')).toBeTruthy();
  });

  it('says so when the catalogue is empty', async () => {
    render(<SeminarList api={apiReturning({ ok: true, data: [] })} locale="en-GB" />);
    expect(await screen.findByText('The catalogue has no seminars yet.')).toBeTruthy();
  });
});
