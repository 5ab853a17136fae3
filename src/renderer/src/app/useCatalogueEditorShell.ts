import { type Dispatch, useCallback, useMemo, useRef, useState } from 'react';
import type { CatalogueEntry, OpenedPack } from '../../../shared/ipc/contract';
import { diffProgramme } from '../../../shared/pack/programme-diff';
import { BUILTIN_CATALOGUE_ID, snapshotAsCatalogue } from '../../../shared/pack/programme';
import type { CatalogueEditorLauncher, EditorTarget } from '../hooks/useCatalogueEditor';
import { useLatest } from '../hooks/useLatest';
import { type OpenDocument, type PackAction, packActions } from '../state/pack-store';
import type { CatalogueChange } from './external';

/**
 * The shell's side of the catalogue editor: what it shows, and what follows a
 * change. A saved catalogue replaces the one the open pack chooses from (and
 * the pack then says how its programme differs, once the editor has closed);
 * a deleted one leaves the pack with its own programme.
 */
export function useCatalogueEditorShell(
  document: OpenDocument | null,
  dispatch: Dispatch<PackAction>,
  showProgrammeChanges: (opened: OpenedPack) => void,
) {
  const [target, setTarget] = useState<EditorTarget | null>(null);
  const [revision, setRevision] = useState(0);
  const [lastKept, setLastKept] = useState<CatalogueEntry | null>(null);
  /** Changes to the open pack's programme, told once the editor closes (not shown behind it). */
  const pending = useRef<OpenedPack | null>(null);
  const latest = useLatest({ document });

  const onChanged = useCallback(
    (change: CatalogueChange) => {
      setRevision((count) => count + 1);
      const open = latest.current.document;
      if (change.kind === 'kept') setLastKept(change.entry);
      if (!open || open.catalogueFromPack) return;
      const source = open.pack.programme.source.catalogueId;
      if (change.kind === 'saved' && change.entry.id === source) {
        dispatch(packActions.catalogueChanged(change.catalogue));
        const programmeChanges = diffProgramme(open.pack.programme, change.catalogue, open.pack.seminarIds);
        if (programmeChanges.length > 0)
          pending.current = {
            pack: open.pack,
            filePath: open.filePath,
            displayName: open.displayName,
            programmeChanges,
          };
      }
      if (change.kind === 'removed' && change.catalogueId === source)
        dispatch(packActions.catalogueChanged(snapshotAsCatalogue(open.pack.programme), true));
    },
    [dispatch, latest],
  );

  const changeTarget = useCallback(
    (next: EditorTarget | null) => {
      setTarget(next);
      if (next === null && pending.current) {
        showProgrammeChanges(pending.current);
        pending.current = null;
      }
    },
    [showProgrammeChanges],
  );

  const launcher = useMemo<CatalogueEditorLauncher>(
    () => ({ open: changeTarget, revision, lastKept }),
    [changeTarget, revision, lastKept],
  );

  /** The application menu's "Edit Catalogue…": the open pack's catalogue, or the list when it cannot be edited. */
  const editCurrent = useCallback(() => {
    const open = latest.current.document;
    const id = open && !open.catalogueFromPack ? open.pack.programme.source.catalogueId : BUILTIN_CATALOGUE_ID;
    setTarget(id === BUILTIN_CATALOGUE_ID ? { kind: 'manage', focus: id } : { kind: 'edit', catalogueId: id });
  }, [latest]);

  return { target, setTarget: changeTarget, launcher, onChanged, editCurrent };
}
