/**
 * A keep group's lead is measured only when the layout needs its height
 * (pdfmake-deferred-measure.ts): never for a group that starts a page or fits
 * where it is, once for a group that must be checked against the page's foot.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdfDefinition } from '../../../../../../src/main/services/export/writers/pdf/document';
import { trackLayout } from '../../../../../../src/main/services/export/writers/pdf/pdfmake-layout';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');
const words = (count: number, seed: string): string => Array.from({ length: count }, (_, i) => `${seed}${i}`).join(' ');

interface Leaf {
  text: string;
  _inlines?: unknown[];
}

/** A keep group as keep-with-next.ts builds it: a lead to measure, the content to place. */
function group(heading: string, body: string) {
  const leadText: Leaf = { text: heading };
  const node = {
    stack: [
      { stack: [leadText, { text: body.slice(0, 160) }], measureWhenNeeded: true },
      { stack: [{ text: heading, fontSize: 14 }, { text: body }] },
    ],
    keepGroup: { tryWhole: true },
  };
  return { node, leadText };
}

describe('measureWhenNeeded', () => {
  it('leaves the lead of a group at the top of a page unmeasured, and measures one the layout must check', async () => {
    const first = group('First group', words(100, 'a'));
    const second = group('Second group', words(900, 'b'));
    const content: object[] = [first.node, { text: words(500, 'filler') }, second.node];
    const stats = trackLayout(content);
    await renderPdfDefinition({ content, defaultStyle: { font: 'NotoSans' } }, fontsDir);
    expect(first.leadText._inlines).toBeUndefined();
    expect(second.leadText._inlines).toBeDefined();
    expect(stats.placedCharacters).toBe(
      [first, second].reduce((sum, { node }) => sum + textOf(node.stack[1]!).length, 0) +
        words(500, 'filler').replace(/\s/g, '').length,
    );
  });
});

function textOf(node: { stack?: { text?: string }[] }): string {
  return (node.stack ?? [])
    .map((leaf) => leaf.text ?? '')
    .join('')
    .replace(/\s/g, '');
}
