import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanDocumentText,
  safeLinkTarget,
  stripBidiControls,
  stripXmlForbidden,
} from '../../../src/shared/text/sanitize';

/** XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

describe('stripXmlForbidden', () => {
  it('removes controls, U+FFFE, U+FFFF and lone surrogates, and keeps everything else', () => {
    expect(stripXmlForbidden('a\u0000b\u0007c\u001Fd\tе\nf\r')).toBe('abcd\tе\nf\r');
    expect(stripXmlForbidden('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(stripXmlForbidden('lone \uD800 high, lone \uDC00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
    expect(stripXmlForbidden('\uDBFF')).toBe('');
    expect(stripXmlForbidden('État, Ñandú, Ś, 中文, عربي')).toBe('État, Ñandú, Ś, 中文, عربي');
  });

  it('leaves only XML 1.0 characters, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cleaned = stripXmlForbidden(text);
        for (const character of cleaned) expect(isXmlChar(character.codePointAt(0)!)).toBe(true);
        expect(stripXmlForbidden(cleaned)).toBe(cleaned);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stripBidiControls and cleanDocumentText', () => {
  it('removes embedding, override and isolate controls but keeps RLM/LRM', () => {
    expect(stripBidiControls('a\u202Eb\u202Ac\u2066d\u2069e\u200Ff\u200Eg')).toBe('abcde\u200Ff\u200Eg');
    expect(cleanDocumentText('\u202E<script>\u0000')).toBe('<script>');
  });
});

describe('safeLinkTarget', () => {
  it.each([
    ['https://www.unodc.org/', 'https://www.unodc.org/'],
    ['  HTTPS://example.org/a?b#c ', 'HTTPS://example.org/a?b#c'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('links %j', (url, expected) => {
    expect(safeLinkTarget(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\u0000script:alert(1)',
    'file:///etc/passwd',
    'http://example.org/',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'https://',
    'https:///path',
    'https://exa mple.org/',
    '//example.org/',
    'example.org',
    '',
  ])('never links %j', (url) => {
    expect(safeLinkTarget(url)).toBeUndefined();
  });
});
