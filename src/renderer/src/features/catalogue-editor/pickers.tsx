import { useMemo, useState } from 'react';
import { CONTENT_LANGUAGES, type ContentLanguage, type Person } from '../../../../shared/catalogue/schema';
import { personName } from '../../../../shared/pack/programme-diff';
import { listTimeZones } from '../../../../shared/time';
import { uiLocale, useStrings, useUiLanguage } from '../../i18n';
import { useEditor } from './editor-context';
import type { NewPerson } from './edits';
import { EDITOR_STRINGS } from './strings';

/** "Arabic", "arabe", "árabe": a language's name in the interface language. */
export function useLanguageName(): (code: ContentLanguage) => string {
  const language = useUiLanguage();
  return useMemo(() => {
    const names = new Intl.DisplayNames([uiLocale(language)], { type: 'language' });
    return (code: ContentLanguage) => names.of(code) ?? code;
  }, [language]);
}

export function LanguageSelect(props: {
  id: string;
  label: string;
  value: ContentLanguage;
  onChange: (value: ContentLanguage) => void;
}) {
  const name = useLanguageName();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as ContentLanguage)}
      >
        {CONTENT_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {name(code)}
          </option>
        ))}
      </select>
    </div>
  );
}

let zones: string[] | undefined;

interface ZoneSelectProps {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (zone: string | undefined) => void;
  /** Offered first: the announced zone, the pack's zones. */
  preferred: string[];
  /** The label of "no zone", when there may be none. */
  noneLabel?: string;
  describedBy?: string;
}

/** A zone from every one the computer knows (type ahead to find it), the likely ones first. */
export function ZoneSelect({ id, label, value, onChange, preferred, noneLabel, describedBy }: ZoneSelectProps) {
  zones ??= listTimeZones();
  const first = [...new Set(['UTC', ...preferred])].filter((zone) => zone !== '');
  const rest = zones.filter((zone) => !first.includes(zone));
  const known = value === undefined || first.includes(value) || rest.includes(value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        {noneLabel ? <option value="">{noneLabel}</option> : null}
        {!known && value ? <option value={value}>{value}</option> : null}
        {first.map((zone) => (
          <option key={`first-${zone}`} value={zone}>
            {zone}
          </option>
        ))}
        <option disabled>──────────</option>
        {rest.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
    </div>
  );
}

/** People sorted as an index sorts them. */
export function sortedPeople(people: readonly Person[]): Person[] {
  const key = (person: Person) => (person.sortKey ?? `${person.familyName} ${person.givenName}`).toLocaleLowerCase();
  return [...people].sort((a, b) => key(a).localeCompare(key(b)));
}

export const nameOf = (person: Person | undefined): string => personName(person);

const NEW = '__new__';

interface PersonPickerProps {
  id: string;
  label: string;
  value: string | undefined;
  /** A person from the list, or a new one to make. */
  onPick: (choice: { personId: string } | { newPerson: NewPerson } | { none: true }) => void;
  /** The "nobody" choice (for a chair); absent: a person must be chosen. */
  noneLabel?: string;
  /** Shown as the button that confirms a choice (adding a speaker); absent: a choice applies at once. */
  confirmLabel?: string;
}

/** Someone from the people list, or a new person typed in. */
export function PersonPicker({ id, label, value, onPick, noneLabel, confirmLabel }: PersonPickerProps) {
  const t = useStrings(EDITOR_STRINGS);
  const { catalogue } = useEditor();
  const [choice, setChoice] = useState<string>(value ?? '');
  const [given, setGiven] = useState('');
  const [family, setFamily] = useState('');
  const people = useMemo(() => sortedPeople(catalogue.people), [catalogue.people]);
  const shown = confirmLabel ? choice : (value ?? (choice === NEW ? NEW : ''));

  const pick = (next: string) => {
    setChoice(next);
    if (confirmLabel || next === NEW) return;
    onPick(next === '' ? { none: true } : { personId: next });
  };
  const confirm = () => {
    if (shown === NEW) {
      if (family.trim() === '') return document.getElementById(`${id}-family`)?.focus();
      onPick({ newPerson: { givenName: given, familyName: family } });
      setGiven('');
      setFamily('');
      setChoice('');
    } else if (shown !== '') {
      onPick({ personId: shown });
      setChoice('');
    }
  };
  return (
    <div className="person-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={shown} onChange={(event) => pick(event.target.value)}>
          {noneLabel ? <option value="">{noneLabel}</option> : <option value="">—</option>}
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {nameOf(person) || person.id}
              {person.organisation ? ` — ${person.organisation}` : ''}
            </option>
          ))}
          <option value={NEW}>{t('newPersonOption')}</option>
        </select>
      </div>
      {shown === NEW ? (
        <div className="editor-row">
          <div className="field">
            <label htmlFor={`${id}-given`}>{t('givenName')}</label>
            <input
              id={`${id}-given`}
              type="text"
              dir="auto"
              value={given}
              onChange={(event) => setGiven(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-family`}>{t('familyName')}</label>
            <input
              id={`${id}-family`}
              type="text"
              dir="auto"
              value={family}
              onChange={(event) => setFamily(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  confirm();
                }
              }}
            />
          </div>
          <button type="button" className="editor-inline-button" onClick={confirm}>
            {confirmLabel ?? t('addNewPerson')}
          </button>
        </div>
      ) : confirmLabel ? (
        <button type="button" className="editor-inline-button" onClick={confirm} disabled={shown === ''}>
          {confirmLabel}
        </button>
      ) : null}
    </div>
  );
}

/** Move up, move down and remove for one item of a list, named after it. */
export function ItemActions(props: {
  idBase: string;
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
  removeDisabled?: boolean;
}) {
  const t = useStrings(EDITOR_STRINGS);
  const { idBase, name, index, count } = props;
  return (
    <span className="item-actions">
      <button
        id={`${idBase}-up`}
        type="button"
        aria-label={t('moveUp', { name })}
        aria-disabled={index === 0 || undefined}
        onClick={() => index > 0 && props.onMove(index - 1)}
      >
        ↑
      </button>
      <button
        id={`${idBase}-down`}
        type="button"
        aria-label={t('moveDown', { name })}
        aria-disabled={index === count - 1 || undefined}
        onClick={() => index < count - 1 && props.onMove(index + 1)}
      >
        ↓
      </button>
      <button
        id={`${idBase}-remove`}
        type="button"
        aria-label={t('removeNamed', { name })}
        disabled={props.removeDisabled}
        onClick={props.onRemove}
      >
        ✕
      </button>
    </span>
  );
}
