/** The cover page. */
import type { CoverPage } from '../../../../../shared/document/model';
import { list, tagged } from './blocks';
import type { ContentArea } from './estimate';
import { fields } from './tables';
import type { StructTag } from './tags';
import { styledText } from './text';
import { INK, type Node, UN_BLUE } from './typography';

export function cover(page: CoverPage, area: ContentArea, section?: StructTag): Node[] {
  const nodes: Node[] = [];
  // No marking (a programme, by default): no empty box above the title.
  if (page.marking !== '')
    nodes.push({
      table: { widths: ['*'], body: [[tagged(styledText(page.marking, 'coverMarking'), 'P', section)]] },
      layout: {
        hLineWidth: () => 1.5,
        vLineWidth: () => 1.5,
        hLineColor: () => INK,
        vLineColor: () => INK,
        paddingTop: () => 6,
        paddingBottom: () => 6,
      },
      margin: [90, 0, 90, 70],
    });
  nodes.push(tagged(styledText(page.title, 'coverTitle'), 'H1', section));
  if (page.edition !== undefined && page.edition !== '') {
    nodes.push(tagged({ ...styledText(page.edition, 'coverEdition'), margin: [0, 6, 0, 0] }, 'P', section));
  }
  nodes.push({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 3, lineColor: UN_BLUE }],
    margin: [0, 16, 0, 20],
  });
  nodes.push(
    fields(
      { kind: 'fields', rows: page.fields.map((f) => ({ label: f.label, value: [{ text: f.value }] })) },
      area,
      section,
    ),
  );
  if (page.seminars.length > 0) {
    nodes.push(tagged(styledText(page.seminarsHeading, 'coverHeading'), 'H2', section));
    nodes.push(list({ kind: 'list', ordered: false, items: page.seminars.map((s) => [{ text: s }]) }, section));
  }
  return nodes;
}
