/**
 * The published c3voc schedule schemas (https://github.com/voc/schedule,
 * validator/xsd/schedule.xml.xsd and validator/json/schema.json, EUPL-1.2),
 * looked up where they are kept rather than copied into this repository:
 * $C3VOC_SCHEMA_DIR, else shared/c3voc-schedule beside the repository (the
 * steering side keeps third-party data there). Absent: the tests that need
 * them skip, and the structural checks that need no schema still run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const REPO_ROOT = join(__dirname, '..', '..');
const CANDIDATES = [
  process.env['C3VOC_SCHEMA_DIR'],
  join(REPO_ROOT, '..', 'shared', 'c3voc-schedule'),
  '/work/shared/c3voc-schedule',
].filter((dir): dir is string => dir !== undefined && dir !== '');

export const c3vocDir = CANDIDATES.find(
  (dir) => existsSync(join(dir, 'schedule.xml.xsd')) && existsSync(join(dir, 'schema.json')),
);

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
    execFileSync('xmllint', ['--noout', '--schema', join(c3vocDir, 'schedule.xml.xsd'), xmlPath], {
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
  const validate = ajv.compile(JSON.parse(readFileSync(join(c3vocDir, 'schema.json'), 'utf8')) as object);
  return validate(data) ? '' : ajv.errorsText(validate.errors);
}
