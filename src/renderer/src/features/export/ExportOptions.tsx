import { useId } from 'react';
import type { ExportFormat } from '../../../../shared/ipc/contract';
import type { DocumentKind, Pack } from '../../../../shared/pack/schema';
import { DocumentKindChoice } from '../../components/document-kind/DocumentKindChoice';
import { useStrings, useUiLanguage } from '../../i18n';
import { markingSuggestions } from '../../i18n/markings';
import { LANGUAGE_NAMES } from '../../i18n/strings';
import type { Edition, ExportPlan } from './export-plan';
import './export-kind.css';
import { CALENDAR_FORMATS, DOCUMENT_FORMATS, FORMAT_EXTENSIONS, chosenFormats } from './export-helpers';
import { CALENDAR_STRINGS, EXPORT_STRINGS } from './strings';

export interface ExportChoices {
  formats: Record<ExportFormat, boolean>;
  edition: Edition;
  showGaps: boolean;
  /** Archival PDF (PDF/A-2b). */
  pdfa: boolean;
  /** The answer to "does the marking still apply?": null until given. */
  marking: { keep: true } | { keep: false; text: string } | null;
}

interface ExportOptionsProps {
  pack: Pack;
  plan: ExportPlan;
  choices: ExportChoices;
  onChange: (choices: ExportChoices) => void;
  /** True when the marking question is asked (external edition of a marked pack). */
  askMarking: boolean;
  /** The file name the save dialog will suggest, without extension. */
  fileName: string;
  firstFieldRef: (element: HTMLInputElement | null) => void;
  /** Changes the pack's kind (an undoable edit of the pack); without it the kind is not offered here. */
  onKindChange?: (kind: DocumentKind) => void;
}

/** The choose phase of the export dialog: formats, edition, draft gaps, and what the file will hold. */
export function ExportOptions({
  pack,
  plan,
  choices,
  onChange,
  askMarking,
  fileName,
  firstFieldRef,
  onKindChange,
}: ExportOptionsProps) {
  const t = useStrings(EXPORT_STRINGS);
  const c = useStrings(CALENDAR_STRINGS);
  const programme = pack.kind === 'programme';
  const languageName = useStrings(LANGUAGE_NAMES);
  const uiLanguage = useUiLanguage();
  const baseId = useId();
  const selected = chosenFormats(choices.formats);
  const documentWanted = selected.some((format) => format === 'pdf' || format === 'docx');
  const set = (patch: Partial<ExportChoices>) => onChange({ ...choices, ...patch });
  // A programme calls two of its parts by its own names.
  const partName = (id: 'cover' | 'contents' | (typeof plan.sections)[number]) =>
    programme && (id === 'cover' || id === 'speakers') ? c(`part_${id}`) : t(`part_${id}`);
  const partNames = [
    ...(plan.cover ? [partName('cover')] : []),
    ...(plan.contents ? [partName('contents')] : []),
    ...plan.sections.map(partName),
  ];
  const fileNames = selected.map((format) => `“${fileName}.${FORMAT_EXTENSIONS[format]}”`);
  const calendarOnlyEmpty = !documentWanted && selected.length > 0 && pack.seminarIds.length === 0;
  const formatBox = (format: (typeof selected)[number], index: number) => (
    <label key={format} className="choice">
      <input
        ref={index === 0 ? firstFieldRef : undefined}
        type="checkbox"
        checked={choices.formats[format]}
        onChange={(event) => set({ formats: { ...choices.formats, [format]: event.target.checked } })}
      />
      {format === 'pdf' || format === 'docx' ? t(format) : c(format)}
    </label>
  );

  return (
    <div className="export-options">
      {onKindChange && <DocumentKindChoice kind={pack.kind} onChange={onKindChange} className="form-row" />}
      <fieldset className="form-row" aria-describedby={selected.length === 0 ? `${baseId}-none` : undefined}>
        <legend>{t('formats')}</legend>
        {DOCUMENT_FORMATS.map(formatBox)}
        {selected.length === 0 && (
          <p id={`${baseId}-none`} className="form-error" role="alert">
            {t('chooseOne')}
          </p>
        )}
      </fieldset>

      <fieldset className="form-row" aria-describedby={`${baseId}-calendar-hint`}>
        <legend>{c('calendarFormats')}</legend>
        {CALENDAR_FORMATS.map((format) => formatBox(format, 1))}
        <p id={`${baseId}-calendar-hint`} className="form-hint">
          {c('calendarHint')}
        </p>
      </fieldset>

      {/* A programme has no part that is not for disclosure, so no edition to choose. */}
      {!programme && (
        <fieldset className="form-row">
          <legend>{t('edition')}</legend>
          {(['internal', 'external'] as const).map((edition) => (
            <label key={edition} className="choice">
              <input
                type="radio"
                name={`${baseId}-edition`}
                checked={choices.edition === edition}
                onChange={() => set({ edition, marking: null })}
              />
              {t(edition === 'internal' ? 'editionInternal' : 'editionExternal')}
            </label>
          ))}
        </fieldset>
      )}

      {askMarking && (
        <fieldset className="form-row export-marking" aria-describedby={`${baseId}-marking-hint`}>
          <legend>{t('markingQuestion', { marking: pack.marking })}</legend>
          <label className="choice">
            <input
              type="radio"
              name={`${baseId}-marking`}
              checked={choices.marking?.keep === true}
              onChange={() => set({ marking: { keep: true } })}
            />
            {t('markingKeep', { marking: pack.marking })}
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${baseId}-marking`}
              checked={choices.marking?.keep === false}
              onChange={() => set({ marking: { keep: false, text: markingSuggestions(uiLanguage)[0] ?? '' } })}
            />
            {t('markingChange')}
          </label>
          {choices.marking?.keep === false && (
            <label className="export-marking-other">
              {t('markingOther')}
              <input
                type="text"
                list={`${baseId}-marking-presets`}
                maxLength={100}
                value={choices.marking.text}
                onChange={(event) => set({ marking: { keep: false, text: event.target.value } })}
              />
              <datalist id={`${baseId}-marking-presets`}>
                {markingSuggestions(uiLanguage).map((preset) => (
                  <option key={preset} value={preset} />
                ))}
              </datalist>
            </label>
          )}
          {choices.marking === null && (
            <p id={`${baseId}-marking-hint`} className="form-hint">
              {t('markingUnanswered')}
            </p>
          )}
        </fieldset>
      )}

      <div className="form-row">
        <label className="choice">
          <input
            type="checkbox"
            checked={choices.showGaps}
            aria-describedby={`${baseId}-gaps`}
            onChange={(event) => set({ showGaps: event.target.checked })}
          />
          {t('showGaps')}
        </label>
        <p id={`${baseId}-gaps`} className="form-hint">
          {t('showGapsHint')}
        </p>
      </div>

      {choices.formats.pdf && (
        <div className="form-row">
          <label className="choice">
            <input
              type="checkbox"
              checked={choices.pdfa}
              aria-describedby={`${baseId}-pdfa`}
              onChange={(event) => set({ pdfa: event.target.checked })}
            />
            {t('pdfa')}
          </label>
          <p id={`${baseId}-pdfa`} className="form-hint">
            {t('pdfaHint')}
          </p>
        </div>
      )}

      <section className="export-summary" aria-labelledby={`${baseId}-summary`}>
        <h3 id={`${baseId}-summary`}>{t('summary')}</h3>
        {calendarOnlyEmpty ? (
          <p className="form-error" role="alert">
            {c('noSeminarForCalendar')}
          </p>
        ) : plan.printable || !documentWanted ? (
          <dl>
            <dt>{t('kind')}</dt>
            <dd>
              {programme ? c('kindProgramme') : t('kindPack')}
              <span className="export-kind-holds">{c(programme ? 'programmeHolds' : 'briefingHolds')}</span>
            </dd>
            <dt>{t('language')}</dt>
            <dd>
              {programme && pack.languageMode === 'each-seminar'
                ? c('eachSeminarLanguage')
                : languageName(pack.language)}
            </dd>
            {!programme && (
              <>
                <dt>{t('edition')}</dt>
                <dd>{t(choices.edition === 'internal' ? 'editionInternal' : 'editionExternal')}</dd>
              </>
            )}
            <dt>{t('paper')}</dt>
            <dd>
              {pack.paper === 'a5-booklet'
                ? c('paperA5Booklet')
                : t(pack.paper === 'letter' ? 'paperLetter' : 'paperA4')}
            </dd>
            {documentWanted && (
              <>
                <dt>{t('parts')}</dt>
                <dd>
                  {partNames.join(', ')}
                  {plan.emptySections.length > 0 && !choices.showGaps && (
                    <span className="export-left-out">
                      {t('emptyParts', { parts: plan.emptySections.map((id) => t(`part_${id}`)).join(', ') })}
                    </span>
                  )}
                </dd>
              </>
            )}
            {selected.length > 0 && (
              <>
                <dt>{t('files')}</dt>
                <dd>
                  {selected.length === 1
                    ? t('filesOne', { name: fileName, extension: FORMAT_EXTENSIONS[selected[0]!] })
                    : selected.length === 2 && !selected.some((format) => !DOCUMENT_FORMATS.includes(format as 'pdf'))
                      ? t('filesBoth', { name: fileName })
                      : c('filesList', { names: fileNames.join(', ') })}
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p className="form-error" role="alert">
            {t('nothingToPrint')}
          </p>
        )}
      </section>
    </div>
  );
}
