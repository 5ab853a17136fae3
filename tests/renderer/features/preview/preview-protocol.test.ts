import { describe, expect, it } from 'vitest';
import { buildBriefingDocument } from '../../../../src/shared/document/build';
import {
  type EncodedDocument,
  decodeDocument,
  encodeDocument,
} from '../../../../src/renderer/src/features/preview/preview-protocol';
import { NEW_YORK_VIENNA, builtinCatalogue, defaultPack } from '../../components/fixtures';

const catalogue = builtinCatalogue();
const pack = defaultPack(catalogue, { timeZones: NEW_YORK_VIENNA });
const withBrief = (summary: string) => ({
  ...pack,
  topicBriefs: { 'international-cooperation': { summary, pointsToMake: [], background: '' } },
});

describe('encodeDocument / decodeDocument', () => {
  it('sends a first document whole and gets the same document back', () => {
    const document = buildBriefingDocument(pack, catalogue);
    const { encoded } = encodeDocument(document, null);
    expect(encoded.sections.flatMap((section) => section.blocks).some((block) => typeof block === 'number')).toBe(
      false,
    );
    expect(decodeDocument(structuredClone(encoded), null)).toEqual(document);
  });

  it('sends only the blocks an edit changed, and the page keeps the others (and whole sections) as they were', () => {
    const first = encodeDocument(buildBriefingDocument(withBrief('First summary.'), catalogue), null);
    const shown = decodeDocument(structuredClone(first.encoded), null);
    const nextDocument = buildBriefingDocument(withBrief('Second summary.'), catalogue);
    const second = encodeDocument(nextDocument, first.memory);
    const sent = second.encoded.sections.flatMap((section) => section.blocks).filter((b) => typeof b !== 'number');
    expect(sent).toEqual([{ kind: 'paragraph', runs: [{ text: 'Second summary.' }] }]);

    const decoded = decodeDocument(structuredClone(second.encoded), shown);
    expect(decoded).toEqual(nextDocument);
    const briefs = (document: typeof decoded) => document.sections.find((section) => section.id === 'topicBriefs')!;
    expect(briefs(decoded)).not.toBe(briefs(shown));
    // Every unchanged block is the very object shown before.
    const changed = briefs(decoded).blocks.filter((block, index) => block !== briefs(shown).blocks[index]);
    expect(changed).toEqual([{ kind: 'paragraph', runs: [{ text: 'Second summary.' }] }]);
    for (const id of ['agenda', 'speakers'] as const) {
      expect(decoded.sections.find((section) => section.id === id)).toBe(
        shown.sections.find((section) => section.id === id),
      );
    }
  });

  it('refuses an update that refers to blocks it never sent', () => {
    const encoded: EncodedDocument = {
      ...buildBriefingDocument(pack, catalogue),
      sections: [{ id: 'agenda', blocks: [3] }],
    };
    expect(() => decodeDocument(encoded, null)).toThrow(/block 3 of "agenda"/);
  });
});
