/**
 * How a preview document travels from the builder (a worker) to the page
 * without copying what did not change: each block the previous document
 * already had is sent as its index there, and the page puts the previous
 * block object back. Unchanged blocks (and sections) thus keep their identity,
 * so the preview re-renders only what an edit changed.
 */
import type { Catalogue } from '../../../../shared/catalogue/schema';
import type { Block, BriefingDocument, DocumentSection } from '../../../../shared/document/model';
import type { Pack } from '../../../../shared/pack/schema';

/** A block, or the index of the identical block in the same section of the previous document. */
export type EncodedBlock = Block | number;

export interface EncodedSection {
  id: DocumentSection['id'];
  blocks: EncodedBlock[];
}

export type EncodedDocument = Omit<BriefingDocument, 'sections'> & { sections: EncodedSection[] };

/** What the encoder remembers of the previous document: each section's blocks as JSON, and where each first was. */
export type EncoderMemory = Map<DocumentSection['id'], { json: string[]; first: Map<string, number> }>;

export type ToBuilder =
  | { type: 'catalogue'; catalogueKey: number; catalogue: Catalogue }
  | { type: 'build'; seq: number; catalogueKey: number; pack: Pack };

export type FromBuilder =
  /** `provisional`: a quick first answer (see preview-fast-path); the full document follows for the same seq. */
  | { type: 'built'; seq: number; document: EncodedDocument; provisional?: boolean }
  | { type: 'failed'; seq: number; message: string };

export function encodeDocument(
  document: BriefingDocument,
  memory: EncoderMemory | null,
): { encoded: EncodedDocument; memory: EncoderMemory } {
  const next: EncoderMemory = new Map();
  const sections = document.sections.map((section): EncodedSection => {
    const before = memory?.get(section.id);
    const json = section.blocks.map((block) => JSON.stringify(block));
    const first = new Map<string, number>();
    json.forEach((text, index) => {
      if (!first.has(text)) first.set(text, index);
    });
    // The block at the same place when it is the same (repeated blocks stay in place), else the first like it.
    const blocks = section.blocks.map((block, index): EncodedBlock => {
      const text = json[index]!;
      if (before?.json[index] === text) return index;
      return before?.first.get(text) ?? block;
    });
    next.set(section.id, { json, first });
    return { id: section.id, blocks };
  });
  return { encoded: { ...document, sections }, memory: next };
}

/**
 * The document `encoded` stands for, given the previous document decoded from
 * the same builder. A section whose blocks are all the previous ones, in the
 * same order, is the previous section object itself.
 */
export function decodeDocument(encoded: EncodedDocument, previous: BriefingDocument | null): BriefingDocument {
  const sections = encoded.sections.map((section): DocumentSection => {
    const before = previous?.sections.find((candidate) => candidate.id === section.id);
    let reused = before !== undefined && before.blocks.length === section.blocks.length;
    const blocks = section.blocks.map((block, index) => {
      if (typeof block !== 'number') {
        reused = false;
        return block;
      }
      const known = before?.blocks[block];
      if (!known) throw new Error(`Preview update refers to block ${block} of "${section.id}", which it never sent.`);
      if (block !== index) reused = false;
      return known;
    });
    return reused && before ? before : { id: section.id, blocks };
  });
  return { ...encoded, sections };
}
