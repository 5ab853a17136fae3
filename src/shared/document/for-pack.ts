/**
 * The document a pack prints, whichever its kind: the one entry point for the
 * export job, the command line and the preview.
 */
import type { Catalogue } from '../catalogue/schema';
import type { Pack } from '../pack/schema';
import { type BuildOptions, buildBriefingDocument } from './build';
import type { BriefingDocument } from './model';
import { buildProgrammeDocument } from './programme';

export function buildPackDocument(pack: Pack, catalogue: Catalogue, options: BuildOptions = {}): BriefingDocument {
  return pack.kind === 'programme'
    ? buildProgrammeDocument(pack, catalogue, options)
    : buildBriefingDocument(pack, catalogue, options);
}
