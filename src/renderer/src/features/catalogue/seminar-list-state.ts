import type { SeminarSummary } from '../../../../shared/catalogue/summary';

/** `attempt` counts loads so that "Try again" re-runs the effect that fetches the list. */
export type SeminarListState = { attempt: number } & (
  { status: 'loading' } | { status: 'loaded'; seminars: SeminarSummary[] } | { status: 'failed'; message: string }
);

export type SeminarListAction =
  { type: 'loaded'; seminars: SeminarSummary[] } | { type: 'failed'; message: string } | { type: 'reload' };

export const initialSeminarListState: SeminarListState = { attempt: 0, status: 'loading' };

export function seminarListReducer(state: SeminarListState, action: SeminarListAction): SeminarListState {
  switch (action.type) {
    case 'loaded':
      return { attempt: state.attempt, status: 'loaded', seminars: action.seminars };
    case 'failed':
      return { attempt: state.attempt, status: 'failed', message: action.message };
    case 'reload':
      return { attempt: state.attempt + 1, status: 'loading' };
  }
}

const LANGUAGE_NAMES = { en: 'English', fr: 'Français', es: 'Español' } as const;

/** Seminar date and UTC window in the reader's locale, e.g. "24 June 2020, 07:00–08:45 UTC". */
export function formatSeminarWhen(start: string, end: string, locale: string): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(start));
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return `${date}, ${time.format(new Date(start))}–${time.format(new Date(end))} UTC`;
}

export function languageName(language: SeminarSummary['language']): string {
  return LANGUAGE_NAMES[language];
}
