import { useId, useMemo, useRef, useState } from 'react';
import type { Catalogue, Language } from '../../../../shared/catalogue/schema';
import { LANGUAGE_ENDONYMS } from '../../../../shared/i18n/language-names';
import type { Pack } from '../../../../shared/pack/schema';
import { uiLocale, useStrings, useUiLanguage } from '../../i18n';
import { type PersonRow, matchesPerson, peopleForPack, personName } from './editors-model';
import { LANGUAGES, PeopleList, overriddenLanguages } from './PeopleList';
import { EDITOR_STRINGS } from './strings';
import './editors.css';

export interface SpeakerBiosEditorProps {
  pack: Pack;
  catalogue: Catalogue;
  onChangeBio: (personId: string, language: Language, text: string | undefined) => void;
}

/**
 * People of the pack's seminars, sorted by family name and searchable; for the
 * chosen one, a language switch and, side by side, the catalogue bio (read-only)
 * and this pack's own text, which replaces it. "Use catalogue text" removes the own text.
 */
export function SpeakerBiosEditor({ pack, catalogue, onChangeBio }: SpeakerBiosEditorProps) {
  const t = useStrings(EDITOR_STRINGS);
  const locale = uiLocale(useUiLanguage());
  const baseId = useId();
  // Only the chosen seminars and topics decide who is listed: typing a bio or a brief does not list anew.
  const { seminarIds, topicIds } = pack;
  const people = useMemo(
    () => peopleForPack({ seminarIds, topicIds }, catalogue, locale),
    [seminarIds, topicIds, catalogue, locale],
  );
  const [query, setQuery] = useState('');
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const [language, setLanguage] = useState<Language>(pack.language);
  const shown = useMemo(() => people.filter((row) => matchesPerson(row, query)), [people, query]);
  const current = shown.find((row) => row.id === chosenId) ?? shown[0];
  const titleId = `${baseId}-title`;

  if (people.length === 0) {
    return (
      <section className="editor" aria-labelledby={titleId}>
        <h2 id={titleId} className="editor-title">
          {t('speakerBios')}
        </h2>
        <p className="editor-empty">{t('noPeople')}</p>
      </section>
    );
  }

  return (
    <section className="editor" aria-labelledby={titleId}>
      <h2 id={titleId} className="editor-title">
        {t('speakerBios')}
      </h2>
      <div className="editor-columns">
        <div className="editor-nav">
          <div className="form-row">
            <label htmlFor={`${baseId}-search`}>{t('searchPeople')}</label>
            <input
              id={`${baseId}-search`}
              className="text-input"
              type="search"
              placeholder={t('searchHint')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              aria-describedby={`${baseId}-count`}
            />
            <p id={`${baseId}-count`} className="form-hint" aria-live="polite">
              {t('peopleCount', { shown: shown.length, count: people.length })}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="editor-empty">{t('noPeopleMatch', { query: query.trim() })}</p>
          ) : (
            <PeopleList
              shown={shown}
              currentId={current?.id}
              bioOverrides={pack.bioOverrides}
              idPrefix={`${baseId}-person-`}
              locale={locale}
              onChoose={setChosenId}
            />
          )}
        </div>
        {current ? (
          <PersonBio
            key={current.id}
            row={current}
            pack={pack}
            language={language}
            onLanguage={setLanguage}
            onChangeBio={onChangeBio}
            locale={locale}
          />
        ) : (
          <p className="editor-empty">{t('chooseSomeone')}</p>
        )}
      </div>
    </section>
  );
}

interface PersonBioProps {
  row: PersonRow;
  pack: Pack;
  language: Language;
  onLanguage: (language: Language) => void;
  onChangeBio: SpeakerBiosEditorProps['onChangeBio'];
  locale: string;
}

function PersonBio({ row, pack, language, onLanguage, onChangeBio, locale }: PersonBioProps) {
  const t = useStrings(EDITOR_STRINGS);
  const baseId = useId();
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const override = Object.hasOwn(pack.bioOverrides, row.id) ? pack.bioOverrides[row.id] : undefined;
  const own = override?.[language];
  const catalogueBio = row.person?.bio[language]?.trim() ?? '';
  const languageName = LANGUAGE_ENDONYMS[language];
  const ownIn = overriddenLanguages(pack.bioOverrides, row.id);
  const chairs = new Set(row.appearances.filter((a) => a.topicId === undefined).map((a) => a.seminarId));
  const seminars = [
    ...new Set(
      row.appearances.map(({ seminarId, seminarTitle }) =>
        chairs.has(seminarId) ? `${seminarTitle} (${t('chair')})` : seminarTitle,
      ),
    ),
  ];

  return (
    <div className="editor-detail">
      <h3 className="editor-subtitle">
        <bdi>{personName(row, locale)}</bdi>
        {row.tbc && (
          <span className="editor-badge editor-badge-tbc" title={t('tbcLong')}>
            {t('tbc')}
          </span>
        )}
      </h3>
      <dl className="editor-facts">
        {row.roles.length > 0 && (
          <>
            <dt>{t('roles')}</dt>
            <dd>
              <ul className="editor-roles">
                {row.roles.map((role) => (
                  <li key={role}>{role}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('speaksAt')}</dt>
        <dd>{seminars.join('; ')}</dd>
      </dl>
      {ownIn.length > 0 && (
        <p className="form-hint">
          {t('overriddenIn', { languages: ownIn.map((code) => LANGUAGE_ENDONYMS[code]).join(', ') })}
        </p>
      )}

      <fieldset className="editor-languages">
        <legend>{t('bioLanguage')}</legend>
        {LANGUAGES.map((code) => (
          <label key={code} className="editor-language">
            <input
              type="radio"
              name={`${baseId}-language`}
              value={code}
              checked={code === language}
              onChange={() => onLanguage(code)}
            />
            <span lang={code}>{LANGUAGE_ENDONYMS[code]}</span>
          </label>
        ))}
      </fieldset>

      <div className="editor-bio-columns">
        <div className="editor-bio-catalogue">
          <h4 className="form-label editor-field-heading" id={`${baseId}-catalogue`}>
            {t('catalogueBio', { language: languageName })}
          </h4>
          <div className="editor-bio-text" lang={language} aria-labelledby={`${baseId}-catalogue`} role="group">
            {catalogueBio === '' ? (
              <p className="editor-bio-none">{t('noCatalogueBio')}</p>
            ) : (
              catalogueBio.split(/\n\s*\n/).map((paragraph, index) => <p key={index}>{paragraph}</p>)
            )}
          </div>
        </div>
        <div className="editor-bio-own form-row">
          <label htmlFor={`${baseId}-own`}>{t('yourBio', { language: languageName })}</label>
          <textarea
            id={`${baseId}-own`}
            ref={ownRef}
            className="text-input editor-textarea"
            rows={8}
            lang={language}
            aria-describedby={`${baseId}-own-hint`}
            value={own ?? ''}
            // An emptied box means "no own text": the catalogue text prints again.
            onChange={(event) =>
              onChangeBio(row.id, language, event.target.value === '' ? undefined : event.target.value)
            }
          />
          <p id={`${baseId}-own-hint`} className="form-hint">
            {t('yourBioHint')}
          </p>
          <button
            type="button"
            className="button"
            disabled={own === undefined}
            onClick={() => {
              onChangeBio(row.id, language, undefined);
              ownRef.current?.focus(); // the button turns disabled, so focus moves to the text box
            }}
          >
            {t('useCatalogueText')}
          </button>
        </div>
      </div>
    </div>
  );
}
