/**
 * The DOCX's page geometry and colours: the PDF's (writers/pdf/typography.ts) in
 * Word's units, so both formats paginate alike. Twips: 1/20 pt; 1 mm = 56.7 twips.
 */

export const PAGE = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
  a5: { width: 8391, height: 11906 },
} as const;
export const MARGIN_X = 1134; // 20 mm
export const MARGIN_TOP = 1531; // 27 mm
export const MARGIN_BOTTOM = 1417; // 25 mm
export const HEADER_DISTANCE = 567; // 10 mm
export const FOOTER_DISTANCE = 567;

export const FONT = 'Noto Sans';
export const FONT_ARABIC = 'Noto Sans Arabic';
export const FONT_CHINESE = 'Noto Sans SC';
export const UN_BLUE = '1F4E79';
export const INK = '1A1A1A';
export const MUTED = '555F6B';
export const RULE = 'C5D0DC';
export const RULE_STRONG = '8FA6BF';
export const HEADER_FILL = 'E8EEF5';
export const NOTICE_BORDER = 'A8781E';
export const NOTICE_FILL = 'FBF5E6';
export const NOTICE_INK = '6B4A0F';

export const BULLETS = 'briefing-bullets';
export const NUMBERS = 'briefing-numbers';
