import { useMemo, useState } from 'react';
import { CONTENT_LANGUAGES, type ContentLanguage, type Person } from '../../../../shared/catalogue/schema';
import { foldForMatching } from '../../../../shared/importers/text/text';
import { useStrings } from '../../i18n';
import { TextField, useEditor } from './editor-context';
import { likelyDuplicates } from './duplicates';
import { appearances } from './edits';
import { nameOf, sortedPeople, useLanguageName } from './pickers';
import { EDITOR_STRINGS } from './strings';

/** The people list: search, add, likely duplicates to merge, and the chosen person's details. */
export function PeoplePanel({ announce }: { announce: (message: string) => void }) {
  const t = useStrings(EDITOR_STRINGS);
  const { catalogue, edit, focusSoon, hasProblemsUnder, idPrefix } = useEditor();
  const [query, setQuery] = useState('');
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const [given, setGiven] = useState('');
  const [family, setFamily] = useState('');
  const people = useMemo(() => sortedPeople(catalogue.people), [catalogue.people]);
  const shown = useMemo(() => {
    const wanted = foldForMatching(query);
    return wanted === ''
      ? people
      : people.filter((person) => foldForMatching(`${nameOf(person)} ${person.organisation ?? ''}`).includes(wanted));
  }, [people, query]);
  const duplicates = useMemo(() => likelyDuplicates(catalogue.people), [catalogue.people]);
  const indexOf = (id: string) => catalogue.people.findIndex((person) => person.id === id);
  const chosen = chosenId !== undefined ? catalogue.people[indexOf(chosenId)] : undefined;

  const merge = (keep: Person, gone: Person) => {
    edit({ type: 'mergePeople', keepId: keep.id, mergeId: gone.id });
    announce(t('merged', { from: nameOf(gone), into: nameOf(keep) }));
    setChosenId(keep.id);
    focusSoon(`${idPrefix}-person-given`);
  };
  const addPerson = () => {
    if (family.trim() === '') return document.getElementById(`${idPrefix}-new-family`)?.focus();
    const before = new Set(catalogue.people.map((person) => person.id));
    edit({ type: 'addPerson', person: { givenName: given, familyName: family } });
    setGiven('');
    setFamily('');
    setQuery('');
    setPendingNew(before);
  };
  // After adding, the new entry (the one id not there before) is chosen and its form focused.
  const [pendingNew, setPendingNew] = useState<Set<string> | null>(null);
  if (pendingNew) {
    const added = catalogue.people.find((person) => !pendingNew.has(person.id));
    setPendingNew(null);
    if (added) {
      setChosenId(added.id);
      focusSoon(`${idPrefix}-person-honorific`);
    }
  }

  return (
    <div className="editor-people">
      <div className="editor-list-column">
        <h3 id={`${idPrefix}-people-heading`}>{t('peopleList')}</h3>
        <div className="field">
          <label htmlFor={`${idPrefix}-people-search`}>{t('searchPeople')}</label>
          <input
            id={`${idPrefix}-people-search`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {people.length === 0 ? <p className="field-help">{t('noPeople')}</p> : null}
        {people.length > 0 && shown.length === 0 ? <p className="field-help">{t('noMatch', { query })}</p> : null}
        <ul className="editor-list editor-people-list" aria-labelledby={`${idPrefix}-people-heading`}>
          {shown.map((person) => (
            <li key={person.id} className={person.id === chosenId ? 'is-chosen' : undefined}>
              <button
                type="button"
                className="editor-list-item"
                aria-current={person.id === chosenId ? 'true' : undefined}
                onClick={() => setChosenId(person.id)}
              >
                <span className="editor-list-title" dir="auto">
                  {nameOf(person) || person.id}
                </span>
                {person.organisation ? <span className="editor-list-date">{person.organisation}</span> : null}
                {hasProblemsUnder(`people[${indexOf(person.id)}]`) ? (
                  <span className="editor-list-problem" role="img" aria-label={t('hasProblems')}>
                    !
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
        <fieldset className="editor-add-person">
          <legend>{t('addPerson')}</legend>
          <div className="field">
            <label htmlFor={`${idPrefix}-new-given`}>{t('givenName')}</label>
            <input
              id={`${idPrefix}-new-given`}
              type="text"
              dir="auto"
              value={given}
              onChange={(e) => setGiven(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-new-family`}>{t('familyName')}</label>
            <input
              id={`${idPrefix}-new-family`}
              type="text"
              dir="auto"
              value={family}
              onChange={(e) => setFamily(e.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addPerson();
                }
              }}
            />
          </div>
          <button type="button" className="button" onClick={addPerson}>
            {t('addPerson')}
          </button>
        </fieldset>
        {duplicates.length > 0 ? (
          <section className="editor-duplicates" aria-labelledby={`${idPrefix}-duplicates-heading`}>
            <h4 id={`${idPrefix}-duplicates-heading`}>{t('duplicates')}</h4>
            <ul>
              {duplicates.map(({ a, b }) => (
                <li key={`${a.id}|${b.id}`}>
                  <span dir="auto">{t('duplicatePair', { a: nameOf(a), b: nameOf(b) })}</span>
                  <span className="editor-duplicate-actions">
                    <button type="button" onClick={() => merge(a, b)}>
                      {t('mergeInto', { name: nameOf(a) })}
                    </button>
                    <button type="button" onClick={() => merge(b, a)}>
                      {t('mergeInto', { name: nameOf(b) })}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <div className="editor-form-column">
        {chosen ? (
          <PersonForm
            key={chosen.id}
            person={chosen}
            index={indexOf(chosen.id)}
            onRemoved={() => setChosenId(undefined)}
          />
        ) : (
          <p className="empty-state">{t('choosePerson')}</p>
        )}
      </div>
    </div>
  );
}

function PersonForm({ person, index, onRemoved }: { person: Person; index: number; onRemoved: () => void }) {
  const t = useStrings(EDITOR_STRINGS);
  const languageName = useLanguageName();
  const { catalogue, edit, focusSoon, idPrefix } = useEditor();
  const [bioLanguage, setBioLanguage] = useState<ContentLanguage>(
    (CONTENT_LANGUAGES.find((code) => person.bio[code]) ?? 'en') as ContentLanguage,
  );
  const id = `${idPrefix}-person`;
  const path = `people[${index}]`;
  const personId = person.id;
  const used = appearances(catalogue, personId);
  const text = (
    field: 'honorific' | 'givenName' | 'familyName' | 'sortKey' | 'organisation' | 'country',
    label: string,
  ) => (
    <TextField
      id={`${id}-${field === 'givenName' ? 'given' : field === 'familyName' ? 'family' : field}`}
      label={label}
      value={person[field] ?? ''}
      path={`${path}.${field}`}
      onChange={(value) => edit({ type: 'setPersonText', personId, field, value })}
    />
  );
  const example = (order: 'given-family' | 'family-given') =>
    nameOf({ ...person, honorific: undefined, nameOrder: order } as Person) || '—';
  return (
    <div className="editor-person-form" role="group" aria-label={nameOf(person) || person.id}>
      <div className="editor-row">
        {text('honorific', t('honorific'))}
        {text('givenName', t('givenName'))}
        {text('familyName', t('familyName'))}
      </div>
      <fieldset className="editor-name-order">
        <legend>{t('nameOrder')}</legend>
        {(['given-family', 'family-given'] as const).map((order) => (
          <div className="field-check" key={order}>
            <input
              id={`${id}-order-${order}`}
              type="radio"
              name={`${id}-order`}
              checked={(person.nameOrder ?? 'given-family') === order}
              onChange={() => edit({ type: 'setNameOrder', personId, nameOrder: order })}
            />
            <label htmlFor={`${id}-order-${order}`}>
              {t(order === 'given-family' ? 'givenFirst' : 'familyFirst', { example: example(order) })}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="editor-row">
        {text('organisation', t('organisation'))}
        {text('country', t('country'))}
      </div>
      {text('sortKey', t('sortKey'))}
      <div className="field">
        <label htmlFor={`${id}-bio-language`}>{t('bioLanguage')}</label>
        <select
          id={`${id}-bio-language`}
          value={bioLanguage}
          onChange={(e) => setBioLanguage(e.target.value as ContentLanguage)}
        >
          {CONTENT_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
              {person.bio[code] ? ' ✓' : ''}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={`${id}-bio`}
        label={t('bioIn', { language: languageName(bioLanguage) })}
        value={person.bio[bioLanguage] ?? ''}
        path={`${path}.bio.${bioLanguage}`}
        multiline
        onChange={(value) => edit({ type: 'setBio', personId, language: bioLanguage, text: value })}
      />
      <p className="field-help">{t('appearances', { count: used })}</p>
      <button
        type="button"
        className="button"
        aria-disabled={used > 0 || undefined}
        aria-describedby={used > 0 ? `${id}-cannot-remove` : undefined}
        onClick={() => {
          if (used > 0) return;
          edit({ type: 'removePerson', personId });
          onRemoved();
          focusSoon(`${idPrefix}-people-search`);
        }}
      >
        {t('removePerson')}
      </button>
      {used > 0 ? (
        <span id={`${id}-cannot-remove`} className="field-help">
          {' '}
          {t('cannotRemove')}
        </span>
      ) : null}
    </div>
  );
}
