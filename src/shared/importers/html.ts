/**
 * Text from the bit of HTML that calendar descriptions (Google Calendar,
 * Outlook's X-ALT-DESC) and saved web pages carry: block ends become line
 * breaks, tags go, entities are decoded. Not a browser: no script or style
 * content survives, and nothing is ever interpreted.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  ecirc: 'ê',
  ocirc: 'ô',
  Eacute: 'É',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const code = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  if (body.startsWith('#')) {
    const code = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[body] ?? entity;
}

/** Whether a text is HTML rather than plain text with a stray "<". */
export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|p|div|br|li|ul|ol|h[1-6]|table|tr|td|span|b|strong|a)\b[^>]*>/iu.test(text);
}

export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/giu, '')
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<li\b[^>]*>/giu, '\n• ')
    .replace(/<\/(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote)\s*>/giu, '\n')
    .replace(/<(?:p|div|h[1-6]|tr|table|section|article)\b[^>]*>/giu, '\n')
    .replace(/<\/t[dh]\s*>/giu, ' ')
    .replace(/<[^>]{0,2000}>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (entity, body: string) => decodeEntity(entity, body))
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
