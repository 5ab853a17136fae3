/**
 * Prepared runs and paragraphs stand for docx's own TextRun and Paragraph: for any
 * of the formats the writer uses, docx writes the same object (and so the same XML)
 * for either, and the properties they share cannot be changed through one of them.
 */
import { AlignmentType, ExternalHyperlink, HeadingLevel, type IContext, LineRuleType, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PreparedRunOptions,
  preparedParagraph,
  preparedRun,
} from '../../../../../../src/main/services/export/writers/docx/prepared';

const RUNS = process.env['CI'] ? 2_000 : 300;

const context = (): IContext => ({ stack: [] }) as unknown as IContext;
const written = (component: { prepForXml(context: IContext): unknown }): unknown => component.prepForXml(context());

const runOptions: fc.Arbitrary<PreparedRunOptions> = fc.record(
  {
    text: fc.string(),
    bold: fc.boolean(),
    italics: fc.boolean(),
    style: fc.constantFrom('Hyperlink', 'Strong'),
    rightToLeft: fc.constant(true),
    language: fc.constantFrom({ bidirectional: 'ar' }, { eastAsia: 'zh-CN' }),
    break: fc.constant(1),
  },
  { requiredKeys: ['text'] },
);

const paragraphOptions = fc.record(
  {
    style: fc.constantFrom('TableText', 'FieldLabel', 'Muted'),
    heading: fc.constantFrom(HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.TITLE),
    bidirectional: fc.boolean(),
    alignment: fc.constantFrom(AlignmentType.LEFT, AlignmentType.RIGHT),
    keepNext: fc.constant(true),
    keepLines: fc.constant(true),
    pageBreakBefore: fc.constant(true),
    spacing: fc.oneof(
      fc.record({ before: fc.nat(2000), after: fc.nat(2000) }),
      fc.record({
        before: fc.nat(2000),
        after: fc.constant(0),
        line: fc.constant(20),
        lineRule: fc.constant(LineRuleType.EXACT),
      }),
    ),
  },
  { requiredKeys: [] },
);

describe('prepared runs and paragraphs', () => {
  it('write a run as docx writes a TextRun of the same options', () => {
    fc.assert(
      fc.property(runOptions, (options) => {
        expect(written(preparedRun(options) as unknown as TextRun)).toEqual(written(new TextRun(options)));
      }),
      { numRuns: RUNS },
    );
  });

  it('write a paragraph as docx writes a Paragraph of the same options and runs', () => {
    fc.assert(
      fc.property(paragraphOptions, fc.array(runOptions, { maxLength: 4 }), (options, runs) => {
        const prepared = preparedParagraph({ ...options, children: runs.map(preparedRun) });
        const own = new Paragraph({ ...options, children: runs.map((run) => new TextRun(run)) });
        expect(written(prepared)).toEqual(written(own));
      }),
      { numRuns: RUNS },
    );
  });

  it('give each paragraph its own children, so bookmarking a heading changes no other', () => {
    const first = written(preparedParagraph({ style: 'Muted', children: [preparedRun({ text: 'a' })] })) as {
      'w:p': unknown[];
    };
    const second = written(preparedParagraph({ style: 'Muted', children: [preparedRun({ text: 'b' })] })) as {
      'w:p': unknown[];
    };
    expect(first['w:p']).not.toBe(second['w:p']);
    // The properties are shared, and frozen: a change to them throws rather than reaching the other paragraph.
    expect(first['w:p'][0]).toBe(second['w:p'][0]);
    expect(Object.isFrozen(first['w:p'][0])).toBe(true);
  });

  it('leave numbered paragraphs and paragraphs with links to docx', () => {
    const numbered = preparedParagraph({
      numbering: { reference: 'bullets', level: 0, instance: 1 },
      children: [preparedRun({ text: 'item' })],
    });
    const linked = preparedParagraph({
      children: [new ExternalHyperlink({ link: 'https://example.org', children: [preparedRun({ text: 'link' })] })],
    });
    expect(numbered).toBeInstanceOf(Paragraph);
    expect(linked).toBeInstanceOf(Paragraph);
  });
});
