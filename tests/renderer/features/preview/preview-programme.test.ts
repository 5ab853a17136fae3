import { describe, expect, it } from 'vitest';
import { createInlineBuilder } from '../../../../src/renderer/src/features/preview/preview-builder';
import { previewModel } from '../../../../src/renderer/src/features/preview/previewModel';
import { buildProgrammeDocument } from '../../../../src/shared/document/programme';
import { withDocumentKind } from '../../../../src/shared/pack';
import { builtinCatalogue, defaultPack } from '../../components/fixtures';

const catalogue = builtinCatalogue();

describe('the preview of a programme', () => {
  it('shows the programme the export prints, on the booklet’s A5 page, and follows a title edit exactly', () => {
    const build = createInlineBuilder();
    const briefing = defaultPack(catalogue, { seminarIds: ['seminar-2020-07-09'] });
    const programme = { ...withDocumentKind(briefing, 'programme'), paper: 'a5-booklet' as const };
    expect(build(programme, catalogue)).toEqual(buildProgrammeDocument(programme, catalogue));
    expect(previewModel(build(programme, catalogue)).paper).toBe('a5');
    // Without the title page the title heads the agenda: a title edit reaches it (fast path or not).
    const untitled = { ...programme, sections: { ...programme.sections, cover: false } };
    build(untitled, catalogue);
    const retitled = build({ ...untitled, title: 'Programme francophone' }, catalogue);
    expect(retitled.sections[0]?.blocks[0]).toMatchObject({ kind: 'heading', text: 'Programme francophone' });
  });
});
