/**
 * The published c3voc schedule schemas (github.com/voc/schedule, EUPL-1.2),
 * vendored unmodified for the importers' tests in
 * tests/fixtures/importers/schedules/schemas (see the README there), used here
 * to check what the writers produce. $C3VOC_SCHEMA_DIR points elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const REPO_ROOT = join(__dirname, '..', '..');
const VENDORED = join(REPO_ROOT, 'tests', 'fixtures', 'importers', 'schedules', 'schemas');
const XSD = 'schedule.xml.xsd';
/** schedule.json v1 (pretalx, frab): `schema.json` upstream. */
const JSON_SCHEMA = 'schedule-v1.schema.json';

export const c3vocDir = [process.env['C3VOC_SCHEMA_DIR'], VENDORED]
  .filter((dir): dir is string => dir !== undefined && dir !== '')
  .find((dir) => existsSync(join(dir, XSD)) && existsSync(join(dir, JSON_SCHEMA)));

export const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** xmllint's verdict on the file against the c3voc XSD: '' when valid, its messages otherwise. */
export function xsdProblems(xmlPath: string): string {
  if (!c3vocDir) throw new Error('no c3voc schemas');
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(c3vocDir, XSD), xmlPath], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** The c3voc JSON schema (draft-06) compiled with ajv; its errors as text, '' when valid. */
export function jsonSchemaProblems(data: unknown): string {
  if (!c3vocDir) throw new Error('no c3voc schemas');
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8')));
  const validate = ajv.compile(JSON.parse(readFileSync(join(c3vocDir, JSON_SCHEMA), 'utf8')) as object);
  return validate(data) ? '' : ajv.errorsText(validate.errors);
}
