import { type MigrationChain, isPlainRecord } from '../migrations';

/**
 * Upgrades of the catalogue file, keyed by the version they upgrade from. Each
 * step is pure and must not mutate its input; validation runs after the last
 * step, so a step only reshapes what is there and leaves judging it to the schema.
 */
export const CATALOGUE_MIGRATIONS: MigrationChain = {
  1: migrateCatalogueV1ToV2,
};

/**
 * v1 → v2: sessions get ids (unique within their seminar, from the topic, as
 * the v2 importer derives them), and a series whose summary has a paragraph
 * ending in ":" right before where the v1 importer cut the bullets out records
 * that the focus list follows that paragraph. Everything v2 added is optional
 * or derived, so nothing a v1 file says is lost or reinterpreted.
 */
export function migrateCatalogueV1ToV2(old: Record<string, unknown>): Record<string, unknown> {
  const seminars = Array.isArray(old['seminars']) ? old['seminars'].map(migrateSeminar) : old['seminars'];
  const series = Array.isArray(old['series']) ? old['series'].map(migrateSeries) : old['series'];
  return { ...old, version: 2, series, seminars };
}

function migrateSeminar(seminar: unknown): unknown {
  if (!isPlainRecord(seminar) || !Array.isArray(seminar['sessions'])) return seminar;
  const used = new Set<string>();
  const sessions = seminar['sessions'].map((session: unknown) => {
    if (!isPlainRecord(session) || 'id' in session) return session;
    const base = typeof session['topicId'] === 'string' && session['topicId'] !== '' ? session['topicId'] : 'session';
    return { id: uniqueSessionId(base, used), ...session };
  });
  return { ...seminar, sessions };
}

/** `base`, then `base-2`, `base-3`…: the first not yet used in this seminar. */
export function uniqueSessionId(base: string, used: Set<string>): string {
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
  used.add(candidate);
  return candidate;
}

function migrateSeries(series: unknown): unknown {
  if (!isPlainRecord(series) || 'focusAfterParagraph' in series) return series;
  const summary = series['summary'];
  const focus = series['focus'];
  if (typeof summary !== 'string' || !Array.isArray(focus) || focus.length === 0) return series;
  const paragraphs = summary.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  const introduces = paragraphs.findIndex((paragraph) => /:\s*$/.test(paragraph));
  return introduces === -1 ? series : { ...series, focusAfterParagraph: introduces + 1 };
}
