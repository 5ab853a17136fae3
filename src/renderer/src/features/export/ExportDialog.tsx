import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import type { BriefingApi, ExportProgress, ExportResult } from '../../../../shared/ipc/contract';
import type { DocumentKind, Pack } from '../../../../shared/pack/schema';
import { Dialog } from '../../components/Dialog';
import { useStrings } from '../../i18n';
import { type ErrorToDescribe, useDescribeError } from '../../i18n/errors';
import { chosenFormats, newJobId, stageKey, suggestedFileName } from './export-helpers';
import { exportPlan, markingNeedsQuestion } from './export-plan';
import { type ExportChoices, ExportOptions } from './ExportOptions';
import { ExportResults } from './ExportResults';
import { CALENDAR_STRINGS, EXPORT_STRINGS } from './strings';
import './export.css';

export interface ExportDialogProps {
  open: boolean;
  pack: Pack;
  /** The pack's catalogue: the dialog lays the document out to say what the file will hold. */
  catalogue: Catalogue;
  api: Pick<BriefingApi, 'exportPack' | 'onExportProgress' | 'showInFolder'>;
  onClose: () => void;
  /** Switches the pack between briefing pack and programme (an undoable edit); the dialog offers it when given. */
  onKindChange?: (kind: DocumentKind) => void;
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'running'; jobId: string; progress?: ExportProgress }
  | { kind: 'done'; result: ExportResult }
  | { kind: 'error'; error: ErrorToDescribe };

/**
 * Export to PDF, DOCX or both, internal or external, finished or as a draft
 * that shows gaps. Before anything is written the dialog says what the file
 * will hold and refuses a pack with nothing to print. The main process shows
 * the save dialog (and asks before replacing any file) and renders off its main
 * thread, reporting progress events for our jobId; cancelling there closes this
 * dialog quietly.
 */
export function ExportDialog({ open, ...props }: ExportDialogProps) {
  // Mounted only while open, so each opening starts from the format choice.
  return open ? <ExportDialogBody {...props} /> : null;
}

function ExportDialogBody({ pack, catalogue, api, onClose, onKindChange }: Omit<ExportDialogProps, 'open'>) {
  const t = useStrings(EXPORT_STRINGS);
  const c = useStrings(CALENDAR_STRINGS);
  const describe = useDescribeError();
  const baseId = useId();
  const [choices, setChoices] = useState<ExportChoices>({
    formats: { pdf: true, docx: true, ics: false, frab: false, 'schedule-json': false },
    edition: 'internal',
    showGaps: false,
    pdfa: false,
    marking: null,
  });
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [showError, setShowError] = useState('');
  const mounted = useRef(true);
  const unsubscribe = useRef<(() => void) | undefined>(undefined);
  const focusTarget = useRef<HTMLElement | null>(null);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      unsubscribe.current?.();
      unsubscribe.current = undefined;
    };
  }, []);

  // Focus follows the phase: the status while running, the results or the retry button after,
  // the first format when choosing again.
  useEffect(() => {
    focusTarget.current?.focus();
  }, [phase.kind]);

  const selected = chosenFormats(choices.formats);
  const { edition, showGaps } = choices;
  const plan = useMemo(() => exportPlan(pack, catalogue, { edition, showGaps }), [pack, catalogue, edition, showGaps]);
  const askMarking = markingNeedsQuestion(pack.marking, edition);
  // The answer changes this export only: the pack itself (and its saved state) is left alone.
  const exported: Pack =
    askMarking && choices.marking?.keep === false ? { ...pack, marking: choices.marking.text.trim() } : pack;
  const fileName = suggestedFileName(pack, t('defaultName'), t('externalSuffix'), edition);
  const documentWanted = selected.includes('pdf') || selected.includes('docx');
  // Calendar files alone need a seminar, not a printable document.
  const hasContent = documentWanted ? plan.printable : pack.seminarIds.length > 0;
  const ready = selected.length > 0 && hasContent && (!askMarking || choices.marking !== null);

  const run = async () => {
    if (!ready) return;
    const jobId = newJobId();
    unsubscribe.current?.();
    unsubscribe.current = api.onExportProgress((progress) => {
      if (progress.jobId !== jobId || !mounted.current) return;
      setPhase((current) =>
        current.kind === 'running' && current.jobId === jobId ? { ...current, progress } : current,
      );
    });
    setShowError('');
    setPhase({ kind: 'running', jobId });
    let result: Awaited<ReturnType<typeof api.exportPack>>;
    try {
      result = await api.exportPack({
        pack: exported,
        formats: selected,
        jobId,
        suggestedName: fileName,
        edition,
        showGaps,
        pdfa: choices.pdfa && selected.includes('pdf'),
      });
    } catch (error) {
      result = { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
    }
    unsubscribe.current?.();
    unsubscribe.current = undefined;
    if (!mounted.current) return;
    if (!result.ok) setPhase({ kind: 'error', error: result });
    else if ('cancelled' in result.data) onClose();
    else setPhase({ kind: 'done', result: result.data });
  };

  const show = async (filePath: string) => {
    setShowError('');
    const result = await api.showInFolder({ filePath });
    if (!result.ok && mounted.current) setShowError(t('showFailed', { message: describe(result) }));
  };

  const running = phase.kind === 'running';
  const footer =
    phase.kind === 'choose' ? (
      <>
        <button type="button" className="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={!ready} onClick={run}>
          {t('export')}
        </button>
      </>
    ) : phase.kind === 'error' ? (
      <>
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
        <button
          type="button"
          className="button button-primary"
          ref={(element) => {
            focusTarget.current = element;
          }}
          onClick={run}
        >
          {t('tryAgain')}
        </button>
      </>
    ) : (
      <>
        {phase.kind === 'done' && (
          <button type="button" className="button" onClick={() => setPhase({ kind: 'choose' })}>
            {t('exportAgain')}
          </button>
        )}
        <button type="button" className="button button-primary" disabled={running} onClick={onClose}>
          {t('close')}
        </button>
      </>
    );

  return (
    <Dialog
      open
      title={pack.kind === 'programme' ? c('titleProgramme') : t('title')}
      onClose={onClose}
      dismissible={!running}
      footer={footer}
      className="export-dialog"
    >
      {phase.kind === 'choose' && (
        <ExportOptions
          pack={pack}
          plan={plan}
          choices={choices}
          onChange={setChoices}
          askMarking={askMarking}
          fileName={fileName}
          firstFieldRef={(element) => {
            focusTarget.current = element;
          }}
          {...(onKindChange ? { onKindChange } : {})}
        />
      )}

      {phase.kind === 'running' && (
        <div
          className="export-running"
          tabIndex={-1}
          ref={(element) => {
            focusTarget.current = element;
          }}
        >
          <p id={`${baseId}-stage`} className="export-stage" role="status">
            {phase.progress ? t(stageKey(phase.progress.stage)) : t('waiting')}
          </p>
          <progress
            className="export-progress"
            aria-labelledby={`${baseId}-stage`}
            max={100}
            value={phase.progress ? Math.round(phase.progress.fraction * 100) : undefined}
          />
          {phase.progress && (
            <p className="form-hint">{t('percent', { percent: Math.round(phase.progress.fraction * 100) })}</p>
          )}
          <p className="form-hint">{t('keepOpen')}</p>
        </div>
      )}

      {phase.kind === 'error' && (
        <p className="form-error export-error" role="alert">
          {t('failed', { message: describe(phase.error) })}
        </p>
      )}

      {phase.kind === 'done' && (
        <ExportResults
          result={phase.result}
          onShow={show}
          showError={showError}
          containerRef={(element) => {
            focusTarget.current = element;
          }}
        />
      )}
    </Dialog>
  );
}
