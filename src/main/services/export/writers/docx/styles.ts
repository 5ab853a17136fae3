/** Named paragraph styles, the document defaults and list numbering. */
import { AlignmentType, BorderStyle, type IParagraphStyleOptions, LevelFormat, LineRuleType } from 'docx';
import { BULLETS, FONT, FONT_ARABIC, FONT_CHINESE, INK, MUTED, NOTICE_INK, NUMBERS, UN_BLUE } from './typography';

/** A font per script: Word and LibreOffice pick one by the character (Latin, Greek, Cyrillic; Chinese; Arabic). */
const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT_CHINESE, cs: FONT_ARABIC };

function paragraphStyles(): IParagraphStyleOptions[] {
  return [
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      basedOn: 'Heading1',
      next: 'Normal',
      uiPriority: 39,
      unhideWhenUsed: true,
      quickFormat: true,
      paragraph: { outlineLevel: 9, spacing: { before: 0, after: 240 } },
    },
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      unhideWhenUsed: true,
      run: { bold: true, size: 21 },
      // pdfmake sets its contents as a table: 2 pt of cell padding above and below each entry.
      paragraph: { spacing: { before: 220, after: 0 } },
    },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      unhideWhenUsed: true,
      run: { size: 20 },
      paragraph: { indent: { left: 320 }, spacing: { before: 120, after: 0 } },
    },
    {
      id: 'Muted',
      name: 'Muted',
      basedOn: 'Normal',
      quickFormat: true,
      run: { color: MUTED },
    },
    {
      id: 'Small',
      name: 'Small',
      basedOn: 'Normal',
      quickFormat: true,
      run: { color: MUTED, size: 17 },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: 19 },
      paragraph: { spacing: { before: 0, after: 0, line: 288, lineRule: LineRuleType.AUTO } },
    },
    {
      id: 'TableHeading',
      name: 'Table Heading',
      basedOn: 'TableText',
      run: { bold: true, color: UN_BLUE, size: 18 },
      paragraph: { keepNext: true },
    },
    {
      id: 'FieldLabel',
      name: 'Field Label',
      basedOn: 'Normal',
      run: { bold: true, color: MUTED },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    {
      id: 'FieldValue',
      name: 'Field Value',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    {
      id: 'NoticeTitle',
      name: 'Notice Title',
      basedOn: 'Normal',
      run: { bold: true, color: NOTICE_INK },
      paragraph: { keepNext: true, spacing: { before: 0, after: 80 } },
    },
    {
      id: 'CoverMarking',
      name: 'Cover Marking',
      basedOn: 'Normal',
      run: { bold: true, size: 44, color: INK },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 1400 },
        indent: { left: 1800, right: 1800 },
        border: {
          top: { style: BorderStyle.SINGLE, size: 12, color: INK, space: 6 },
          bottom: { style: BorderStyle.SINGLE, size: 12, color: INK, space: 6 },
          left: { style: BorderStyle.SINGLE, size: 12, color: INK, space: 6 },
          right: { style: BorderStyle.SINGLE, size: 12, color: INK, space: 6 },
        },
      },
    },
    {
      id: 'CoverEdition',
      name: 'Cover Edition',
      basedOn: 'Normal',
      run: { italics: true, size: 26, color: MUTED },
      paragraph: { spacing: { before: 120, after: 240 } },
    },
    {
      id: 'CoverHeading',
      name: 'Cover Heading',
      basedOn: 'Normal',
      run: { bold: true, size: 22, color: UN_BLUE },
      paragraph: { keepNext: true, spacing: { before: 360, after: 120 } },
    },
    {
      id: 'Furniture',
      name: 'Page Furniture',
      basedOn: 'Normal',
      run: { size: 16, color: MUTED },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  ];
}

/**
 * The `styles` option of docx's Document: defaults, Title, Heading 1–3 and the
 * named styles. Each script has its font (Word and LibreOffice pick it by the
 * character: Latin, Greek and Cyrillic in `ascii`/`hAnsi`, Chinese in `eastAsia`,
 * Arabic in `cs`) and its language; an Arabic document's paragraphs are right to
 * left by default.
 */
export function documentStyles(language: string, direction: 'ltr' | 'rtl' = 'ltr') {
  return {
    default: {
      document: {
        run: {
          font: FONTS,
          size: 20,
          color: INK,
          language: {
            value: language,
            eastAsia: language.startsWith('zh') ? language : 'zh-CN',
            bidirectional: language.startsWith('ar') ? language : 'ar',
          },
        },
        paragraph: {
          spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO },
          ...(direction === 'rtl' ? { bidirectional: true } : {}),
        },
      },
      title: {
        run: { font: FONTS, size: 52, bold: true, color: UN_BLUE },
        paragraph: { spacing: { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font: FONTS, size: 36, bold: true, color: UN_BLUE },
        paragraph: {
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
          spacing: { before: 0, after: 240, line: 264, lineRule: LineRuleType.AUTO },
        },
      },
      heading2: {
        run: { font: FONTS, size: 27, bold: true, color: UN_BLUE },
        paragraph: {
          keepNext: true,
          keepLines: true,
          outlineLevel: 1,
          spacing: { before: 280, after: 120, line: 276, lineRule: LineRuleType.AUTO },
        },
      },
      heading3: {
        run: { font: FONTS, size: 22, bold: true, color: INK },
        paragraph: {
          keepNext: true,
          keepLines: true,
          outlineLevel: 2,
          spacing: { before: 200, after: 80, line: 276, lineRule: LineRuleType.AUTO },
        },
      },
    },
    paragraphStyles: paragraphStyles(),
  };
}

/** The `numbering` option: one bullet and one decimal list, restarted per list by instance. */
export function numberingConfig() {
  return {
    config: [
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: {
              paragraph: { indent: { left: 400, hanging: 260 } },
              run: { color: UN_BLUE },
            },
          },
        ],
      },
      {
        reference: NUMBERS,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 400, hanging: 320 } } },
          },
        ],
      },
    ],
  };
}
