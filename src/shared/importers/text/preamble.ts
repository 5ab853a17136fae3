import type { FurtherReading, Series } from '../../catalogue/schema';
import { type CatalogueBuilder, LIMITS, type SourceLine } from '../builder';
import { isFurtherReadingsHeading, matchBullet } from './labels';
import { truncate } from './text';

/**
 * The text before the first seminar: the series' title, summary paragraphs,
 * focus list and further readings (which may also come inside a seminar).
 */
export class PreambleReader {
  title: string | undefined;
  private expectingSubtitle = false;
  private paragraph: SourceLine[] = [];
  private readonly summaryParagraphs: string[] = [];
  private summaryLength = 0;
  private readonly focus: string[] = [];
  /** Summary paragraphs read before the first focus item: where the list stands in the programme. */
  private focusAfterParagraph: number | undefined;
  private readonly readings: FurtherReading[] = [];

  constructor(private readonly builder: CatalogueBuilder) {}

  readTitle(line: SourceLine): void {
    this.title = this.builder.limit(line, line.text, LIMITS.shortText, 'series title');
    this.expectingSubtitle = true;
  }

  /** Returns 'readings' when the line opens the further readings. */
  readLine(line: SourceLine): 'readings' | undefined {
    const expectingSubtitle = this.expectingSubtitle;
    this.expectingSubtitle = false;
    if (isFurtherReadingsHeading(line.text)) {
      this.closeParagraph();
      return 'readings';
    }
    const bullet = matchBullet(line.text);
    if (bullet !== null) {
      this.closeParagraph();
      this.addFocusItem(line, bullet);
      return undefined;
    }
    if (expectingSubtitle && looksLikeLabelNotSentence(line.text)) {
      this.builder.warn(line, 'short line right after the title (a file name or subtitle?); not placed');
      return undefined;
    }
    this.paragraph.push(line);
    return undefined;
  }

  closeParagraph(): void {
    const first = this.paragraph[0];
    if (!first) return;
    // Hard-wrapped lines of one paragraph are rejoined with a space.
    const text = this.paragraph.map((line) => line.text).join(' ');
    this.paragraph = [];
    const separator = this.summaryParagraphs.length > 0 ? 2 : 0;
    const room = LIMITS.longText - this.summaryLength - separator;
    if (room <= 0) {
      this.builder.warn(first, 'the series summary is full (100,000 characters); paragraph not placed');
      return;
    }
    const kept = truncate(text, room);
    if (kept.length < text.length)
      this.builder.warn(first, 'the series summary is full (100,000 characters); paragraph cut');
    this.summaryParagraphs.push(kept);
    this.summaryLength += separator + kept.length;
  }

  private addFocusItem(line: SourceLine, item: string): void {
    if (item === '') this.builder.warn(line, 'empty bullet; not placed');
    else if (this.focus.length >= LIMITS.focusItems)
      this.builder.warn(line, `more than ${LIMITS.focusItems} focus items; not placed`);
    else {
      this.focusAfterParagraph ??= this.summaryParagraphs.length;
      this.focus.push(this.builder.limit(line, item, LIMITS.shortText, 'focus item'));
    }
  }

  readReading(line: SourceLine): void {
    const item = matchBullet(line.text) ?? line.text;
    if (item === '') {
      this.builder.warn(line, 'empty further reading; not placed');
      return;
    }
    if (this.readings.length >= LIMITS.readings) {
      this.builder.warn(line, `more than ${LIMITS.readings} further readings; not placed`);
      return;
    }
    const { title, url } = splitReading(item);
    const reading: FurtherReading = { title: this.builder.limit(line, title, LIMITS.shortText, 'reading title') };
    if (url !== undefined) {
      if (url.length <= LIMITS.url) reading.url = url;
      else this.builder.warn(line, `link longer than ${LIMITS.url} characters; the reading is kept without it`);
    }
    this.readings.push(reading);
  }

  series(id: string): Series {
    return {
      id,
      title: this.title ?? 'Untitled programme',
      summary: this.summaryParagraphs.join('\n\n'),
      focus: this.focus,
      ...(this.focusAfterParagraph !== undefined ? { focusAfterParagraph: this.focusAfterParagraph } : {}),
      furtherReadings: this.readings,
    };
  }
}

/** A short line that is not a sentence: a file name, a subtitle, a stray label. */
function looksLikeLabelNotSentence(text: string): boolean {
  return text.length <= 80 && text.split(' ').length <= 8 && !/[.!?:;…]$/u.test(text);
}

/** "Title – https://…", "Title https://…", "https://… Title" or a bare title. */
function splitReading(item: string): { title: string; url?: string } {
  const words = item.split(' ');
  const isUrl = (word: string | undefined) => word !== undefined && /^[(<]?https?:\/\/\S+$/iu.test(word);
  const stripUrl = (word: string) => word.replace(/^[(<]/, '').replace(/[)>]?[.,;]?$/, '');
  const separators = /^[\s\-–—:|]+|[\s\-–—:|]+$/gu;
  const last = words[words.length - 1];
  if (isUrl(last)) {
    const url = stripUrl(last ?? '');
    const title = words.slice(0, -1).join(' ').replace(separators, '');
    return { title: title === '' ? url : title, url };
  }
  const first = words[0];
  if (isUrl(first) && words.length > 1) {
    const title = words.slice(1).join(' ').replace(separators, '');
    const url = stripUrl(first ?? '');
    return { title: title === '' ? url : title, url };
  }
  return { title: item };
}
