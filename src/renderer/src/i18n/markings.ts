/**
 * Classification markings suggested in the interface language. A marking is
 * free text printed as typed; these are only suggestions, in the order of
 * src/shared/pack's MARKING_PRESETS (unclassified first, then rising).
 */
import type { UiLanguage } from './index';

export const MARKING_SUGGESTIONS: Readonly<Record<UiLanguage, readonly string[]>> = {
  en: ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL'],
  fr: ['NON CLASSIFIÉ', 'USAGE OFFICIEL', 'DIFFUSION RESTREINTE', 'CONFIDENTIEL'],
  es: ['SIN CLASIFICAR', 'USO OFICIAL', 'DIFUSIÓN LIMITADA', 'CONFIDENCIAL'],
  ar: ['غير مصنف', 'للاستخدام الرسمي', 'توزيع محدود', 'سري'],
  zh: ['非机密', '仅供公务使用', '限制分发', '机密'],
  ru: ['НЕСЕКРЕТНО', 'ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ', 'ОГРАНИЧЕННОЕ РАСПРОСТРАНЕНИЕ', 'КОНФИДЕНЦИАЛЬНО'],
};

const UNCLASSIFIED = new Set(Object.values(MARKING_SUGGESTIONS).map((presets) => presets[0]!.toLocaleUpperCase()));

/** True for "UNCLASSIFIED" in any interface language (any case): nothing to protect. */
export function isUnclassifiedMarking(marking: string): boolean {
  return UNCLASSIFIED.has(marking.trim().toLocaleUpperCase());
}

/**
 * The suggestion list for the interface language, with the marking in use kept
 * first when it is not one of them (so a pack made in another language keeps its own).
 */
export function markingSuggestions(language: UiLanguage, current = ''): string[] {
  const presets = [...MARKING_SUGGESTIONS[language]];
  return current.trim() !== '' && !presets.includes(current) ? [current, ...presets] : presets;
}
