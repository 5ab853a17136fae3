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
 * Returns the URL when it is safe to write as a live link (https: or mailto:),
 * otherwise undefined. `javascript:`, `file:`, `http:` and anything unparsable
 * are never linked; their text may still be printed as plain text.
 */
export function safeLinkTarget(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = stripXmlForbidden(url).trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== 'https' && scheme !== 'mailto') return undefined;
  if (/\s/.test(trimmed)) return undefined;
  if (scheme === 'https' && !/^https:\/\/[^/?#\s]+/i.test(trimmed)) return undefined;
  return trimmed;
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
