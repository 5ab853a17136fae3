import { useId } from 'react';
import type { ExportFormat } from '../../../../shared/ipc/contract';
import type { Pack } from '../../../../shared/pack/schema';
import { useStrings, useUiLanguage } from '../../i18n';
import { markingSuggestions } from '../../i18n/markings';
import { LANGUAGE_NAMES } from '../../i18n/strings';
import type { Edition, ExportPlan } from './export-plan';
import { EXPORT_STRINGS } from './strings';

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
}: ExportOptionsProps) {
  const t = useStrings(EXPORT_STRINGS);
  const languageName = useStrings(LANGUAGE_NAMES);
  const uiLanguage = useUiLanguage();
  const baseId = useId();
  const selected = (['pdf', 'docx'] as const).filter((format) => choices.formats[format]);
  const set = (patch: Partial<ExportChoices>) => onChange({ ...choices, ...patch });
  const partNames = [
    ...(plan.cover ? [t('part_cover')] : []),
    ...(plan.contents ? [t('part_contents')] : []),
    ...plan.sections.map((id) => t(`part_${id}`)),
  ];

  return (
    <div className="export-options">
      <fieldset className="form-row" aria-describedby={selected.length === 0 ? `${baseId}-none` : undefined}>
        <legend>{t('formats')}</legend>
        {(['pdf', 'docx'] as const).map((format, index) => (
          <label key={format} className="choice">
            <input
              ref={index === 0 ? firstFieldRef : undefined}
              type="checkbox"
              checked={choices.formats[format]}
              onChange={(event) => set({ formats: { ...choices.formats, [format]: event.target.checked } })}
            />
            {t(format)}
          </label>
        ))}
        {selected.length === 0 && (
          <p id={`${baseId}-none`} className="form-error" role="alert">
            {t('chooseOne')}
          </p>
        )}
      </fieldset>

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
        {plan.printable ? (
          <dl>
            <dt>{t('kind')}</dt>
            <dd>{t('kindPack')}</dd>
            <dt>{t('language')}</dt>
            <dd>{languageName(pack.language)}</dd>
            <dt>{t('edition')}</dt>
            <dd>{t(choices.edition === 'internal' ? 'editionInternal' : 'editionExternal')}</dd>
            <dt>{t('paper')}</dt>
            <dd>{t(pack.paper === 'letter' ? 'paperLetter' : 'paperA4')}</dd>
            <dt>{t('parts')}</dt>
            <dd>
              {partNames.join(', ')}
              {plan.emptySections.length > 0 && !choices.showGaps && (
                <span className="export-left-out">
                  {t('emptyParts', { parts: plan.emptySections.map((id) => t(`part_${id}`)).join(', ') })}
                </span>
              )}
            </dd>
            {selected.length > 0 && (
              <>
                <dt>{t('files')}</dt>
                <dd>
                  {selected.length === 2
                    ? t('filesBoth', { name: fileName })
                    : t('filesOne', { name: fileName, extension: selected[0]! })}
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
