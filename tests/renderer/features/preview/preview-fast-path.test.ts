import { describe, expect, it, vi } from 'vitest';
import { buildBriefingDocument } from '../../../../src/shared/document/build';
import type { Pack } from '../../../../src/shared/pack/schema';
import { createBuildHandler } from '../../../../src/renderer/src/features/preview/preview-builder';
import { fastPath, provisionalDocument } from '../../../../src/renderer/src/features/preview/preview-fast-path';
import { decodeDocument } from '../../../../src/renderer/src/features/preview/preview-protocol';
import { NEW_YORK_VIENNA, builtinCatalogue, defaultPack } from '../../components/fixtures';

const catalogue = builtinCatalogue();
const pack = defaultPack(catalogue, { timeZones: NEW_YORK_VIENNA, title: 'Brief', reference: 'R/1' });
const briefed = (summary: string, base: Pack = pack): Pack => ({
  ...base,
  topicBriefs: { 'international-cooperation': { summary, pointsToMake: ['A point'], background: 'Inside.' } },
});

describe('fastPath', () => {
  it('rebuilds only the topic briefs for a brief, only the front matter for the details, nothing quick otherwise', () => {
    expect(fastPath(pack, briefed('New.'))?.sections).toEqual(['topicBriefs']);
    expect(fastPath(pack, { ...pack, title: 'Other', marking: 'SECRET', reference: 'R/2' })?.sections).toEqual([]);
    expect(fastPath(pack, { ...briefed('New.'), title: 'Other' })?.sections).toEqual(['topicBriefs']);
    expect(fastPath(pack, { ...pack, seminarIds: pack.seminarIds.slice(1) })).toBeNull();
    expect(fastPath(pack, { ...pack, language: 'fr' })).toBeNull();
    expect(fastPath(pack, { ...pack, sections: { ...pack.sections, agenda: false } })).toBeNull();
    expect(fastPath(pack, { ...pack, bioOverrides: { someone: { en: 'Bio.' } } })).toBeNull();
  });

  it('switches off every section but those rebuilt, keeping the cover and contents as the pack has them', () => {
    const path = fastPath(pack, briefed('New.'))!;
    expect(path.partialPack.sections).toEqual({
      ...Object.fromEntries(Object.keys(pack.sections).map((id) => [id, false])),
      cover: pack.sections.cover,
      contents: pack.sections.contents,
      topicBriefs: true,
    });
    const off = { ...pack, sections: { ...pack.sections, topicBriefs: false } };
    expect(fastPath(off, briefed('New.', off))?.sections).toEqual([]);
  });

  it('gives the same document as a full build for a brief and for the details', () => {
    const before = buildBriefingDocument(briefed('Old.'), catalogue);
    for (const after of [briefed('New summary.'), { ...briefed('Old.'), title: 'New title', marking: 'SECRET' }]) {
      const path = fastPath(briefed('Old.'), after)!;
      const provisional = provisionalDocument(before, buildBriefingDocument(path.partialPack, catalogue), path);
      expect(provisional).toEqual(buildBriefingDocument(after, catalogue));
      expect(provisional.sections.find((section) => section.id === 'agenda')).toBe(
        before.sections.find((section) => section.id === 'agenda'),
      );
    }
  });
});

describe('createBuildHandler', () => {
  it('answers a brief edit with a provisional document from a partial build, then the full document', () => {
    const build = vi.fn(buildBriefingDocument);
    const handle = createBuildHandler(build);
    const replies: ReturnType<typeof decodeDocument>[] = [];
    const flags: boolean[] = [];
    let previous: ReturnType<typeof decodeDocument> | null = null;
    const reply = (message: Parameters<Parameters<typeof handle>[1]>[0]) => {
      if (message.type !== 'built') throw new Error(message.message);
      previous = decodeDocument(structuredClone(message.document), previous);
      replies.push(previous);
      flags.push(message.provisional === true);
    };
    handle({ type: 'catalogue', catalogueKey: 1, catalogue }, reply);
    handle({ type: 'build', seq: 1, catalogueKey: 1, pack: briefed('Old.') }, reply);
    handle({ type: 'build', seq: 2, catalogueKey: 1, pack: briefed('New.') }, reply);
    expect(flags).toEqual([false, true, false]);
    expect(build.mock.calls.map(([built]) => built.sections.agenda)).toEqual([true, false, true]);
    expect(replies[1]).toEqual(buildBriefingDocument(briefed('New.'), catalogue));
    expect(replies[2]).toEqual(replies[1]);
  });
});
