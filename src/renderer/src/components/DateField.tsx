import { useMemo, useState } from 'react';
import { uiLocale, useStrings, useUiLanguage } from '../i18n';
import { COMPONENT_STRINGS } from './strings';
import './date-field.css';

export interface DateFieldProps {
  /** `YYYY-MM-DD`, or '' for no date. */
  value: string;
  /** Called with a whole, real date (`YYYY-MM-DD`), or '' when every part is cleared (only if not `required`). */
  onChange: (value: string) => void;
  /** Id of the element naming the field (its visible label). */
  labelledBy: string;
  /** Id given to the first part, so a `<label htmlFor>` still reaches the field. */
  id?: string;
  required?: boolean;
  min?: string;
  max?: string;
}

type Part = 'day' | 'month' | 'year';
interface Parts {
  day: string;
  month: string;
  year: string;
}

const split = (value: string): Parts => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match
    ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) }
    : { day: '', month: '', year: '' };
};

/** The ISO date the parts make, or null when they do not make a real date (31 February). */
function join({ day, month, year }: Parts): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** The order of day, month and year in the interface language (not the browser's locale). */
function partOrder(locale: string): Part[] {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2020, 6, 24)))
    .map((part) => part.type)
    .filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
  return parts.length === 3 ? parts : ['day', 'month', 'year'];
}

/**
 * A date as day, month (by name) and year, in the interface language's order
 * and words, whatever locale the browser engine was started in (the native
 * date input follows that, not the interface). Three plain controls: each takes
 * the focus with the same visible ring as every other field.
 */
export function DateField({ value, onChange, labelledBy, id, required = false, min, max }: DateFieldProps) {
  const t = useStrings(COMPONENT_STRINGS);
  const language = useUiLanguage();
  const locale = uiLocale(language);
  const order = useMemo(() => partOrder(locale), [locale]);
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2020, index, 1))));
  }, [locale]);
  const [parts, setParts] = useState<Parts>(() => split(value));

  // A new value from outside (another pack, undo) replaces what is being typed, unless it is the same date.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (join(parts) !== value) setParts(split(value));
  }

  const joined = join(parts);
  const empty = parts.day === '' && parts.month === '' && parts.year === '';
  const outOfRange = joined !== null && ((min !== undefined && joined < min) || (max !== undefined && joined > max));
  const invalid = (!empty && joined === null) || outOfRange || (required && empty);

  const change = (part: Part, text: string) => {
    const next = { ...parts, [part]: text };
    setParts(next);
    const date = join(next);
    if (date !== null) onChange(date);
    else if (!required && next.day === '' && next.month === '' && next.year === '') onChange('');
  };

  const control = (part: Part, index: number) => {
    const common = {
      id: index === 0 ? id : undefined,
      className: `date-field-${part}`,
      'aria-label': t(part === 'day' ? 'dateDay' : part === 'month' ? 'dateMonth' : 'dateYear'),
      'aria-invalid': invalid || undefined,
      value: parts[part],
    };
    if (part === 'month')
      return (
        <select key={part} {...common} onChange={(event) => change('month', event.target.value)}>
          <option value="">{t('dateMonthNone')}</option>
          {months.map((name, monthIndex) => (
            <option key={name} value={String(monthIndex + 1)}>
              {name}
            </option>
          ))}
        </select>
      );
    return (
      <input
        key={part}
        {...common}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={part === 'year' ? 4 : 2}
        size={part === 'year' ? 4 : 2}
        onChange={(event) => change(part, event.target.value.replace(/\D/g, ''))}
      />
    );
  };

  return (
    <div className="date-field" role="group" aria-labelledby={labelledBy}>
      {order.map(control)}
    </div>
  );
}
