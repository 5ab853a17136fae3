import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/renderer/src/i18n/errors';
import type { FileProblem } from '../../../src/shared/result';

const REASONS: FileProblem[] = [
  'not-found',
  'not-a-file',
  'not-text',
  'not-json',
  'not-a-pack',
  'damaged',
  'newer-version',
  'too-large',
  'no-permission',
  'read-only',
  'disk-full',
  'no-folder',
  'in-use',
];

describe('describeError', () => {
  it('names the file and the problem in the interface language, never main’s English', () => {
    const error = {
      code: 'invalid-file',
      file: 'cut.briefpack',
      reason: 'not-json' as const,
      message: "cut.briefpack is not valid JSON: Expected property name or '}' in JSON at position 2.",
    };
    expect(describeError('en', error)).toBe(
      'cut.briefpack is damaged or is not a file of this app, so it could not be read. It was left as it is.',
    );
    expect(describeError('fr', error)).toContain('cut.briefpack est endommagé');
    expect(describeError('es', error)).toContain('cut.briefpack está dañado');
    for (const language of ['en', 'fr', 'es'] as const) {
      expect(describeError(language, error)).not.toMatch(/JSON|position|\[\d+\]|\.chair/);
    }
  });

  it('has a sentence for every reason, with the file name in it, in every language', () => {
    for (const language of ['en', 'fr', 'es'] as const)
      for (const reason of REASONS)
        expect(describeError(language, { code: 'invalid-file', file: 'x.briefpack', reason })).toContain('x.briefpack');
  });

  it('phrases the code when there is no reason, and a code it does not know as a plain failure', () => {
    expect(describeError('en', { code: 'nothing-to-print' })).toMatch(/^Nothing to print/);
    expect(describeError('es', { code: 'pack-catalogue-mismatch' })).toBe(
      'Este dosier menciona seminarios o temas que no están en su catálogo.',
    );
    expect(describeError('fr', { code: 'something-new', file: 'a.pdf' })).toBe(
      'Une erreur s’est produite. Votre travail n’a pas été modifié.',
    );
  });
});
