/**
 * The characters of the scripts the writers set in a face of their own (Noto
 * Sans Arabic, Noto Sans SC): one definition, so that the PDF and the DOCX agree
 * on which text is Arabic and which is Chinese.
 */
const ARABIC_CLASS = '\\u0600-\\u06FF\\u0750-\\u077F\\u0870-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
/** Han (with Extensions B and later), kana, bopomofo, CJK punctuation and symbols, fullwidth forms. */
const CJK_CLASS =
  '\\u2E80-\\u2FDF\\u2FF0-\\u2FFF\\u3000-\\u303F\\u3040-\\u30FF\\u3100-\\u312F\\u3190-\\u31FF\\u3200-\\u33FF' +
  '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u{20000}-\\u{3FFFF}';

export const ARABIC_CHARACTER = new RegExp(`[${ARABIC_CLASS}]`, 'u');
export const CJK_CHARACTER = new RegExp(`[${CJK_CLASS}]`, 'u');

/** A run of Arabic text: Arabic letters and what lies between them (spaces, punctuation, but no other letters). */
export const ARABIC_RUN = new RegExp(`[${ARABIC_CLASS}](?:[^\\p{L}\\p{N}]*[${ARABIC_CLASS}])*`, 'gu');
/** A run of Chinese characters, kana and CJK punctuation. */
export const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, 'gu');
