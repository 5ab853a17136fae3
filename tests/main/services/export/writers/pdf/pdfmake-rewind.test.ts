/**
 * A rewind puts back what pdfmake's layout takes or moves in a measured group
 * (pdfmake-rewind.ts): the words of every text, a word it cut in two, the
 * bullets of a list, and widow control's look-ahead, in stacks, lists, tables.
 */
import { describe, expect, it } from 'vitest';
import type { LayoutNode } from '../../../../../../src/main/services/export/writers/pdf/pdfmake-internals';
import { rewindPoint } from '../../../../../../src/main/services/export/writers/pdf/pdfmake-rewind';

const word = (text: string) => ({ text, width: text.length * 5, font: { name: 'F' } });
const text = (...texts: string[]) => ({ text: texts.join(' '), _inlines: texts.map(word) });

function measuredGroup(): LayoutNode {
  return {
    stack: [
      text('Heading'),
      {
        ul: [{ ...text('first', 'point'), listMarker: { canvas: [{ type: 'ellipse', x: 2, y: 5, r1: 2, r2: 2 }] } }],
      },
      {
        ol: [{ ...text('numbered'), listMarker: { ...text('1.') } }],
      },
      { table: { body: [[text('cell', 'one'), { stack: [text('nested')] }]] } },
      {
        canvas: [
          {
            type: 'polyline',
            points: [
              { x: 0, y: 0 },
              { x: 10, y: 0 },
            ],
          },
        ],
      },
    ],
  };
}

/** What pdfmake's layout does to a group: takes words, cuts one, moves shapes, leaves widow state. */
function layOut(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const words = record['_inlines'] as { text: string; width: number }[] | undefined;
  if (words?.length) {
    words[0]!.text = words[0]!.text.slice(0, 1);
    words[0]!.width = 5;
    words.splice(0, words.length);
    record['_lineAhead'] = null;
    record['_linesPlaced'] = 3;
  }
  for (const vector of (record['canvas'] as Record<string, unknown>[] | undefined) ?? []) {
    if (typeof vector['x'] === 'number') vector['x'] = (vector['x'] as number) - 14;
    for (const point of (vector['points'] as { x: number }[] | undefined) ?? []) point.x += 40;
  }
  for (const value of Object.values(record)) {
    if (Array.isArray(value)) value.flat().forEach(layOut);
    else if (value && typeof value === 'object' && !('name' in value)) layOut(value);
  }
}

describe('rewindPoint', () => {
  it('puts a laid-out group back as it was measured', () => {
    const group = measuredGroup();
    const rewind = rewindPoint(group);
    layOut(group);
    expect(group).not.toEqual(measuredGroup());
    rewind();
    expect(group).toEqual(measuredGroup());
  });

  it('can rewind twice, and keeps the words themselves (their measured fonts and widths)', () => {
    const group = measuredGroup();
    const first = (group.stack![0] as { _inlines: object[] })._inlines[0];
    const rewind = rewindPoint(group);
    layOut(group);
    rewind();
    layOut(group);
    rewind();
    expect(group).toEqual(measuredGroup());
    expect((group.stack![0] as { _inlines: object[] })._inlines[0]).toBe(first);
  });
});
