import type { z } from 'zod';
import { type Result, err, formatPath, ok } from '../result';
import { findIntegrityProblems } from './integrity';
import { type Catalogue, CatalogueSchema } from './schema';

/**
 * What is wrong with one field of a catalogue being edited, as a kind the
 * editor words in the interface language beside the field (never a JSON path
 * or a parser's message). `path` is the field's JSON path, the editor's key
 * for where to show it.
 */
export type FieldProblemKind =
  | 'empty'
  | 'too-long'
  | 'end-before-start'
  | 'unknown-zone'
  | 'duplicate-id'
  | 'unknown-person'
  | 'unknown-topic'
  | 'unknown-series'
  | 'not-valid';

export interface FieldProblem {
  path: string;
  kind: FieldProblemKind;
}

function issueKind(issue: z.core.$ZodIssue): FieldProblemKind {
  if (issue.code === 'too_small' && issue.origin === 'string') return 'empty';
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'custom' && issue.path[issue.path.length - 1] === 'timeZone') return 'unknown-zone';
  return 'not-valid';
}

function integrityKind(message: string): FieldProblemKind {
  if (message.startsWith('duplicate id')) return 'duplicate-id';
  if (message.startsWith('no person')) return 'unknown-person';
  if (message.startsWith('no topic')) return 'unknown-topic';
  if (message.startsWith('no series')) return 'unknown-series';
  if (message === 'must be after start') return 'end-before-start';
  return 'not-valid';
}

/** Every problem of a catalogue, field by field: the schema's, then the cross-references'. */
export function findFieldProblems(catalogue: Catalogue): FieldProblem[] {
  const parsed = CatalogueSchema.safeParse(catalogue);
  const problems: FieldProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), kind: issueKind(issue) }));
  for (const problem of findIntegrityProblems(catalogue))
    problems.push({ path: problem.path, kind: integrityKind(problem.message) });
  return problems;
}

/**
 * Reads a catalogue that is still being edited (an editor draft): it must have
 * a catalogue's shape, but a name or title may still be empty and references
 * and times may not yet agree. Anything else wrong refuses it.
 */
export function readEditedCatalogue(data: unknown): Result<Catalogue, 'invalid-catalogue'> {
  const parsed = CatalogueSchema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  const blocking = parsed.error.issues.filter((issue) => !(issue.code === 'too_small' && issue.origin === 'string'));
  if (blocking.length > 0) {
    const first = blocking[0]!;
    return err('invalid-catalogue', `This catalogue draft is damaged at ${formatPath(first.path)}.`);
  }
  // Only empty texts: the data is otherwise a catalogue's, so it is safe to hand on as one.
  return ok(data as Catalogue);
}
