import { useState } from 'react';
import { Modal } from '../../components/Modal';
import type { ApiResponse } from '../../../../shared/ipc/contract';
import { cityOfTimeZone } from '../../../../shared/time/format';
import { useStrings, useUiLanguage } from '../../i18n';
import { translateImportWarning } from './import-warnings';
import { describeProgrammeChange } from '../../i18n/programme-changes';
import { CATALOGUE_STRINGS } from './strings';

export type ImportPreview = Exclude<ApiResponse<'previewCatalogueImport'>, { cancelled: true }>;
export type ZoneAnswers = Record<string, string>;

interface ImportReviewDialogProps {
  preview: ImportPreview;
  onKeep: (zoneAnswers: ZoneAnswers) => void;
  onDiscard: () => void;
  /** Opens what was read (with the zone answers given) in the catalogue editor, to be corrected there first. */
  onCorrect?: (zoneAnswers: ZoneAnswers) => void;
}

/**
 * What the importer found before the user keeps the catalogue: each line it
 * could not place (or placed by guessing) with its number, and a choice for
 * each time zone abbreviation that means more than one zone. Keep waits until
 * every such question has an answer: a time is never placed by guessing.
 */
export function ImportReviewDialog({ preview, onKeep, onDiscard, onCorrect }: ImportReviewDialogProps) {
  const t = useStrings(CATALOGUE_STRINGS);
  const language = useUiLanguage();
  const [answers, setAnswers] = useState<ZoneAnswers>({});
  const questions = preview.questions ?? [];
  const unanswered = questions.filter((question) => answers[question.id] === undefined).length;
  return (
    <Modal
      title={t('importTitle', { file: preview.fileName })}
      onCancel={onDiscard}
      className="import-dialog"
      footer={
        <>
          <button
            type="button"
            className="button button-primary"
            onClick={() => onKeep(answers)}
            disabled={unanswered > 0}
            aria-describedby={unanswered > 0 ? 'import-unanswered' : undefined}
          >
            {t('keep')}
          </button>
          {onCorrect ? (
            <button
              type="button"
              className="button"
              onClick={() => onCorrect(answers)}
              disabled={unanswered > 0}
              aria-describedby={unanswered > 0 ? 'import-unanswered' : undefined}
            >
              {t('correctInEditor')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onDiscard}>
            {t('discard')}
          </button>
        </>
      }
    >
      <p>
        {t('importSummary', {
          title: preview.title,
          seminars: preview.seminarCount,
          people: preview.peopleCount,
          topics: preview.topicCount,
        })}
      </p>
      {questions.length > 0 ? (
        <section className="import-questions" aria-label={t('zoneQuestionsTitle')}>
          <h3>{t('zoneQuestionsTitle')}</h3>
          {questions.map((question) => (
            <fieldset key={question.id} className="import-question">
              <legend>
                {t('zoneQuestion', { abbreviation: question.id, line: question.line })}
                {question.text ? <q className="import-line-text">{question.text}</q> : null}
              </legend>
              {question.choices.map((zone) => (
                <label key={zone} className="import-choice">
                  <input
                    type="radio"
                    name={`zone-${question.id}`}
                    value={zone}
                    checked={answers[question.id] === zone}
                    onChange={() => setAnswers((current) => ({ ...current, [question.id]: zone }))}
                  />{' '}
                  {t('zoneChoice', { city: cityOfTimeZone(zone), zone })}
                </label>
              ))}
            </fieldset>
          ))}
          {unanswered > 0 ? (
            <p id="import-unanswered" className="import-unanswered">
              {t('zoneQuestionsPending', { count: unanswered })}
            </p>
          ) : null}
        </section>
      ) : null}
      {preview.warnings.length === 0 ? (
        <p>{t('importNoWarnings')}</p>
      ) : (
        <>
          <p>{t('importWarnings', { count: preview.warnings.length })}</p>
          <ul className="import-warnings">
            {preview.warnings.map((warning, index) => (
              <li key={`${warning.line}-${index}`}>
                <strong>{warning.line > 0 ? t('importLine', { line: warning.line }) : t('importWholeFile')}</strong>:{' '}
                {translateImportWarning(language, warning.message)}
                {warning.text ? <q className="import-line-text">{warning.text}</q> : null}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.replaces ? (
        <>
          <p>{t(preview.changes?.length ? 'importReplaces' : 'importUnchanged', { title: preview.replaces.title })}</p>
          {preview.changes?.length ? (
            <ul className="import-changes">
              {preview.changes.map((change, index) => (
                <li key={index}>{describeProgrammeChange(language, change)}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <p>{t('importQuestion')}</p>
    </Modal>
  );
}
