/**
 * Removes every code point that XML 1.0 forbids (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; lone surrogates), so that user
 * text can never make a DOCX part ill-formed or a PDF string unreadable.
 */
export function stripXmlForbidden(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      }
      continue; // a high surrogate without its low half
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue; // a low surrogate without its high half
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    if (code === 0xfffe || code === 0xffff) continue;
    out += text[i]!;
  }
  return out;
}

/**
 * Characters that print as nothing (or as a blank) in an address: format
 * characters (zero-width space and joiners, soft hyphen, word joiner, BOM, bidi
 * marks and controls), spaces other than U+0020, line and paragraph separators,
 * and the Hangul and Braille blanks. An address containing one reads as another
 * address: "https://exa\u200Bmple.org" looks like example.org on paper.
 */
const INVISIBLE_IN_ADDRESS =
  /[\p{Cf}\p{Zl}\p{Zp}\u00A0\u115F\u1160\u180E\u2000-\u200A\u202F\u205F\u2800\u3000\u3164\uFFA0]|\u034F/gu;

/**
 * Shows each invisible character of an address as ‹U+200B›, so what is printed
 * is every character the address holds.
 */
export function revealInvisible(text: string): string {
  return text.replace(
    INVISIBLE_IN_ADDRESS,
    (char) => `\u2039U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}\u203A`,
  );
}

/**
 * Returns the URL when it is safe to write as a live link (https: or mailto:),
 * otherwise undefined. `javascript:`, `file:`, `http:` and anything unparsable
 * are never linked; their text may still be printed as plain text. Nor is an
 * address with an invisible character or a user name before its host
 * ("https://www.un.org@evil.example/"): it would read as one place and go to another.
 */
export function safeLinkTarget(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = stripXmlForbidden(url).trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== 'https' && scheme !== 'mailto') return undefined;
  if (/\s/.test(trimmed) || new RegExp(INVISIBLE_IN_ADDRESS.source, 'u').test(trimmed)) return undefined;
  if (scheme === 'https') {
    if (!/^https:\/\/[^/?#\s\\]+/i.test(trimmed)) return undefined;
    const parsed = parseUrl(trimmed);
    if (!parsed || parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return undefined;
  }
  return trimmed;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * The host a link really goes to, as the network sees it (an international name
 * in its xn-- form), when that differs from what its printed address shows;
 * otherwise undefined. "https://exämple.org" goes to xn--exmple-cua.org, which a
 * reader comparing letters would not see.
 */
export function hiddenLinkHost(target: string): string | undefined {
  const typed = /^https:\/\/([^/?#]*)/i.exec(target)?.[1] ?? /^mailto:[^@?]*@([^?]*)/i.exec(target)?.[1];
  if (typed === undefined) return undefined;
  const host = parseUrl(`https://${typed}`)?.hostname;
  if (host === undefined) return undefined;
  return host === typed.toLowerCase() ? undefined : host;
}

/**
 * Removes bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069). Word and LibreOffice apply them while the PDF does not, so
 * they would make the two formats show different text, and they can disguise
 * the order of what is printed. Right-to-left and left-to-right marks (U+200E,
 * U+200F) are kept: they only nudge neutral characters.
 */
export function stripBidiControls(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

/** Everything the document model promises about its strings: XML-safe and without bidi controls. */
export function cleanDocumentText(text: string): string {
  return stripBidiControls(stripXmlForbidden(text));
}

/** Line breaks of every kind (CR, LF, VT, FF, NEL, line and paragraph separators). */
const LINE_BREAK_RUN = /[ \t]*[\r\n\v\f\u0085\u2028\u2029][\s\u0085]*/g;

/**
 * One line: every line break, with the spaces around it, becomes one space. For
 * text that is printed on one line wherever it appears (the classification
 * marking in page headers, footers and on the cover), so that every writer shows
 * the same words.
 */
export function foldToOneLine(text: string): string {
  return text.replace(LINE_BREAK_RUN, ' ').trim();
}
