import { type KeyboardEvent, memo, useCallback } from 'react';
import { useLatest } from '../../hooks/useLatest';
import { LANGUAGES as DOCUMENT_LANGUAGES, type Language } from '../../../../shared/catalogue/schema';
import type { Pack } from '../../../../shared/pack/schema';
import { useStrings } from '../../i18n';
import { type PersonRow, personName } from './editors-model';
import { EDITOR_STRINGS } from './strings';

export const LANGUAGES: readonly Language[] = DOCUMENT_LANGUAGES;

/** The languages in which the pack has its own bio for this person. */
export function overriddenLanguages(bioOverrides: Pack['bioOverrides'], personId: string): Language[] {
  const override = Object.hasOwn(bioOverrides, personId) ? bioOverrides[personId] : undefined;
  return LANGUAGES.filter((language) => override?.[language] !== undefined);
}

interface PeopleListProps {
  shown: PersonRow[];
  currentId: string | undefined;
  bioOverrides: Pack['bioOverrides'];
  /** Each button's id is this plus the person's id. */
  idPrefix: string;
  locale: string;
  onChoose: (personId: string) => void;
}

/**
 * The people to choose from, Up/Down moving between them. Memoised, with each
 * person memoised too: typing a brief or a bio does not redraw the thousands of
 * people of a large pack.
 */
export const PeopleList = memo(function PeopleList({
  shown,
  currentId,
  bioOverrides,
  idPrefix,
  locale,
  onChoose,
}: PeopleListProps) {
  const t = useStrings(EDITOR_STRINGS);
  const latest = useLatest({ shown, idPrefix, onChoose });
  // Stable, so a person whose row did not change is not redrawn; it reads the list as last rendered.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      const { shown: list, idPrefix: prefix, onChoose: choose } = latest.current;
      const next = list[(index + step + list.length) % list.length];
      if (!next) return;
      choose(next.id);
      document.getElementById(`${prefix}${next.id}`)?.focus();
    },
    [latest],
  );
  return (
    <ul aria-label={t('peopleList')}>
      {shown.map((row, index) => (
        <Person
          key={row.id}
          row={row}
          index={index}
          current={row.id === currentId}
          overridden={overriddenLanguages(bioOverrides, row.id).length > 0}
          id={`${idPrefix}${row.id}`}
          locale={locale}
          onChoose={onChoose}
          onKeyDown={onKeyDown}
        />
      ))}
    </ul>
  );
});

interface PersonProps {
  row: PersonRow;
  index: number;
  current: boolean;
  overridden: boolean;
  id: string;
  locale: string;
  onChoose: (personId: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
}

const Person = memo(function Person({ row, index, current, overridden, id, locale, onChoose, onKeyDown }: PersonProps) {
  const t = useStrings(EDITOR_STRINGS);
  return (
    <li>
      <button
        id={id}
        type="button"
        className="editor-nav-item"
        aria-current={current ? 'true' : undefined}
        onClick={() => onChoose(row.id)}
        onKeyDown={(event) => onKeyDown(event, index)}
      >
        <span className="editor-nav-label">
          <bdi>{personName(row, locale)}</bdi>
          {row.tbc && <span className="editor-badge editor-badge-tbc">{t('tbc')}</span>}
          {overridden && <span className="editor-badge">{t('overridden')}</span>}
        </span>
        <span className="editor-nav-status">{row.roles[0] ?? ''}</span>
      </button>
    </li>
  );
});
