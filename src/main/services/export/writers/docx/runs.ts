/** Model text → docx runs. */
import { ExternalHyperlink, type ParagraphChild, TextRun } from 'docx';
import type { TextRun as ModelRun } from '../../../../../shared/document/model';
import { safeLinkTarget, stripXmlForbidden } from '../../../../../shared/text/sanitize';

export const clean = (text: string): string => stripXmlForbidden(text);

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  style?: string;
}

/** One model string → docx runs, turning line breaks into real breaks. */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  return clean(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, ...format, ...(i > 0 ? { break: 1 } : {}) }));
}

export function runs(model: ModelRun[], base: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of model) {
    const format: RunFormat = { ...base };
    if (run.bold) format.bold = true;
    if (run.italic) format.italics = true;
    const link = safeLinkTarget(run.link);
    if (link !== undefined) {
      out.push(new ExternalHyperlink({ link, children: textRuns(run.text, { ...format, style: 'Hyperlink' }) }));
    } else {
      out.push(...textRuns(run.text, format));
    }
  }
  return out;
}
