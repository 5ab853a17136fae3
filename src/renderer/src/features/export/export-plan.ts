/**
 * What an export will put in the file, worked out before anything is written:
 * the same document model the writers get, so the dialog's summary, its
 * "nothing to print" refusal and the file cannot disagree.
 */
import type { Catalogue } from '../../../../shared/catalogue/schema';
import { type BuildOptions, hasPrintableContent } from '../../../../shared/document/build';
import { buildPackDocument } from '../../../../shared/document/for-pack';
import type { SectionId } from '../../../../shared/document/model';
import type { Pack } from '../../../../shared/pack/schema';
import { isUnclassifiedMarking } from '../../i18n/markings';

export type Edition = NonNullable<BuildOptions['edition']>;

export interface ExportPlan {
  printable: boolean;
  cover: boolean;
  contents: boolean;
  /** The parts that will be printed, in order: those switched on and with something in them. */
  sections: SectionId[];
  /** Switched on but left out because nothing is in them (shown as gaps in a draft). */
  emptySections: SectionId[];
}

export function exportPlan(pack: Pack, catalogue: Catalogue, options: Required<BuildOptions>): ExportPlan {
  const document = buildPackDocument(pack, catalogue, options);
  const sections = document.sections.map((section) => section.id);
  const switchedOn = (Object.keys(pack.sections) as (keyof Pack['sections'])[]).filter(
    (id): id is SectionId => pack.sections[id] && id !== 'cover' && id !== 'contents',
  );
  return {
    printable: hasPrintableContent(document),
    cover: document.cover !== undefined,
    contents: document.contents !== undefined,
    sections,
    emptySections: switchedOn.filter((id) => !sections.includes(id)),
  };
}

/**
 * An external edition goes to readers outside the delegation: a marking such
 * as RESTRICTED may no longer apply, so the user is asked. No marking, or one
 * that says unclassified, needs no question.
 */
export function markingNeedsQuestion(marking: string, edition: Edition): boolean {
  return edition === 'external' && marking.trim() !== '' && !isUnclassifiedMarking(marking);
}
