import { useCallback, useEffect, useId, useState } from 'react';
import type { CatalogueEntry } from '../../../../shared/ipc/contract';
import { useApi } from '../../hooks/useApi';
import { useCatalogueEditor } from '../../hooks/useCatalogueEditor';
import { useReport } from '../../hooks/useAlerts';
import { useStrings, useUiLanguage } from '../../i18n';
import { type ImportPreview, ImportReviewDialog, type ZoneAnswers } from './ImportReviewDialog';
import { translateImportWarning } from './import-warnings';
import { CATALOGUE_STRINGS } from './strings';

export const BUILTIN_CATALOGUE_ID = 'builtin';

interface CatalogueChooserProps {
  /** The open pack's catalogue; undefined is the built-in one. */
  catalogueId: string | undefined;
  /** Starts a new pack from another catalogue (the caller asks about unsaved changes first). */
  onSwitch: (catalogueId: string | undefined) => void;
}

/** Which catalogue the pack is built from: the built-in one or one the user imported. */
export function CatalogueChooser({ catalogueId, onSwitch }: CatalogueChooserProps) {
  const t = useStrings(CATALOGUE_STRINGS);
  const api = useApi();
  const report = useReport();
  const id = useId();
  const [entries, setEntries] = useState<CatalogueEntry[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [kept, setKept] = useState<CatalogueEntry | null>(null);
  /** While a chosen file is being read (in main's worker): how far it got, 0 to 100. */
  const [reading, setReading] = useState<number | null>(null);
  const editor = useCatalogueEditor();
  const language = useUiLanguage();

  const refresh = useCallback(async () => {
    const result = await api.listCatalogues({});
    if (result.ok) setEntries(result.data);
    else report(t('failedList'), result);
  }, [api, report, t]);

  useEffect(() => {
    let cancelled = false;
    void api.listCatalogues({}).then((result) => {
      if (cancelled) return;
      if (result.ok) setEntries(result.data);
      else report(t('failedList'), result);
    });
    return () => {
      cancelled = true;
    };
    // Loaded again after an import (refresh()) and whenever the editor changed a catalogue.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, editor.revision]);
  // An import kept from the editor is offered here as one kept from the review.
  const [seenKept, setSeenKept] = useState(editor.lastKept);
  if (editor.lastKept !== seenKept) {
    setSeenKept(editor.lastKept);
    if (editor.lastKept) setKept(editor.lastKept);
  }

  const selected = catalogueId ?? BUILTIN_CATALOGUE_ID;
  const options = entries.some((entry) => entry.id === selected)
    ? entries
    : [
        ...entries,
        { id: selected, title: selected === BUILTIN_CATALOGUE_ID ? '' : selected, source: 'builtin', seminarCount: 0 },
      ];

  const label = (entry: CatalogueEntry | (typeof options)[number]) =>
    entry.id === BUILTIN_CATALOGUE_ID && !entry.title
      ? t('catalogueLabel')
      : t(entry.source === 'builtin' ? 'builtinEntry' : entry.source === 'own' ? 'ownEntry' : 'importedEntry', {
          title: entry.title,
        });

  const openPreview = setPreview;

  const startImport = async () => {
    setKept(null);
    const jobId = `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const unsubscribe = api.onImportProgress((progress) => {
      if (progress.jobId === jobId) setReading(Math.round(progress.fraction * 100));
    });
    let result;
    try {
      result = await api.previewCatalogueImport({ jobId });
    } finally {
      unsubscribe();
      setReading(null);
    }
    if (!result.ok) report(t('failedImport'), result);
    else if (!('cancelled' in result.data)) openPreview(result.data);
  };

  const keep = async (zoneAnswers: ZoneAnswers) => {
    if (!preview) return;
    const result = await api.keepCatalogueImport({
      token: preview.token,
      ...(Object.keys(zoneAnswers).length > 0 ? { zoneAnswers } : {}),
    });
    openPreview(null);
    if (!result.ok) {
      report(t('failedImport'), result);
      return;
    }
    setKept(result.data);
    await refresh();
  };

  return (
    <div className="catalogue-chooser">
      <div className="field">
        <label htmlFor={`${id}-catalogue`}>{t('catalogueLabel')}</label>
        <div className="field-inline">
          <select
            id={`${id}-catalogue`}
            value={selected}
            // A long title may not fit the box: its kind comes first, and the whole name is the tooltip.
            title={(() => {
              const current = options.find((entry) => entry.id === selected);
              return current ? label(current) : undefined;
            })()}
            aria-describedby={`${id}-catalogue-help`}
            onChange={(event) => {
              const next = event.target.value;
              onSwitch(next === BUILTIN_CATALOGUE_ID ? undefined : next);
            }}
          >
            {options.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {label(entry)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void startImport()}>
            {t('importProgramme')}
          </button>
        </div>
        <span id={`${id}-catalogue-help`} className="field-help">
          {t('catalogueHelp')}
        </span>
        <div className="field-inline catalogue-edit-actions">
          <button
            type="button"
            className="button-small"
            onClick={() =>
              editor.open(
                selected === BUILTIN_CATALOGUE_ID
                  ? { kind: 'manage', focus: BUILTIN_CATALOGUE_ID }
                  : { kind: 'edit', catalogueId: selected },
              )
            }
          >
            {t('editCatalogue')}
          </button>
          <button
            type="button"
            className="button-small"
            onClick={() => editor.open({ kind: 'manage', focus: selected })}
          >
            {t('manageCatalogues')}
          </button>
        </div>
      </div>
      <div role="status" className="catalogue-notice">
        {reading !== null ? <p>{t('importReading', { percent: reading })}</p> : null}
        {kept ? (
          <p>
            {t('importKept', { title: kept.title })}{' '}
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setKept(null);
                onSwitch(kept.id);
              }}
            >
              {t('useImported')}
            </button>
          </p>
        ) : null}
      </div>
      {preview ? (
        <ImportReviewDialog
          preview={preview}
          onKeep={(zoneAnswers) => void keep(zoneAnswers)}
          onDiscard={() => openPreview(null)}
          onCorrect={(zoneAnswers) => {
            openPreview(null);
            // Its notes in the interface language, as the review shows them.
            const warnings = preview.warnings.map((warning) => ({
              ...warning,
              message: translateImportWarning(language, warning.message),
            }));
            editor.open({ kind: 'import', preview: { ...preview, warnings }, zoneAnswers });
          }}
        />
      ) : null}
    </div>
  );
}
