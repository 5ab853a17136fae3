import { type BuildContext, firstSessionTitle, heading, sectionHeading, topicLabel } from '../context';
import type { Block, ParagraphBlock } from '../model';
import { clean, paragraph, splitParagraphs } from '../text';

export function buildTopicBriefs(context: BuildContext): Block[] {
  const { label, pack } = context;
  const blocks: Block[] = [sectionHeading(context, 'topicBriefs', 'topicBriefs')];
  if (context.topicsInScope.length === 0) blocks.push(...context.gap('noSessionsForChosenTopics'));
  for (const topic of context.topicsInScope) {
    const brief = Object.hasOwn(pack.topicBriefs, topic.id) ? pack.topicBriefs[topic.id] : undefined;
    const summary = splitParagraphs(brief?.summary);
    const points = (brief?.pointsToMake ?? []).map((point) => clean(point)).filter((point) => point !== '');
    // Read only for the internal edition, so an external model cannot carry it by accident.
    const background = context.options.edition === 'external' ? [] : splitParagraphs(brief?.background);
    const empty = summary.length === 0 && points.length === 0 && background.length === 0;
    // A topic with nothing written is left out, unless the draft is to show the gap.
    if (empty && !context.options.showGaps) continue;
    const anchor = context.anchors.claim('brief', topic.id);
    blocks.push(heading(2, topicLabel(context, topic.id, firstSessionTitle(context, topic.id)), anchor));

    if (summary.length > 0) {
      blocks.push(heading(3, label('summary'), context.anchors.claim(anchor, 'summary')));
      blocks.push(...summary.map((text) => paragraph(text)));
    }
    if (points.length > 0) {
      blocks.push(heading(3, label('pointsToMake'), context.anchors.claim(anchor, 'points')));
      blocks.push({ kind: 'list', ordered: false, items: points.map((point) => [{ text: point }]) });
    }
    if (background.length > 0) {
      blocks.push({
        kind: 'notice',
        title: label('backgroundNotForDisclosure'),
        blocks: background.map((text): ParagraphBlock => paragraph(text)),
      });
    }
    if (empty) blocks.push(...context.gap('noBriefWritten'));
  }
  return blocks;
}
