import {
  cleanDocumentText,
  foldToOneLine,
  hiddenLinkHost,
  revealInvisible,
  safeLinkTarget,
  stripXmlForbidden,
} from '../text/sanitize';
import type { ParagraphBlock, TextRun } from './model';

/** User or catalogue text made safe for the model: forbidden code points removed, outer whitespace trimmed. */
export function clean(text: string | undefined): string {
  return text === undefined ? '' : cleanDocumentText(text).trim();
}

/** Text printed on one line wherever it appears (the marking, the page furniture): line breaks become spaces. */
export function cleanOneLine(text: string | undefined): string {
  return foldToOneLine(clean(text));
}

/** The first argument that is not blank after cleaning, so that no heading or label is ever printed empty. */
export function firstNonBlank(...candidates: (string | undefined)[]): string {
  for (const candidate of candidates) {
    const cleaned = clean(candidate);
    if (cleaned !== '') return cleaned;
  }
  return '';
}

/**
 * Splits long text into paragraphs on blank lines. Single line breaks inside a
 * paragraph become spaces: the model has no line-break run, and text pasted from
 * e-mail or PDF is usually hard-wrapped rather than deliberately broken.
 */
export function splitParagraphs(text: string | undefined): string[] {
  return clean(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

export function paragraph(text: string, tone?: ParagraphBlock['tone']): ParagraphBlock {
  return tone ? { kind: 'paragraph', runs: [{ text }], tone } : { kind: 'paragraph', runs: [{ text }] };
}

/**
 * A titled URL as runs. The address is always printed (a paper copy cannot
 * follow a link), with any invisible character shown as ‹U+200B›; it is a live
 * link only when safeLinkTarget accepts it, and followed by "(= host)" when the
 * host it goes to is spelt differently from what the address shows.
 */
export function linkedTitleRuns(title: string, url: string | undefined): TextRun[] {
  const address = revealInvisible(stripXmlForbidden(url ?? '').trim());
  if (address === '') return [{ text: title }];
  const target = safeLinkTarget(url);
  const addressRun: TextRun = target ? { text: address, link: target } : { text: address };
  const host = target ? hiddenLinkHost(target) : undefined;
  const runs: TextRun[] = title === '' ? [addressRun] : [{ text: `${title} \u2014 ` }, addressRun];
  if (host !== undefined) runs.push({ text: ` (= ${host})` });
  return runs;
}

/**
 * Hands out document anchors: ids reduced to characters every writer accepts
 * in a bookmark name, and made unique with a numeric suffix when they collide.
 */
export class AnchorRegistry {
  private readonly used = new Set<string>();

  /** Claims fixed anchors (section openers) up front so no generated one can take them. */
  reserve(...anchors: string[]): void {
    for (const anchor of anchors) this.used.add(anchor);
  }

  claim(prefix: string, id: string): string {
    const slug = id
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '');
    const base = slug === '' ? prefix : `${prefix}-${slug}`;
    let anchor = base;
    for (let suffix = 2; this.used.has(anchor); suffix++) anchor = `${base}-${suffix}`;
    this.used.add(anchor);
    return anchor;
  }
}

/**
 * Applies cleanDocumentText to every string in a value. The builder cleans each
 * input as it reads it; this last pass keeps the model's promise ("no forbidden
 * code points anywhere") even for strings a future edit forgets to clean.
 */
export function stripForbiddenEverywhere<T>(value: T): T {
  if (typeof value === 'string') return cleanDocumentText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => stripForbiddenEverywhere(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, stripForbiddenEverywhere(item as unknown)]),
    ) as T;
  }
  return value;
}
