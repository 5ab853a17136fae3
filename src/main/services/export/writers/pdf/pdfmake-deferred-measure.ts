/**
 * Nodes that pdfmake measures only when the layout needs them. A keep group's
 * `lead` (its headings and the first lines of what follows, keep-with-next.ts)
 * is laid out only to measure its height, and only for a group that does not
 * fit where it would start; for most groups it is never laid out. pdfmake
 * measures every node of the document before the layout, so leads were about a
 * third of the words it measured. A node marked `measureWhenNeeded` is skipped
 * then (no width: the group's content sets the group's), and the layout patch
 * (pdfmake-layout.ts) measures it at its first use, with the same style stack
 * (a keep group sits at the top level of the document and has no style).
 */
import DocMeasure from 'pdfmake/js/DocMeasure.js';

interface Measurable {
  measureWhenNeeded?: boolean | 'measured';
  _minWidth?: number;
  _maxWidth?: number;
}

export interface NodeMeasurer {
  measureNode(node: object): object;
}

let installed = false;

/** Installs the skip into pdfmake's DocMeasure, once per process. */
export function installDeferredMeasure(): void {
  if (installed) return;
  installed = true;
  const prototype = DocMeasure.prototype as unknown as NodeMeasurer;
  const measureNode = prototype.measureNode;
  prototype.measureNode = function measureUnlessDeferred(this: NodeMeasurer, node: object) {
    const measurable = node as Measurable;
    if (measurable.measureWhenNeeded === true) {
      measurable._minWidth = 0;
      measurable._maxWidth = 0;
      return node;
    }
    return measureNode.call(this, node);
  };
}

/** Measures a node marked `measureWhenNeeded` the first time it is needed (later calls do nothing). */
export function measureIfDeferred(measurer: NodeMeasurer, node: object): void {
  const measurable = node as Measurable;
  if (measurable.measureWhenNeeded !== true) return;
  measurable.measureWhenNeeded = 'measured';
  measurer.measureNode(node);
}
