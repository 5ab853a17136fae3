// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PackPane } from '../../../../src/renderer/src/features/pack/PackPane';
import { type OpenDocument, packActions, packStoreReducer } from '../../../../src/renderer/src/state/pack-store';
import { SEMINAR_FR, loadedDocument } from '../../helpers/fixtures';
import { renderWithApp } from '../../helpers/render';

afterEach(cleanup);

let latest: OpenDocument | null = null;
let send: (action: ReturnType<typeof packActions.undo>) => void = () => undefined;

function Harness({ initial }: { initial: OpenDocument }) {
  const [document, dispatch] = useReducer(packStoreReducer, initial);
  useEffect(() => {
    latest = document;
    send = dispatch;
  });
  return <PackPane document={document!} dispatch={dispatch} />;
}

describe('the kind of document in the pack pane', () => {
  it('makes a programme in one action: its own details, sections and language choice; undo goes back', async () => {
    const user = userEvent.setup();
    renderWithApp(<Harness initial={loadedDocument({ seminarIds: [SEMINAR_FR], marking: 'OFFICIAL' })} />);
    expect(screen.getByRole('textbox', { name: 'Delegation' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Programme' }));
    expect(latest!.pack).toMatchObject({ kind: 'programme', marking: '', languageMode: 'each-seminar' });
    expect(screen.queryByRole('textbox', { name: 'Delegation' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Programme details' })).toBeTruthy();
    const sections = within(screen.getByRole('group', { name: 'Sections' }));
    expect(sections.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'Title page',
      'Contents',
      'Agenda',
      'Speakers’ biographies',
      'Background of the series',
      'Further readings',
    ]);
    const language = screen.getByRole('combobox', { name: 'Language of the programme' });
    expect((language as HTMLSelectElement).value).toBe('each-seminar');
    await user.selectOptions(language, 'fr');
    expect(latest!.pack).toMatchObject({ language: 'fr', languageMode: 'document' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Paper size' }), 'a5-booklet');
    expect(latest!.pack.paper).toBe('a5-booklet');

    // Undo: the paper, the language (two steps: language, then the mode), then the kind itself.
    for (let step = 0; step < 4; step++) send(packActions.undo());
    await screen.findByRole('textbox', { name: 'Delegation' });
    expect(latest!.pack).toMatchObject({ kind: 'briefing', marking: 'OFFICIAL' });
  });
});
