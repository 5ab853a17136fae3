/**
 * Export service: renders a BriefingDocument to PDF and/or DOCX fully in memory,
 * then writes each file atomically, so a failure never leaves a half-written file.
 * Errors come back as values naming the file concerned.
 */
import path from 'node:path';
import type { BriefingDocument } from '../../../shared/document/model';
import { type Result, err, ok } from '../../../shared/result';
import { describeFsError } from '../files/fs-errors';
import { writeFileAtomic } from '../files/atomic-write';
import { renderDocx } from './writers/docx/document';
import { imposeBooklet } from './writers/pdf/booklet';
import { checkExportSize } from './size-limit';
import { PDF_CREATOR, type PdfPagination, type PdfRenderResult, layoutPdf, renderPdf } from './writers/pdf/document';

export { writeFileAtomic } from '../files/atomic-write';
export { renderDocx, type DocxRenderOptions } from './writers/docx/document';
export {
  layoutPdf,
  renderPdf,
  type PdfPagination,
  type PdfRenderOptions,
  type PdfRenderResult,
} from './writers/pdf/document';

export type ExportStage = 'model' | 'pdf' | 'docx' | 'writing' | 'done';

export interface ExportProgress {
  stage: ExportStage;
  /** Overall progress, 0 to 1. */
  fraction: number;
}

export interface ExportTargets {
  pdfPath?: string;
  docxPath?: string;
}

export interface ExportOptions {
  /** Folder holding the Noto Sans faces (resources/fonts). */
  fontsDir: string;
  /** Archival PDF: PDF/A-2b (still tagged PDF/UA-1). Default: tagged PDF/UA-1. */
  pdfa?: boolean;
  onProgress?: (progress: ExportProgress) => void;
}

export interface ExportSummary {
  /** `bookletPages`: for an A5 booklet, the booklet's own pages (`pageCount` counts the imposed A4 sides). */
  pdf?: { path: string; pageCount: number; bytes: number; bookletPages?: number };
  docx?: { path: string; bytes: number };
}

export type ExportErrorCode = 'export-failed' | 'write-failed' | 'too-large';

const reason = describeFsError;

export async function exportBriefingDocument(
  doc: BriefingDocument,
  targets: ExportTargets,
  options: ExportOptions,
): Promise<Result<ExportSummary, ExportErrorCode>> {
  const progress = (stage: ExportStage, fraction: number): void => {
    try {
      options.onProgress?.({ stage, fraction });
    } catch {
      // A failing progress listener must not abort the export.
    }
  };
  const { pdfPath, docxPath } = targets;
  if (!pdfPath && !docxPath) {
    return err('export-failed', 'Nothing to export: choose a PDF file, a DOCX file or both.');
  }
  if (pdfPath && docxPath && path.resolve(pdfPath) === path.resolve(docxPath)) {
    return err('export-failed', `The PDF and the DOCX cannot both be written to "${pdfPath}".`);
  }
  // Before any layout: a document too large to lay out in reasonable time and memory is refused at once.
  const size = checkExportSize(doc);
  if (!size.ok) return size;

  let pdf: PdfRenderResult | undefined;
  let pagination: PdfPagination | undefined;
  let docx: Uint8Array | undefined;

  if (pdfPath) {
    progress('pdf', 0);
    try {
      pdf = await renderPdf(doc, { fontsDir: options.fontsDir, pdfa: options.pdfa === true });
      pagination = pdf;
    } catch (error) {
      return err('export-failed', `Could not create the PDF "${path.basename(pdfPath)}": ${reason(error)}.`);
    }
  }
  if (docxPath) {
    progress('docx', pdfPath ? 0.7 : 0);
    // The DOCX's contents carry the page numbers of the PDF's layout (both paginate alike). Without
    // the PDF, the layout is done without drawing a page; if it fails, Word fills the numbers in.
    if (!pagination && doc.contents) {
      try {
        pagination = await layoutPdf(doc, { fontsDir: options.fontsDir });
      } catch {
        pagination = undefined;
      }
    }
    try {
      docx = await renderDocx(doc, pagination ? { pagination } : {});
    } catch (error) {
      return err('export-failed', `Could not create the DOCX "${path.basename(docxPath)}": ${reason(error)}.`);
    }
  }

  // An A5 document is a booklet: its PDF is imposed two pages a side on A4, in folding order.
  let pdfBytes = pdf?.bytes;
  let bookletPages: number | undefined;
  if (pdfPath && pdf && doc.furniture.paper === 'a5') {
    try {
      pdfBytes = await imposeBooklet(pdf.bytes, {
        created: new Date(Number.isNaN(Date.parse(doc.metadata.created)) ? 0 : Date.parse(doc.metadata.created)),
        title: doc.metadata.title,
        creator: PDF_CREATOR,
      });
      bookletPages = pdf.pageCount;
    } catch (error) {
      return err('export-failed', `Could not make the booklet "${path.basename(pdfPath)}": ${reason(error)}.`);
    }
  }

  progress('writing', 0.9);
  const summary: ExportSummary = {};
  if (pdfPath && pdf && pdfBytes) {
    try {
      await writeFileAtomic(pdfPath, pdfBytes);
    } catch (error) {
      return err('write-failed', `Could not write the PDF "${pdfPath}": ${reason(error)}.`);
    }
    summary.pdf =
      bookletPages === undefined
        ? { path: pdfPath, pageCount: pdf.pageCount, bytes: pdfBytes.byteLength }
        : {
            path: pdfPath,
            pageCount: Math.max(4, Math.ceil(bookletPages / 4) * 4) / 2,
            bytes: pdfBytes.byteLength,
            bookletPages,
          };
  }
  if (docxPath && docx) {
    try {
      await writeFileAtomic(docxPath, docx);
    } catch (error) {
      const saved = summary.pdf ? ` The PDF "${summary.pdf.path}" was saved.` : '';
      return err('write-failed', `Could not write the DOCX "${docxPath}": ${reason(error)}.${saved}`);
    }
    summary.docx = { path: docxPath, bytes: docx.byteLength };
  }
  progress('done', 1);
  return ok(summary);
}
