import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { cityOfTimeZone, isUtcAlias, isValidTimeZone } from '../../../shared/time';
import { useStrings } from '../i18n';
import { COMPONENT_STRINGS } from './strings';
import { type ZoneOption, normaliseForSearch, offsetLabelAt, sameZone, searchZones } from '../../../shared/time/zones';
import './time-zone-picker.css';

export interface TimeZonePickerProps {
  /** Chosen zones besides UTC, in order. */
  value: string[];
  onChange: (zones: string[]) => void;
  max: number;
  /** Id of the text input, for an outside <label htmlFor>. Without it the input is named "Add a time zone". */
  id?: string;
  /**
   * Instants the offsets are shown for (a pack's seminar starts): New York is UTC−4 in July and UTC−5 in
   * January, so a chip says the offset of the days that are printed. Several offsets are all shown. Default: now.
   */
  offsetsAt?: readonly string[];
}

/** At most this many options are listed; the rest are reached by typing more. */
const MAX_SHOWN = 50;

/**
 * A searchable combobox of IANA time zones (ARIA 1.2 combobox + listbox): typing
 * filters by city or id, ArrowUp/Down move, Enter adds, Escape closes. Chosen
 * zones show as removable chips after the fixed UTC chip.
 */
export function TimeZonePicker({ value, onChange, max, id, offsetsAt }: TimeZonePickerProps) {
  const t = useStrings(COMPONENT_STRINGS);
  const ownId = useId();
  const inputId = id ?? `${ownId}-input`;
  const listboxId = `${ownId}-listbox`;
  const hintId = `${ownId}-hint`;
  const inputRef = useRef<HTMLInputElement>(null);

  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState('');

  const matches = useMemo(() => {
    if (!open) return [];
    const found = searchZones(query);
    // A valid name Intl does not list (e.g. typed in full) is still offered.
    const typed = query.trim();
    if (
      typed.includes('/') &&
      isValidTimeZone(typed) &&
      !isUtcAlias(typed) &&
      !found.some((option) => sameZone(option.id, typed))
    ) {
      return [{ id: typed, city: cityOfTimeZone(typed), searchText: normaliseForSearch(typed) }, ...found];
    }
    return found;
  }, [query, open]);
  const shown = matches.slice(0, MAX_SHOWN);
  const full = value.length >= max;
  const wantsUtc = /^(utc|gmt|zulu|etc\/utc|etc\/gmt|universal)$/i.test(query.trim()) || isUtcAlias(query.trim());
  const expanded = open && !full && shown.length > 0;
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));
  const activeOption: ZoneOption | undefined = expanded ? shown[activeIndex] : undefined;
  const optionId = (index: number) => `${ownId}-option-${index}`;
  const activeDomId = activeOption ? optionId(activeIndex) : undefined;

  // Keeps the keyboard-chosen option visible in the scrolling list.
  useEffect(() => {
    if (activeDomId) document.getElementById(activeDomId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeDomId]);
  const label = (zone: string) => `${cityOfTimeZone(zone)} (${zone})`;

  const add = (zone: string) => {
    if (full) return setMessage(t('maxReached', { max }));
    if (isUtcAlias(zone)) return setMessage(t('utcIsAlwaysShown'));
    if (value.some((chosen) => sameZone(chosen, zone))) return setMessage(t('alreadyChosen', { zone: label(zone) }));
    const next = [...value, zone];
    onChange(next);
    setQuery('');
    setOpen(false);
    setActive(0);
    setMessage(
      next.length >= max
        ? `${t('added', { zone: label(zone) })} ${t('maxReached', { max })}`
        : t('added', { zone: label(zone) }),
    );
  };

  const remove = (zone: string, refocus: boolean) => {
    onChange(value.filter((chosen) => chosen !== zone));
    setMessage(t('removed', { zone: label(zone) }));
    if (refocus) inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (full) return setMessage(t('maxReached', { max }));
        if (!expanded) {
          setOpen(true);
          setActive(event.key === 'ArrowUp' ? shown.length - 1 : 0);
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + shown.length) % shown.length);
        return;
      }
      case 'Home':
      case 'End':
        if (expanded && event.ctrlKey) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : shown.length - 1);
        }
        return;
      case 'Enter': {
        event.preventDefault(); // never submits the surrounding form
        if (wantsUtc) return setMessage(t('utcIsAlwaysShown'));
        if (activeOption) return add(activeOption.id);
        if (query.trim() !== '' && full) return setMessage(t('maxReached', { max }));
        return;
      }
      case 'Escape':
        if (expanded || query !== '') {
          event.preventDefault();
          event.stopPropagation(); // the picker's Escape must not also close a dialog around it
          if (expanded) setOpen(false);
          else setQuery('');
        }
        return;
      case 'Backspace': {
        const last = value[value.length - 1];
        if (query === '' && last !== undefined) {
          event.preventDefault();
          remove(last, false);
        }
        return;
      }
    }
  };

  const offsetNow = (zone: string) => offsetLabelAt(zone, offsetsAt);

  return (
    <div className="tz-picker">
      <ul className="tz-chips" aria-label={t('chosenZones')}>
        <li className="tz-chip tz-chip-fixed">{t('utcAlways')}</li>
        {value.map((zone) => (
          <li key={zone} className="tz-chip">
            <span>
              {cityOfTimeZone(zone)} <span className="tz-offset">{offsetNow(zone)}</span>
            </span>
            <button
              type="button"
              className="tz-chip-remove"
              aria-label={t('removeZone', { zone: label(zone) })}
              title={t('removeZone', { zone: label(zone) })}
              onClick={() => remove(zone, true)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="tz-combobox">
        <input
          ref={inputRef}
          id={inputId}
          className="text-input tz-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-label={id === undefined ? t('addZone') : undefined}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeDomId}
          aria-describedby={hintId}
          placeholder={t('addZone')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(event.target.value.trim() !== '');
            setMessage(full ? t('maxReached', { max }) : '');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listboxId} role="listbox" aria-label={t('zoneSuggestions')} className="tz-listbox" hidden={!expanded}>
          {expanded &&
            shown.map((option, index) => {
              const taken = value.some((chosen) => sameZone(chosen, option.id));
              return (
                <li
                  key={option.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  aria-disabled={taken || undefined}
                  className={index === activeIndex ? 'tz-option tz-option-active' : 'tz-option'}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => add(option.id)}
                  onMouseMove={() => index !== activeIndex && setActive(index)}
                >
                  <span className="tz-option-city">{option.city}</span>
                  <span className="tz-option-id">{option.id}</span>
                  <span className="tz-offset">{offsetNow(option.id)}</span>
                  {taken && <span className="tz-option-taken">{t('alreadyChosenShort')}</span>}
                </li>
              );
            })}
        </ul>
      </div>
      <p id={hintId} className="form-hint">
        {t('pickerHint', { max })}
      </p>
      {expanded && matches.length > MAX_SHOWN && (
        <p className="form-hint">{t('keepTyping', { count: matches.length - MAX_SHOWN })}</p>
      )}
      {open && !full && query.trim() !== '' && shown.length === 0 && !wantsUtc && (
        <p className="form-hint">{t('noMatch', { query: query.trim() })}</p>
      )}
      <p id={`${ownId}-message`} className="tz-message" role="status" aria-live="polite">
        {wantsUtc ? t('utcIsAlwaysShown') : message}
      </p>
    </div>
  );
}
