/** Model text → docx runs. */
import { ExternalHyperlink, type ParagraphChild } from 'docx';
import type { TextRun as ModelRun } from '../../../../../shared/document/model';
import { safeLinkTarget, stripXmlForbidden } from '../../../../../shared/text/sanitize';
import { ARABIC_RUN, CJK_RUN } from '../../../../../shared/text/scripts';
import { preparedRun } from './prepared';

export const clean = (text: string): string => stripXmlForbidden(text);

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  style?: string;
}

interface ScriptPart {
  text: string;
  /** Arabic: a right-to-left run (w:rtl) in Arabic (w:lang w:bidi). */
  arabic?: true;
  /** Chinese: w:lang w:eastAsia (Word sets it in the East Asian font, Noto Sans SC). */
  chinese?: true;
}

/**
 * A line of text in parts by script: Word and LibreOffice choose each part's
 * font from the run's fonts (ascii, hAnsi, eastAsia, cs) and order it by the
 * bidi algorithm themselves, when Arabic runs are marked right to left.
 */
function scriptParts(line: string): ScriptPart[] {
  const marks: { start: number; end: number; part: Omit<ScriptPart, 'text'> }[] = [];
  for (const match of line.matchAll(ARABIC_RUN))
    marks.push({ start: match.index, end: match.index + match[0].length, part: { arabic: true } });
  for (const match of line.matchAll(CJK_RUN))
    marks.push({ start: match.index, end: match.index + match[0].length, part: { chinese: true } });
  if (marks.length === 0) return [{ text: line }];
  marks.sort((a, b) => a.start - b.start);
  const parts: ScriptPart[] = [];
  let at = 0;
  for (const { start, end, part } of marks) {
    if (start < at) continue;
    if (start > at) parts.push({ text: line.slice(at, start) });
    parts.push({ text: line.slice(start, end), ...part });
    at = end;
  }
  if (at < line.length) parts.push({ text: line.slice(at) });
  return parts;
}

const ARABIC_RUN_PROPERTIES = { rightToLeft: true, language: { bidirectional: 'ar' } } as const;
const CHINESE_RUN_PROPERTIES = { language: { eastAsia: 'zh-CN' } } as const;

/** One model string → docx runs, turning line breaks into real breaks, a run per script. */
export function textRuns(text: string, format: RunFormat = {}): ParagraphChild[] {
  return clean(text)
    .split(/\r\n|\r|\n/)
    .flatMap((line, i) =>
      scriptParts(line).map((part, j) =>
        preparedRun({
          text: part.text,
          ...format,
          ...(part.arabic ? ARABIC_RUN_PROPERTIES : part.chinese ? CHINESE_RUN_PROPERTIES : {}),
          ...(i > 0 && j === 0 ? { break: 1 } : {}),
        }),
      ),
    );
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
