import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanDocumentText,
  foldToOneLine,
  hiddenLinkHost,
  revealInvisible,
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

describe('links that read as one place and go to another (issue 10, item 11)', () => {
  it.each([
    ['a zero-width space', 'https://exa\u200Bmple.org/'],
    ['a zero-width joiner', 'https://example\u200D.org/'],
    ['a soft hyphen', 'https://exam\u00ADple.org/'],
    ['a right-to-left override', 'https://example.org/\u202Egro.live'],
    ['a left-to-right mark', 'https://\u200Eexample.org/'],
    ['a word joiner', 'mailto:desk@exa\u2060mple.org'],
    ['a no-break space', 'https://example.org/\u00A0x'],
    ['a Hangul filler', 'https://example.org/\u3164'],
    ['a user name before the host', 'https://www.un.org@evil.example/'],
    ['a user and password', 'https://user:pw@example.org/'],
  ])('does not link an address with %s', (_what, url) => {
    expect(safeLinkTarget(url)).toBeUndefined();
  });

  it('reveals each invisible character as ‹U+XXXX› and leaves visible text alone', () => {
    expect(revealInvisible('https://exa\u200Bmple.org/\u202E')).toBe('https://exa‹U+200B›mple.org/‹U+202E›');
    expect(revealInvisible('https://www.unodc.org/é')).toBe('https://www.unodc.org/é');
  });

  it('names the host a link goes to when its spelling differs from what is printed', () => {
    expect(hiddenLinkHost('https://exämple.org/x')).toBe('xn--exmple-cua.org');
    expect(hiddenLinkHost('https://WWW.Example.org/x')).toBeUndefined();
    expect(hiddenLinkHost('https://www.unodc.org/')).toBeUndefined();
    expect(hiddenLinkHost('https://аpple.com/')).toBe('xn--pple-43d.com'); // Cyrillic а
    expect(hiddenLinkHost('mailto:desk@exämple.org')).toBe('xn--exmple-cua.org');
    expect(hiddenLinkHost('mailto:desk@example.org')).toBeUndefined();
  });
});

describe('foldToOneLine (issue 10, item 9)', () => {
  it('turns every kind of line break, with the spaces around it, into one space', () => {
    expect(foldToOneLine('OFFICIAL\nSECRET')).toBe('OFFICIAL SECRET');
    expect(foldToOneLine('  A \r\n\r\n B\rC\u2028D\u2029E\u0085F\vG\fH  ')).toBe('A B C D E F G H');
    expect(foldToOneLine('RESTRICTED  x')).toBe('RESTRICTED  x');
  });
});
