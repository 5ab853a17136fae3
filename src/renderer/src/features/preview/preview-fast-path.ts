/**
 * A quick first answer for the commonest edits. Typing in a topic brief or in
 * the pack's details (title, reference…) changes only the topic-briefs section
 * or the cover and page furniture, yet a full build of a programme book takes
 * hundreds of milliseconds. For such an edit the builder first builds just those
 * parts (the other sections switched off) and puts them into the previous
 * document: a provisional document, shown at once; the full build follows and
 * replaces it (usually changing nothing), so the preview always ends exact.
 */
import { type BriefingDocument, type DocumentSection, SECTION_IDS } from '../../../../shared/document/model';
import type { Pack } from '../../../../shared/pack/schema';

/** Pack fields that only the cover, the document details and the page furniture show. */
const FRONT_FIELDS: readonly (keyof Pack)[] = ['title', 'delegation', 'preparedBy', 'date', 'marking', 'reference'];
/** Pack fields that only one section shows. */
const SECTION_FIELDS: Partial<Record<keyof Pack, DocumentSection['id']>> = { topicBriefs: 'topicBriefs' };
/** Switches that are not sections of their own: they stay as the pack has them. */
const FRONT_SWITCHES = new Set(['cover', 'contents']);

export interface FastPath {
  /** The pack to build: the same pack with every section off but those to rebuild. */
  partialPack: Pack;
  /** Sections of the previous document to replace with the partial build's. */
  sections: DocumentSection['id'][];
}

/** The quick first build for going from `before` to `after`, or null when only a full build will do. */
export function fastPath(before: Pack, after: Pack): FastPath | null {
  const sections = new Set<DocumentSection['id']>();
  for (const key of Object.keys(after) as (keyof Pack)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    if (FRONT_FIELDS.includes(key)) continue;
    const section = SECTION_FIELDS[key];
    if (section === undefined) return null;
    if (after.sections[section]) sections.add(section);
  }
  if (Object.keys(before).some((key) => !(key in after))) return null;
  const switches = Object.fromEntries(
    Object.entries(after.sections).map(([id, on]) => [
      id,
      FRONT_SWITCHES.has(id) ? on : sections.has(id as DocumentSection['id']),
    ]),
  ) as Pack['sections'];
  return { partialPack: { ...after, sections: switches }, sections: [...sections] };
}

/**
 * The previous document with the partial build's front matter and rebuilt
 * sections. A rebuilt section may appear or vanish (an empty one is not
 * printed), and the contents with it.
 */
export function provisionalDocument(
  previous: BriefingDocument,
  partial: BriefingDocument,
  path: FastPath,
): BriefingDocument {
  const rebuilt = new Map(partial.sections.map((section) => [section.id, section]));
  const kept = new Map(previous.sections.map((section) => [section.id, section]));
  const sections = SECTION_IDS.flatMap((id) => (path.sections.includes(id) ? rebuilt.get(id) : kept.get(id)) ?? []);
  const contentsTitle = partial.contents?.title ?? previous.contents?.title;
  const { contents: _partialContents, ...front } = partial;
  return {
    ...front,
    ...(path.partialPack.sections.contents && sections.length > 0 && contentsTitle !== undefined
      ? { contents: { title: contentsTitle } }
      : {}),
    sections,
  };
}
