import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { expect } from 'vitest';
import { type Catalogue, validateCatalogue } from '../../../../src/shared/catalogue';
import { type ImportFileResult, importProgrammeFile } from '../../../../src/shared/importers';

export const IMPORTER_FIXTURES = resolve(__dirname, '../../../fixtures/importers');

/** Imports a fixture through the one entry point the app and the CLI use; it must succeed and validate. */
export function importFixture(relativePath: string, zoneAnswers?: Record<string, string>) {
  const path = resolve(IMPORTER_FIXTURES, relativePath);
  const result: ImportFileResult = importProgrammeFile(
    { bytes: readFileSync(path), name: basename(path) },
    zoneAnswers ? { zoneAnswers } : {},
  );
  if (!result.ok) throw new Error(result.message);
  const validated = validateCatalogue(JSON.parse(JSON.stringify(result.catalogue)));
  expect(validated.ok, validated.ok ? '' : validated.message).toBe(true);
  return result;
}

/** A person as a reader of the programme would note them: everything but the id. */
export function personView(catalogue: Catalogue, id: string) {
  const { id: _id, ...rest } = catalogue.people.find((person) => person.id === id)!;
  return rest;
}

/** A seminar with its people written out, field by field. */
export function seminarView(catalogue: Catalogue, index: number) {
  const seminar = catalogue.seminars[index]!;
  return {
    id: seminar.id,
    title: seminar.title,
    language: seminar.language,
    start: seminar.start,
    end: seminar.end,
    timeZone: seminar.timeZone,
    venue: seminar.venue,
    notes: seminar.notes,
    chair: seminar.chair && {
      ...personView(catalogue, seminar.chair.personId),
      role: seminar.chair.role,
      label: seminar.chair.label,
    },
    sessions: seminar.sessions.map((session) => ({
      topicId: session.topicId,
      title: session.title,
      start: session.start,
      end: session.end,
      speakers: session.speakers.map((speaker) => ({
        ...personView(catalogue, speaker.personId),
        role: speaker.role,
        tbc: speaker.tbc,
      })),
    })),
  };
}

export const messages = (result: { warnings: Array<{ line: number; message: string }> }) =>
  result.warnings.map((warning) => [warning.line, warning.message]);
