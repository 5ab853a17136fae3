import { useId } from 'react';
import { LANGUAGES, type Language } from '../../../../shared/catalogue/schema';
import { LANGUAGE_ENDONYMS } from '../../../../shared/i18n/language-names';
import { MAX_EXTRA_TIME_ZONES, type Pack } from '../../../../shared/pack/schema';
import { markingSuggestions } from '../../i18n/markings';
import { DateField } from '../../components/DateField';
import { TimeZonePicker } from '../../components/TimeZonePicker';
import { useStrings, useUiLanguage } from '../../i18n';
import type { PackField } from '../../state/pack-store';
import { KIND_STRINGS } from '../../components/document-kind/strings';
import { PACK_STRINGS } from './strings';

type TextField = Extract<PackField, 'title' | 'delegation' | 'preparedBy' | 'reference' | 'marking'>;

/** Longest values the pack format accepts, so the pack stays valid while typing. */
const MAX_LENGTH: Record<TextField, number> = {
  title: 500,
  delegation: 500,
  preparedBy: 500,
  reference: 200,
  marking: 100,
};

interface PackSettingsFormProps {
  pack: Pack;
  /** Start instants of the chosen seminars: the zones' offsets are shown for those days. */
  seminarStarts: readonly string[];
  onFieldChange: <K extends PackField>(field: K, value: Pack[K]) => void;
  onTimeZonesChange: (zones: string[]) => void;
}

/** Title, delegation, prepared by, reference, date, marking, language, paper and time zones. */
export function PackSettingsForm({ pack, seminarStarts, onFieldChange, onTimeZonesChange }: PackSettingsFormProps) {
  const t = useStrings(PACK_STRINGS);
  const kindText = useStrings(KIND_STRINGS);
  const uiLanguage = useUiLanguage();
  // A programme has no delegation and no "prepared by"; its language may be each seminar's own.
  const programme = pack.kind === 'programme';
  const EACH_SEMINAR = 'each-seminar';
  const languageValue = programme && pack.languageMode === 'each-seminar' ? EACH_SEMINAR : pack.language;
  const chooseLanguage = (value: string) => {
    if (value === EACH_SEMINAR) return onFieldChange('languageMode', 'each-seminar');
    onFieldChange('language', value as Language);
    if (pack.languageMode !== 'document') onFieldChange('languageMode', 'document');
  };
  const id = useId();

  const textField = (field: TextField, extra?: { list?: string; help?: string }) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(field)}</label>
      <input
        id={`${id}-${field}`}
        type="text"
        value={pack[field]}
        maxLength={MAX_LENGTH[field]}
        list={extra?.list}
        aria-describedby={extra?.help ? `${id}-${field}-help` : undefined}
        onChange={(event) => onFieldChange(field, event.target.value)}
      />
      {extra?.help ? (
        <span id={`${id}-${field}-help`} className="field-help">
          {extra.help}
        </span>
      ) : null}
    </div>
  );

  return (
    <section className="pack-section pack-details" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{programme ? kindText('programmeDetailsHeading') : t('detailsHeading')}</h3>
      {textField('title')}
      {!programme && (
        <div className="field-row">
          {textField('delegation')}
          {textField('preparedBy')}
        </div>
      )}
      <div className="field-row">
        {textField('reference')}
        <div className="field">
          <label id={`${id}-date-label`} htmlFor={`${id}-date`}>
            {t('date')}
          </label>
          {/* Required: a cleared or half-typed date is not passed on, so the pack keeps its last full date. */}
          <DateField
            id={`${id}-date`}
            labelledBy={`${id}-date-label`}
            value={pack.date}
            required
            onChange={(date) => onFieldChange('date', date)}
          />
        </div>
      </div>
      {textField('marking', {
        list: `${id}-markings`,
        help: programme ? kindText('programmeMarkingHelp') : t('markingHelp'),
      })}
      <datalist id={`${id}-markings`}>
        {markingSuggestions(uiLanguage, pack.marking).map((preset) => (
          <option key={preset} value={preset} />
        ))}
      </datalist>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-language`}>{programme ? kindText('programmeLanguage') : t('language')}</label>
          <select id={`${id}-language`} value={languageValue} onChange={(event) => chooseLanguage(event.target.value)}>
            {programme && <option value={EACH_SEMINAR}>{kindText('eachSeminarLanguage')}</option>}
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_ENDONYMS[language]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-paper`}>{t('paper')}</label>
          <select
            id={`${id}-paper`}
            value={pack.paper}
            onChange={(event) => onFieldChange('paper', event.target.value as Pack['paper'])}
          >
            <option value="a4">{t('paperA4')}</option>
            <option value="letter">{t('paperLetter')}</option>
            {(programme || pack.paper === 'a5-booklet') && (
              <option value="a5-booklet">{kindText('paperA5Booklet')}</option>
            )}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-zones`}>{t('timeZones')}</label>
        <span className="field-help">{t('timeZonesHelp', { max: MAX_EXTRA_TIME_ZONES })}</span>
        <TimeZonePicker
          id={`${id}-zones`}
          value={pack.timeZones}
          onChange={onTimeZonesChange}
          max={MAX_EXTRA_TIME_ZONES}
          offsetsAt={seminarStarts.length > 0 ? seminarStarts : [`${pack.date}T12:00:00Z`]}
        />
      </div>
    </section>
  );
}
