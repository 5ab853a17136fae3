import type { PackWarning, ProgrammeChange, SeminarRef, TimeWindow } from '../../../../shared/pack';
import { type UiLanguage, uiLocale } from '../../i18n';
import type { PACK_OPENED_STRINGS } from './strings';

type Key = keyof (typeof PACK_OPENED_STRINGS)['en'];
export type Translate = (key: Key, values?: Record<string, string | number>) => string;

/** One warning of a damaged pack, in the interface language. */
export function describeWarning(t: Translate, language: UiLanguage, warning: PackWarning): string {
  const count = (value: number) => value.toLocaleString(uiLocale(language));
  switch (warning.kind) {
    case 'field-reset':
      return warning.field === 'marking' ? t('markingReset') : t('fieldReset', { field: t(`field.${warning.field}`) });
    case 'field-cut':
      return t('fieldCut', { field: t(`field.${warning.field}`), count: count(warning.kept) });
    case 'time-zone-dropped':
      return t('zoneDropped', { zone: warning.zone });
    case 'seminar-dropped':
      return t('seminarDropped', { id: warning.seminarId });
    case 'programme-item-dropped':
      return t('itemDropped', { item: t(`item.${warning.item}`), name: warning.name });
    case 'brief-part-dropped':
      return warning.part === 'brief'
        ? t('briefDropped', { topic: warning.topic })
        : t('briefPartDropped', { topic: warning.topic, part: t(`part.${warning.part}`) });
    case 'brief-cut':
      return t('briefCut', { topic: warning.topic, part: t(`part.${warning.part}`), count: count(warning.kept) });
    case 'bio-part-dropped':
      return warning.language
        ? t('bioLanguageDropped', { person: warning.person, language: warning.language })
        : t('bioDropped', { person: warning.person });
    case 'bio-cut':
      return t('bioCut', { person: warning.person, count: count(warning.kept) });
  }
}

/** One change of the programme since the snapshot, in the interface language, dates and times in UTC. */
export function describeChange(t: Translate, language: UiLanguage, change: ProgrammeChange): string {
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
