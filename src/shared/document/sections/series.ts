import { type BuildContext, heading, sectionHeading } from '../context';
import type { Block } from '../model';
import { clean, firstNonBlank, linkedTitleRuns, paragraph, splitParagraphs } from '../text';

/**
 * The series background in the programme's order. The importer keeps the
 * preamble's bullets apart from its paragraphs and records how many paragraphs
 * came first (`focusAfterParagraph`); a catalogue without that record is read
 * by the paragraph that introduces the list ("The seminars will focus on:").
 * Without either, the list follows the summary under its own heading.
 */
export function buildSeriesBackground(context: BuildContext): Block[] {
  const { label } = context;
  const blocks: Block[] = [sectionHeading(context, 'background', 'seriesBackground')];
  for (const series of context.series) {
    const summary = splitParagraphs(series.summary);
    const focus = series.focus.map((item) => clean(item)).filter((item) => item !== '');
    if (summary.length === 0 && focus.length === 0) continue;
    const anchor = context.anchors.claim('series', series.id);
    blocks.push(heading(2, firstNonBlank(series.title, series.id), anchor));
    const list: Block[] =
      focus.length === 0 ? [] : [{ kind: 'list', ordered: false, items: focus.map((item) => [{ text: item }]) }];
    const before =
      series.focusAfterParagraph !== undefined
        ? Math.min(series.focusAfterParagraph, summary.length)
        : summary.findIndex(introducesList) + 1;
    if (before > 0 || series.focusAfterParagraph !== undefined) {
      blocks.push(...summary.slice(0, before).map((text) => paragraph(text)));
      blocks.push(...list);
      blocks.push(...summary.slice(before).map((text) => paragraph(text)));
    } else {
      blocks.push(...summary.map((text) => paragraph(text)));
      if (list.length > 0) blocks.push(heading(3, label('focus'), context.anchors.claim(anchor, 'focus')), ...list);
    }
  }
  if (blocks.length === 1) blocks.push(...context.gap('noSeriesBackground'));
  return blocks;
}

/** A paragraph ending with a colon announces the list that follows it in the programme. */
function introducesList(text: string): boolean {
  return /[:\uFF1A]$/u.test(text.trimEnd());
}

export function buildReadings(context: BuildContext): Block[] {
  const blocks: Block[] = [sectionHeading(context, 'readings', 'furtherReadings')];
  // One series needs no sub-heading; several are told apart by their titles.
  const titled = context.series.length > 1;
  for (const series of context.series) {
    const items = series.furtherReadings
      .map((reading) => linkedTitleRuns(clean(reading.title), reading.url))
      .filter((runs) => runs.some((run) => run.text !== ''));
    if (items.length === 0 && !(titled && context.options.showGaps)) continue;
    if (titled)
      blocks.push(heading(2, firstNonBlank(series.title, series.id), context.anchors.claim('readings', series.id)));
    if (items.length > 0) blocks.push({ kind: 'list', ordered: false, items });
    else blocks.push(...context.gap('noFurtherReadings'));
  }
  if (blocks.length === 1) blocks.push(...context.gap('noFurtherReadings'));
  return blocks;
}
