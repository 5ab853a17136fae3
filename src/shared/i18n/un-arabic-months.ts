/**
 * Month names as United Nations documents in Arabic print them: the Syriac
 * (Levantine) name and the name derived from the Latin one, joined by a slash,
 * so that readers from the Mashriq and from Egypt and the Maghreb each find
 * theirs ("24 حزيران/يونيه 2020"). Note the UN spellings يونيه and يوليه, where
 * CLDR (and so Intl) has يونيو and يوليو. See docs/terminology.md.
 */
export const UN_ARABIC_MONTHS: readonly string[] = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];
