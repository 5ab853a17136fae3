/**
 * A change of a programme in the interface language: what changed in a pack's
 * programme since its snapshot, or in a catalogue imported again. Dates and
 * times in UTC, as the programme stores them.
 */
import type { CatalogueChange } from '../../../shared/catalogue/diff';
import type { SeminarRef, TimeWindow } from '../../../shared/pack';
import { CHANGE_STRINGS } from './change-strings';
import { type UiLanguage, fillPlaceholders, uiLocale } from './index';

type Key = keyof (typeof CHANGE_STRINGS)['en'];

/** One change of the programme since the snapshot, in the interface language, dates and times in UTC. */
export function describeProgrammeChange(language: UiLanguage, change: CatalogueChange): string {
  const t = (key: Key, values?: Record<string, string | number>) =>
    fillPlaceholders(CHANGE_STRINGS[language][key], values);
  const locale = uiLocale(language);
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const seminar = (ref: SeminarRef) => {
    const date = Number.isNaN(Date.parse(ref.start)) ? '' : day.format(new Date(ref.start));
    return ref.title ? `${date} — ${ref.title}` : date;
  };
  const time = (window: TimeWindow | undefined) =>
    window
      ? `${day.format(new Date(window.start))} ${clock.format(new Date(window.start))}–${clock.format(new Date(window.end))} UTC`
      : t('noTime');
  const or = (text: string, fallback: Key) => (text === '' ? t(fallback) : text);
  switch (change.kind) {
    case 'seminar-added':
      return t('seminarAdded', { seminar: seminar(change.seminar) });
    case 'seminar-removed':
      return t('seminarRemoved', { seminar: seminar(change.seminar) });
    case 'seminar-retitled':
      return t('seminarRetitled', { seminar: seminar(change.seminar), from: change.from });
    case 'seminar-moved':
      return t('seminarMoved', { seminar: seminar(change.seminar), from: time(change.from), to: time(change.to) });
    case 'venue-changed':
      return t('venueChanged', {
        seminar: seminar(change.seminar),
        from: or(change.from, 'none'),
        to: or(change.to, 'none'),
      });
    case 'chair-changed':
      return t('chairChanged', {
        seminar: seminar(change.seminar),
        from: or(change.from, 'nobody'),
        to: or(change.to, 'nobody'),
      });
    case 'session-added':
      return t('sessionAdded', { seminar: seminar(change.seminar), session: change.session });
    case 'session-removed':
      return t('sessionRemoved', { seminar: seminar(change.seminar), session: change.session });
    case 'session-retitled':
      return t('sessionRetitled', { seminar: seminar(change.seminar), from: change.from, to: change.to });
    case 'session-moved':
      return t('sessionMoved', {
        seminar: seminar(change.seminar),
        session: change.session,
        from: time(change.from),
        to: time(change.to),
      });
    case 'speaker-added':
      return t('speakerAdded', { seminar: seminar(change.seminar), session: change.session, person: change.person });
    case 'speaker-removed':
      return t('speakerRemoved', { seminar: seminar(change.seminar), session: change.session, person: change.person });
    case 'speaker-replaced':
      return t('speakerReplaced', {
        seminar: seminar(change.seminar),
        session: change.session,
        from: change.from,
        to: change.to,
      });
    case 'speaker-confirmed':
      return t('speakerConfirmed', {
        seminar: seminar(change.seminar),
        session: change.session,
        person: change.person,
      });
    case 'speaker-unconfirmed':
      return t('speakerUnconfirmed', {
        seminar: seminar(change.seminar),
        session: change.session,
        person: change.person,
      });
    case 'role-changed':
      return t('roleChanged', {
        seminar: seminar(change.seminar),
        person: change.person,
        from: change.from,
        to: change.to,
      });
    case 'person-changed':
      return t(`person.${change.what}`, { person: change.person });
  }
}
