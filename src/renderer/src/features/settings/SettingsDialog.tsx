import { type FormEvent, useId, useState } from 'react';
import { LANGUAGES, type Language } from '../../../../shared/catalogue/schema';
import { LANGUAGE_ENDONYMS } from '../../../../shared/i18n/language-names';
import type { Settings } from '../../../../shared/ipc/contract';
import { MAX_EXTRA_TIME_ZONES } from '../../../../shared/pack/schema';
import { markingSuggestions } from '../../i18n/markings';
import { Dialog } from '../../components/Dialog';
import { TimeZonePicker } from '../../components/TimeZonePicker';
import { resolveUiLanguage, useStrings, useUiLanguage } from '../../i18n';
import { SETTINGS_STRINGS } from './strings';
import './settings.css';

export interface SettingsDialogProps {
  open: boolean;
  settings: Settings & { systemLocale: string };
  /** Receives only the settings that changed; the dialog then closes (onClose). */
  onSave: (partial: Partial<Settings>) => void;
  onClose: () => void;
}

const MARKING_MAX = 100;

/** The settings that differ between the saved ones and the draft. */
export function changedSettings(saved: Settings, draft: Settings): Partial<Settings> {
  const changes: Partial<Settings> = {};
  if (draft.interfaceLanguage !== saved.interfaceLanguage) changes.interfaceLanguage = draft.interfaceLanguage;
  if (draft.defaultMarking !== saved.defaultMarking) changes.defaultMarking = draft.defaultMarking;
  if (draft.defaultPaper !== saved.defaultPaper) changes.defaultPaper = draft.defaultPaper;
  if (draft.defaultTimeZones.join('\n') !== saved.defaultTimeZones.join('\n'))
    changes.defaultTimeZones = draft.defaultTimeZones;
  return changes;
}

export function SettingsDialog({ open, settings, onSave, onClose }: SettingsDialogProps) {
  // Mounted only while open, so each opening starts from the saved settings.
  return open ? <SettingsForm settings={settings} onSave={onSave} onClose={onClose} /> : null;
}

function SettingsForm({ settings, onSave, onClose }: Omit<SettingsDialogProps, 'open'>) {
  const t = useStrings(SETTINGS_STRINGS);
  const uiLanguage = useUiLanguage();
  const baseId = useId();
  const { systemLocale, ...saved } = settings;
  const [draft, setDraft] = useState<Settings>(() => ({ ...saved, defaultTimeZones: [...saved.defaultTimeZones] }));
  const markingTooLong = draft.defaultMarking.length > MARKING_MAX;
  const formId = `${baseId}-form`;
  const systemLanguage = resolveUiLanguage(null, systemLocale);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (markingTooLong) return;
    const changes = changedSettings(saved, { ...draft, defaultMarking: draft.defaultMarking.trim() });
    if (Object.keys(changes).length > 0) onSave(changes);
    onClose();
  };

  const languageChoices: { value: Language | null; label: string }[] = [
    { value: null, label: t('systemDefault', { language: LANGUAGE_ENDONYMS[systemLanguage] }) },
    ...LANGUAGES.map((value) => ({ value, label: LANGUAGE_ENDONYMS[value] })),
  ];

  return (
    <Dialog
      open
      title={t('title')}
      onClose={onClose}
      className="settings-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={markingTooLong}>
            {t('save')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <fieldset className="form-row">
          <legend>{t('language')}</legend>
          {languageChoices.map((choice) => (
            <label key={choice.value ?? 'system'} className="choice">
              <input
                type="radio"
                name={`${baseId}-language`}
                checked={draft.interfaceLanguage === choice.value}
                onChange={() => setDraft({ ...draft, interfaceLanguage: choice.value })}
              />
              <span lang={choice.value ?? undefined}>{choice.label}</span>
            </label>
          ))}
        </fieldset>

        <div className="form-row">
          <label htmlFor={`${baseId}-marking`}>{t('marking')}</label>
          <input
            id={`${baseId}-marking`}
            className="text-input"
            type="text"
            list={`${baseId}-presets`}
            value={draft.defaultMarking}
            aria-invalid={markingTooLong || undefined}
            aria-describedby={`${baseId}-marking-hint${markingTooLong ? ` ${baseId}-marking-error` : ''}`}
            onChange={(event) => setDraft({ ...draft, defaultMarking: event.target.value })}
          />
          <datalist id={`${baseId}-presets`}>
            {markingSuggestions(uiLanguage, draft.defaultMarking).map((preset) => (
              <option key={preset} value={preset} />
            ))}
          </datalist>
          <p id={`${baseId}-marking-hint`} className="form-hint">
            {t('markingHint')}
          </p>
          {markingTooLong && (
            <p id={`${baseId}-marking-error`} className="form-error" role="alert">
              {t('markingTooLong', { max: MARKING_MAX })}
            </p>
          )}
        </div>

        <div className="form-row">
          <label htmlFor={`${baseId}-zones`}>{t('zones')}</label>
          <p className="form-hint">{t('zonesHint')}</p>
          <TimeZonePicker
            id={`${baseId}-zones`}
            value={draft.defaultTimeZones}
            max={MAX_EXTRA_TIME_ZONES}
            onChange={(defaultTimeZones) => setDraft((current) => ({ ...current, defaultTimeZones }))}
          />
        </div>

        <fieldset className="form-row">
          <legend>{t('paper')}</legend>
          {(['a4', 'letter'] as const).map((paper) => (
            <label key={paper} className="choice">
              <input
                type="radio"
                name={`${baseId}-paper`}
                checked={draft.defaultPaper === paper}
                onChange={() => setDraft({ ...draft, defaultPaper: paper })}
              />
              {t(paper)}
            </label>
          ))}
        </fieldset>
        <p className="form-hint">{t('appliesToNew')}</p>
      </form>
    </Dialog>
  );
}
