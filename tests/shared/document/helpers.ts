import type {
  Block,
  BriefingDocument,
  FieldsBlock,
  HeadingBlock,
  TableBlock,
  TextRun,
} from '../../../src/shared/document/model';
import type { SectionId } from '../../../src/shared/document/model';

export const runsText = (runs: TextRun[]): string => runs.map((run) => run.text).join('');

export function sectionBlocks(document: BriefingDocument, id: SectionId): Block[] {
  const section = document.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`no ${id} section`);
  return section.blocks;
}

export function allBlocks(document: BriefingDocument): Block[] {
  const nested = (block: Block): Block[] => (block.kind === 'notice' ? [block, ...block.blocks] : [block]);
  return document.sections.flatMap((section) => section.blocks.flatMap(nested));
}

export const headings = (blocks: Block[]): HeadingBlock[] =>
  blocks.filter((block): block is HeadingBlock => block.kind === 'heading');

/** The blocks after the heading with this anchor, up to the next heading of the same or a higher level. */
export function blocksUnder(document: BriefingDocument, anchor: string): Block[] {
  const blocks = allBlocks(document);
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.anchor === anchor);
  if (start < 0) throw new Error(`no heading with anchor ${anchor}`);
  const level = (blocks[start] as HeadingBlock).level;
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((block) => block.kind === 'heading' && block.level <= level);
  return end < 0 ? rest : rest.slice(0, end);
}

export function fieldsUnder(document: BriefingDocument, anchor: string): Record<string, string> {
  const fields = blocksUnder(document, anchor).find((block): block is FieldsBlock => block.kind === 'fields');
  if (!fields) throw new Error(`no fields under ${anchor}`);
  return Object.fromEntries(fields.rows.map((row) => [row.label, runsText(row.value)]));
}

export function tableUnder(document: BriefingDocument, anchor: string): TableBlock {
  const table = blocksUnder(document, anchor).find((block): block is TableBlock => block.kind === 'table');
  if (!table) throw new Error(`no table under ${anchor}`);
  return table;
}

/** Every string anywhere in the model, keys excluded. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allStrings);
  return [];
}

/** Structural promises of the model that hold for every document. */
export function modelProblems(document: BriefingDocument): string[] {
  const problems: string[] = [];
  const anchors = new Set<string>();
  for (const heading of headings(allBlocks(document))) {
    if (heading.text.trim() === '') problems.push(`empty heading ${heading.anchor}`);
    if (anchors.has(heading.anchor)) problems.push(`duplicate anchor ${heading.anchor}`);
    anchors.add(heading.anchor);
  }
  for (const section of document.sections) {
    const first = section.blocks[0];
    if (first?.kind !== 'heading' || first.level !== 1) problems.push(`section ${section.id} does not open with h1`);
  }
  for (const text of allStrings(document)) {
    if (hasForbidden(text)) problems.push(`forbidden code point in ${JSON.stringify(text)}`);
  }
  const links = allBlocks(document).flatMap((block) => linksOf(block));
  for (const link of links) if (!/^(https:\/\/|mailto:)/i.test(link)) problems.push(`unsafe link ${link}`);
  return problems;
}

/** Independent of stripXmlForbidden on purpose: XML 1.0 forbidden code points, checked unit by unit. */
function hasForbidden(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
    if (code === 0xfffe || code === 0xffff) return true;
  }
  return false;
}

function linksOf(block: Block): string[] {
  const fromRuns = (runs: TextRun[]): string[] => runs.flatMap((run) => (run.link === undefined ? [] : [run.link]));
  switch (block.kind) {
    case 'paragraph':
      return fromRuns(block.runs);
    case 'list':
      return block.items.flatMap(fromRuns);
    case 'table':
      return block.rows.flatMap((row) => row.flatMap(fromRuns));
    case 'fields':
      return block.rows.flatMap((row) => fromRuns(row.value));
    case 'notice':
      return block.blocks.flatMap(linksOf);
    case 'heading':
      return [];
  }
}
