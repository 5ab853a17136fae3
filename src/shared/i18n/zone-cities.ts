import type { Language } from '../catalogue/languages';

/**
 * City names of the time zones a delegation most often follows (UN duty
 * stations, the zones the importer reads from abbreviations, capitals), in
 * Arabic, Chinese and Russian: "New York (UTC−4)" is "نيويورك (UTC−4)",
 * "纽约 (UTC−4)", "Нью-Йорк (UTC−4)". English, French and Spanish packs print
 * the zone's own (English) city name, as they always have. A zone not listed
 * here is named by Intl in the pack's language ("北美东部时间"). Sources:
 * docs/terminology.md.
 */
type Cities = Readonly<Record<string, readonly [ar: string, zh: string, ru: string]>>;

const CITIES: Cities = {
  'America/New_York': ['نيويورك', '纽约', 'Нью-Йорк'],
  'America/Chicago': ['شيكاغو', '芝加哥', 'Чикаго'],
  'America/Denver': ['دنفر', '丹佛', 'Денвер'],
  'America/Phoenix': ['فينيكس', '菲尼克斯', 'Финикс'],
  'America/Los_Angeles': ['لوس أنجلوس', '洛杉矶', 'Лос-Анджелес'],
  'America/Anchorage': ['أنكوريج', '安克雷奇', 'Анкоридж'],
  'Pacific/Honolulu': ['هونولولو', '檀香山', 'Гонолулу'],
  'America/Halifax': ['هاليفاكس', '哈利法克斯', 'Галифакс'],
  'America/Toronto': ['تورونتو', '多伦多', 'Торонто'],
  'America/Mexico_City': ['مكسيكو سيتي', '墨西哥城', 'Мехико'],
  'America/Havana': ['هافانا', '哈瓦那', 'Гавана'],
  'America/Panama': ['بنما', '巴拿马', 'Панама'],
  'America/Bogota': ['بوغوتا', '波哥大', 'Богота'],
  'America/Lima': ['ليما', '利马', 'Лима'],
  'America/Caracas': ['كاراكاس', '加拉加斯', 'Каракас'],
  'America/Santiago': ['سانتياغو', '圣地亚哥', 'Сантьяго'],
  'America/Sao_Paulo': ['ساو باولو', '圣保罗', 'Сан-Паулу'],
  'America/Argentina/Buenos_Aires': ['بوينس آيرس', '布宜诺斯艾利斯', 'Буэнос-Айрес'],
  'Europe/London': ['لندن', '伦敦', 'Лондон'],
  'Europe/Dublin': ['دبلن', '都柏林', 'Дублин'],
  'Europe/Lisbon': ['لشبونة', '里斯本', 'Лиссабон'],
  'Europe/Madrid': ['مدريد', '马德里', 'Мадрид'],
  'Europe/Paris': ['باريس', '巴黎', 'Париж'],
  'Europe/Brussels': ['بروكسل', '布鲁塞尔', 'Брюссель'],
  'Europe/Amsterdam': ['أمستردام', '阿姆斯特丹', 'Амстердам'],
  'Europe/Berlin': ['برلين', '柏林', 'Берлин'],
  'Europe/Zurich': ['زيورخ', '苏黎世', 'Цюрих'],
  'Europe/Rome': ['روما', '罗马', 'Рим'],
  'Europe/Vienna': ['فيينا', '维也纳', 'Вена'],
  'Europe/Warsaw': ['وارسو', '华沙', 'Варшава'],
  'Europe/Stockholm': ['ستوكهولم', '斯德哥尔摩', 'Стокгольм'],
  'Europe/Athens': ['أثينا', '雅典', 'Афины'],
  'Europe/Bucharest': ['بوخارست', '布加勒斯特', 'Бухарест'],
  'Europe/Kiev': ['كييف', '基辅', 'Киев'],
  'Europe/Kyiv': ['كييف', '基辅', 'Киев'],
  'Europe/Istanbul': ['إسطنبول', '伊斯坦布尔', 'Стамбул'],
  'Europe/Minsk': ['مينسك', '明斯克', 'Минск'],
  'Europe/Moscow': ['موسكو', '莫斯科', 'Москва'],
  'Africa/Cairo': ['القاهرة', '开罗', 'Каир'],
  'Africa/Casablanca': ['الدار البيضاء', '卡萨布兰卡', 'Касабланка'],
  'Africa/Algiers': ['الجزائر', '阿尔及尔', 'Алжир'],
  'Africa/Tunis': ['تونس', '突尼斯', 'Тунис'],
  'Africa/Dakar': ['داكار', '达喀尔', 'Дакар'],
  'Africa/Lagos': ['لاغوس', '拉各斯', 'Лагос'],
  'Africa/Addis_Ababa': ['أديس أبابا', '亚的斯亚贝巴', 'Аддис-Абеба'],
  'Africa/Nairobi': ['نيروبي', '内罗毕', 'Найроби'],
  'Africa/Maputo': ['مابوتو', '马普托', 'Мапуту'],
  'Africa/Johannesburg': ['جوهانسبرغ', '约翰内斯堡', 'Йоханнесбург'],
  'Asia/Beirut': ['بيروت', '贝鲁特', 'Бейрут'],
  'Asia/Jerusalem': ['القدس', '耶路撒冷', 'Иерусалим'],
  'Asia/Amman': ['عمّان', '安曼', 'Амман'],
  'Asia/Baghdad': ['بغداد', '巴格达', 'Багдад'],
  'Asia/Riyadh': ['الرياض', '利雅得', 'Эр-Рияд'],
  'Asia/Kuwait': ['الكويت', '科威特', 'Эль-Кувейт'],
  'Asia/Qatar': ['قطر', '卡塔尔', 'Катар'],
  'Asia/Dubai': ['دبي', '迪拜', 'Дубай'],
  'Asia/Tehran': ['طهران', '德黑兰', 'Тегеран'],
  'Asia/Tashkent': ['طشقند', '塔什干', 'Ташкент'],
  'Asia/Almaty': ['ألماتي', '阿拉木图', 'Алматы'],
  'Asia/Karachi': ['كراتشي', '卡拉奇', 'Карачи'],
  'Asia/Kolkata': ['كولكاتا', '加尔各答', 'Калькутта'],
  'Asia/Calcutta': ['كولكاتا', '加尔各答', 'Калькутта'],
  'Asia/Dhaka': ['دكا', '达卡', 'Дакка'],
  'Asia/Bangkok': ['بانكوك', '曼谷', 'Бангкок'],
  'Asia/Jakarta': ['جاكرتا', '雅加达', 'Джакарта'],
  'Asia/Kuala_Lumpur': ['كوالالمبور', '吉隆坡', 'Куала-Лумпур'],
  'Asia/Singapore': ['سنغافورة', '新加坡', 'Сингапур'],
  'Asia/Manila': ['مانيلا', '马尼拉', 'Манила'],
  'Asia/Hong_Kong': ['هونغ كونغ', '香港', 'Гонконг'],
  'Asia/Shanghai': ['شنغهاي', '上海', 'Шанхай'],
  'Asia/Seoul': ['سول', '首尔', 'Сеул'],
  'Asia/Tokyo': ['طوكيو', '东京', 'Токио'],
  'Australia/Perth': ['بيرث', '珀斯', 'Перт'],
  'Australia/Sydney': ['سيدني', '悉尼', 'Сидней'],
  'Pacific/Auckland': ['أوكلاند', '奥克兰', 'Окленд'],
  'Pacific/Fiji': ['فيجي', '斐济', 'Фиджи'],
};

const COLUMN = { ar: 0, zh: 1, ru: 2 } as const;

/** The zone's city in an Arabic, Chinese or Russian pack; undefined when the list has none (or another language). */
export function localisedCity(timeZone: string, language: Language): string | undefined {
  if (language !== 'ar' && language !== 'zh' && language !== 'ru') return undefined;
  return CITIES[timeZone]?.[COLUMN[language]];
}

/** Every zone the list names (for the tests). */
export const ZONES_WITH_CITY_NAMES: readonly string[] = Object.keys(CITIES);
