import type { PackWarning } from '../../../../shared/pack';
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
