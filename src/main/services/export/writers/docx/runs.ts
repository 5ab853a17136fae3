/** Model text → docx runs. */
import { ExternalHyperlink, type ParagraphChild } from 'docx';
import type { TextRun as ModelRun } from '../../../../../shared/document/model';
import { safeLinkTarget, stripXmlForbidden } from '../../../../../shared/text/sanitize';
import { ARABIC_CHARACTER, ARABIC_RUN, CJK_CHARACTER, CJK_RUN } from '../../../../../shared/text/scripts';
import { preparedRun } from './prepared';

/** What XML 1.0 may forbid (stripXmlForbidden): most text has none of it, and is kept as it is without a copy. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export const clean = (text: string): string => (MAYBE_FORBIDDEN.test(text) ? stripXmlForbidden(text) : text);

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
  // Each run starts with a character of its script: a line with neither (most) is one part.
  if (!ARABIC_CHARACTER.test(line) && !CJK_CHARACTER.test(line)) return [{ text: line }];
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
  const cleaned = clean(text);
  const lines = cleaned.includes('\n') || cleaned.includes('\r') ? cleaned.split(/\r\n|\r|\n/) : [cleaned];
  return lines.flatMap((line, i) =>
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
