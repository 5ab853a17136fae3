import { createContext, memo, useContext } from 'react';
import type {
  Block,
  CoverPage,
  FieldsBlock,
  ListBlock,
  ParagraphBlock,
  TextRun,
} from '../../../../shared/document/model';
import { type Direction, paragraphDirection } from '../../../../shared/text/direction';
import { runDisplay } from './previewModel';

/** The document's direction (the sheets' `dir`), against which each paragraph's own is told. */
export const DocumentDirection = createContext<Direction>('ltr');

/**
 * A paragraph's `dir` when it is not the document's (shared/text/direction.ts, as
 * in the PDF and the DOCX): an English role in an Arabic pack, an Arabic name in an English one.
 */
function useOwnDirection(text: string): Direction | undefined {
  const documentDirection = useContext(DocumentDirection);
  const own = paragraphDirection(text, documentDirection);
  return own === documentDirection ? undefined : own;
}

const textOf = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

/** Document heading level 1 is shown as <h3> so the preview sits under the app's own h1/h2. */
const HEADING_OFFSET = 2;

function HeadingTag({ level, className, children }: { level: number; className: string; children: string }) {
  const shown = Math.min(6, level + HEADING_OFFSET);
  const dir = useOwnDirection(children);
  if (shown === 3)
    return (
      <h3 className={className} dir={dir}>
        {children}
      </h3>
    );
  if (shown === 4)
    return (
      <h4 className={className} dir={dir}>
        {children}
      </h4>
    );
  if (shown === 5)
    return (
      <h5 className={className} dir={dir}>
        {children}
      </h5>
    );
  return (
    <h6 className={className} dir={dir}>
      {children}
    </h6>
  );
}

/** Runs as text. A link shows its text in link colour and its address, but is never a live link. */
export function Runs({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        const display = runDisplay(run);
        const classes = [run.bold ? 'pv-bold' : '', run.italic ? 'pv-italic' : '', run.link ? 'pv-link' : '']
          .filter(Boolean)
          .join(' ');
        return (
          <span key={index} className={classes || undefined}>
            {display.text}
            {display.address !== undefined && <span className="pv-address"> &lt;{display.address}&gt;</span>}
          </span>
        );
      })}
    </>
  );
}

function Paragraph({ block }: { block: ParagraphBlock }) {
  const tone = block.tone === 'muted' ? 'pv-p pv-muted' : block.tone === 'small' ? 'pv-p pv-small' : 'pv-p';
  return (
    <p className={tone} dir={useOwnDirection(textOf(block.runs))}>
      <Runs runs={block.runs} />
    </p>
  );
}

function List({ block }: { block: ListBlock }) {
  const items = block.items.map((runs, index) => <Item key={index} runs={runs} />);
  return block.ordered ? <ol className="pv-list">{items}</ol> : <ul className="pv-list">{items}</ul>;
}

function Item({ runs }: { runs: TextRun[] }) {
  return (
    <li dir={useOwnDirection(textOf(runs))}>
      <Runs runs={runs} />
    </li>
  );
}

function Cell({ runs }: { runs: TextRun[] }) {
  return (
    <td dir={useOwnDirection(textOf(runs))}>
      <Runs runs={runs} />
    </td>
  );
}

function Value({ runs }: { runs: TextRun[] }) {
  return (
    <dd dir={useOwnDirection(textOf(runs))}>
      <Runs runs={runs} />
    </dd>
  );
}

function Fields({ rows }: { rows: FieldsBlock['rows'] }) {
  if (rows.length === 0) return null;
  return (
    <dl className="pv-fields">
      {rows.map((row, index) => (
        <div key={index} className="pv-field">
          <dt>{row.label}</dt>
          <Value runs={row.value} />
        </div>
      ))}
    </dl>
  );
}

/** Relative weights → percentages, as the PDF writer does; unusable weights give equal columns. */
export function columnPercentages(count: number, weights: number[]): (number | undefined)[] {
  const usable = weights.length === count && weights.every((weight) => Number.isFinite(weight) && weight > 0);
  if (!usable) return Array.from({ length: count }, () => undefined);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => Math.round((weight / total) * 1000) / 10);
}

/** Memoised: a block the rebuilt document shares with the previous one is not rendered again. */
export const BlockView = memo(function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return (
        <HeadingTag level={block.level} className={`pv-h${block.level}`}>
          {block.text}
        </HeadingTag>
      );
    case 'paragraph':
      return <Paragraph block={block} />;
    case 'list':
      return <List block={block} />;
    case 'fields':
      return <Fields rows={block.rows} />;
    case 'table':
      return (
        <table className="pv-table">
          <colgroup>
            {columnPercentages(block.header.length, block.widths).map((width, index) => (
              <col key={index} style={width === undefined ? undefined : { width: `${width}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.header.map((cell, index) => (
                <th key={index} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {block.header.map((_, index) => (
                  <Cell key={index} runs={row[index] ?? []} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'notice':
      return (
        <div className="pv-notice" role="note" aria-label={block.title}>
          <p className="pv-notice-title">{block.title}</p>
          {block.blocks.map((child, index) =>
            child.kind === 'list' ? <List key={index} block={child} /> : <Paragraph key={index} block={child} />,
          )}
        </div>
      );
  }
});

export function CoverView({ cover }: { cover: CoverPage }) {
  return (
    <div className="pv-cover">
      {cover.marking !== '' && <p className="pv-cover-marking">{cover.marking}</p>}
      <HeadingTag level={1} className="pv-cover-title">
        {cover.title}
      </HeadingTag>
      {cover.edition !== undefined && cover.edition !== '' && <p className="pv-cover-edition">{cover.edition}</p>}
      <div className="pv-cover-rule" aria-hidden="true" />
      <Fields rows={cover.fields.map((field) => ({ label: field.label, value: [{ text: field.value }] }))} />
      {cover.seminars.length > 0 && (
        <>
          <p className="pv-cover-heading">{cover.seminarsHeading}</p>
          <ul className="pv-list">
            {cover.seminars.map((seminar, index) => (
              <Item key={index} runs={[{ text: seminar }]} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
