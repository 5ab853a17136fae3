/**
 * Right to left in the DOCX, so Word and LibreOffice lay it out themselves: an
 * Arabic document's paragraphs are right to left by default (the document
 * defaults carry `w:bidi`), and its tables run from the right (`w:bidiVisual`).
 * A paragraph whose direction (shared/text/direction.ts, as in the PDF and the
 * preview) is not the document's says so, and keeps the side the PDF puts it on:
 * a Latin-only paragraph of an Arabic document is left to right and
 * right-aligned; an Arabic-only paragraph of another document right to left
 * and left-aligned.
 */
import { AlignmentType, type IParagraphOptions } from 'docx';
import { type Direction, paragraphDirection } from '../../../../../shared/text/direction';

export function paragraphDirectionOptions(
  text: string,
  documentDirection: Direction,
): Pick<IParagraphOptions, 'bidirectional' | 'alignment'> {
  const direction = paragraphDirection(text, documentDirection);
  if (direction === documentDirection) return {};
  return direction === 'rtl'
    ? { bidirectional: true, alignment: AlignmentType.LEFT }
    : { bidirectional: false, alignment: AlignmentType.RIGHT };
}
