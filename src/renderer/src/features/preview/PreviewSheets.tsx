import { memo, useMemo } from 'react';
import type { Block } from '../../../../shared/document/model';
import { uiDirection, useStrings, useUiLanguage } from '../../i18n';
import { BlockView, CoverView, DocumentDirection } from './PreviewBlocks';
import { type ContentsEntry, type PreviewModel, type PreviewSheet, chunkBlocks } from './previewModel';
import { PREVIEW_STRINGS } from './strings';

/**
 * The preview's sheets. Each layer is memoised on what it shows, and sections
 * are cut into chunks (see chunkBlocks) that the browser lays out only near the
 * viewport, so an edit of one topic brief in a pack of hundreds of seminars
 * re-renders and re-lays out only the chunk it changed.
 */
export const Sheets = memo(function Sheets({ model, liveBlocks }: { model: PreviewModel; liveBlocks: number }) {
  const t = useStrings(PREVIEW_STRINGS);
  const coverName = t('coverSheet');
  const count = model.sheets.length;
  const starts = useMemo(() => sectionStarts(model), [model]);
  return (
    <div className={`preview-sheets preview-paper-${model.paper}`} lang={model.languageTag} dir={model.direction}>
      <DocumentDirection.Provider value={model.direction}>
        {model.sheets.map((sheet, index) => (
          <SheetView
            key={sheet.key}
            sheet={sheet}
            label={t('sheetOf', { number: index + 1, count, name: sheetName(sheet, coverName) })}
            marking={model.marking}
            reference={model.reference}
            live={
              sheet.kind === 'section' ? Math.min(sheet.blocks.length, Math.max(0, liveBlocks - starts[index]!)) : 0
            }
          />
        ))}
      </DocumentDirection.Provider>
    </div>
  );
});

/** How many section blocks come before each sheet. */
function sectionStarts(model: PreviewModel): number[] {
  let start = 0;
  return model.sheets.map((sheet) => {
    const before = start;
    if (sheet.kind === 'section') start += sheet.blocks.length;
    return before;
  });
}

/** All the blocks of the sections (what `liveBlocks` counts up to). */
export function sectionBlockCount(model: PreviewModel): number {
  return model.sheets.reduce((sum, sheet) => sum + (sheet.kind === 'section' ? sheet.blocks.length : 0), 0);
}

function sheetName(sheet: PreviewSheet, coverName: string): string {
  if (sheet.kind === 'cover') return coverName;
  if (sheet.kind === 'contents') return sheet.title;
  const first = sheet.blocks[0];
  return first?.kind === 'heading' ? first.text : sheet.id;
}

interface SheetViewProps {
  sheet: PreviewSheet;
  label: string;
  marking: string;
  reference: string;
  /** For a section: how many of its blocks are in the page yet (the rest follow, see useProgressiveMount). */
  live: number;
}

/** Same sheet: a section with the very same blocks, or equal contents entries; the cover is small and redrawn. */
function sameSheet(a: PreviewSheet, b: PreviewSheet): boolean {
  if (a.kind === 'section' && b.kind === 'section') return a.id === b.id && a.blocks === b.blocks;
  if (a.kind === 'contents' && b.kind === 'contents') return a.title === b.title && sameEntries(a.entries, b.entries);
  return a === b;
}

function sameEntries(a: ContentsEntry[], b: ContentsEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index]!;
      return entry.anchor === other.anchor && entry.text === other.text && entry.level === other.level;
    })
  );
}

const SheetView = memo(
  function SheetView({ sheet, label, marking, reference, live }: SheetViewProps) {
    return (
      <article className={`pv-sheet pv-sheet-${sheet.kind}`} aria-label={label}>
        <header className="pv-furniture pv-furniture-top">
          <span />
          <span className="pv-furniture-marking">{marking}</span>
          <span className="pv-furniture-right">{reference}</span>
        </header>
        <div className="pv-body">
          <SheetContent sheet={sheet} live={live} />
        </div>
        {/* The PDF prints "Page X of Y" on the right; page numbers are only known in the exported file. */}
        <footer className="pv-furniture pv-furniture-bottom">
          <span />
          <span className="pv-furniture-marking">{marking}</span>
          <span />
        </footer>
      </article>
    );
  },
  (before, after) =>
    before.label === after.label &&
    before.marking === after.marking &&
    before.reference === after.reference &&
    before.live === after.live &&
    sameSheet(before.sheet, after.sheet),
);

function SheetContent({ sheet, live }: { sheet: PreviewSheet; live: number }) {
  const t = useStrings(PREVIEW_STRINGS);
  const uiLanguage = useUiLanguage();
  switch (sheet.kind) {
    case 'cover':
      return <CoverView cover={sheet.cover} />;
    case 'contents':
      return (
        <>
          <h3 className="pv-h1">{sheet.title}</h3>
          <ul className="pv-contents">
            {sheet.entries.map((entry) => (
              <li key={entry.anchor} className={`pv-contents-${entry.level}`}>
                {entry.text}
              </li>
            ))}
          </ul>
          <p className="pv-p pv-small pv-ui-note" lang={uiLanguage} dir={uiDirection(uiLanguage)}>
            {t('pageNumbersNote')}
          </p>
        </>
      );
    case 'section':
      return <SectionContent blocks={sheet.blocks} live={live} />;
  }
}

function SectionContent({ blocks, live }: { blocks: Block[]; live: number }) {
  const chunks = useMemo(() => chunkBlocks(blocks), [blocks]);
  return (
    <>
      {chunks.map((chunk) => (
        <Chunk key={chunk.key} blocks={chunk.blocks} pending={chunk.start >= live} />
      ))}
    </>
  );
}

const Chunk = memo(
  function Chunk({ blocks, pending }: { blocks: Block[]; pending: boolean }) {
    if (pending) return <div className="pv-chunk pv-chunk-pending" />;
    return (
      <div className="pv-chunk">
        {blocks.map((block, index) => (
          <BlockView key={index} block={block} />
        ))}
      </div>
    );
  },
  (before, after) =>
    before.pending === after.pending &&
    before.blocks.length === after.blocks.length &&
    before.blocks.every((block, index) => block === after.blocks[index]),
);
