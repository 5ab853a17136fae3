import { useId, useRef } from 'react';
import { CONTENT_LANGUAGES, LANGUAGES, type Language } from '../../../../shared/catalogue/schema';
import { LANGUAGE_NAMES } from '../../i18n/strings';
import { useStrings } from '../../i18n';
import { type CatalogueFilters as Filters, NO_FILTERS, hasActiveFilters } from '../../state/catalogue-filter';
import { CATALOGUE_STRINGS } from './strings';
import { DateField } from '../../components/DateField';

interface CatalogueFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** Topics to filter by: id and label in the interface language. */
  topics: { id: string; label: string }[];
}

/** Language checkboxes, a date range, a topic and a search box; every change narrows the list at once. */
export function CatalogueFilters({ filters, onChange, topics }: CatalogueFiltersProps) {
  const t = useStrings(CATALOGUE_STRINGS);
  const languageName = useStrings(LANGUAGE_NAMES);
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const toggleLanguage = (language: Language) =>
    set(
      'languages',
      filters.languages.includes(language)
        ? filters.languages.filter((item) => item !== language)
        : CONTENT_LANGUAGES.filter((item) => item === language || filters.languages.includes(item)),
    );

  return (
    <form role="search" aria-label={t('filters')} className="catalogue-filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-search">
        <label htmlFor={`${id}-search`}>{t('search')}</label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          value={filters.search}
          aria-describedby={`${id}-search-help`}
          onChange={(event) => set('search', event.target.value)}
        />
        <span id={`${id}-search-help`} className="field-help">
          {t('searchHelp')}
        </span>
      </div>
      <fieldset className="checkbox-row">
        <legend>{t('filterLanguages')}</legend>
        {LANGUAGES.map((language) => (
          <label key={language}>
            <input
              type="checkbox"
              checked={filters.languages.includes(language)}
              onChange={() => toggleLanguage(language)}
            />
            {languageName(language)}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label id={`${id}-from-label`} htmlFor={`${id}-from`}>
            {t('filterFrom')}
          </label>
          <DateField
            id={`${id}-from`}
            labelledBy={`${id}-from-label`}
            value={filters.from}
            max={filters.to || undefined}
            onChange={(date) => set('from', date)}
          />
        </div>
        <div className="field">
          <label id={`${id}-to-label`} htmlFor={`${id}-to`}>
            {t('filterTo')}
          </label>
          <DateField
            id={`${id}-to`}
            labelledBy={`${id}-to-label`}
            value={filters.to}
            min={filters.from || undefined}
            onChange={(date) => set('to', date)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-topic`}>{t('filterTopic')}</label>
          <select id={`${id}-topic`} value={filters.topicId} onChange={(event) => set('topicId', event.target.value)}>
            <option value="">{t('anyTopic')}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {hasActiveFilters(filters) ? (
        <button
          type="button"
          className="button-link"
          onClick={() => {
            onChange(NO_FILTERS);
            // The button goes away with the filters; the search box keeps the focus in the pane.
            searchRef.current?.focus();
          }}
        >
          {t('clearFilters')}
        </button>
      ) : null}
    </form>
  );
}
