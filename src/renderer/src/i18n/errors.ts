/**
 * Main's errors phrased in the interface language. Main sends a code, the name
 * of the file concerned and what is wrong with it; its English `message` (for
 * logs and the command line) is never shown, so no JSON path or parser message
 * reaches the screen.
 */
import { useCallback } from 'react';
import type { Err } from '../../../shared/result';
import { type UiLanguage, fillPlaceholders, useUiLanguage } from './index';
import { ERROR_STRINGS } from './strings';

export type ErrorToDescribe = Pick<Err, 'code' | 'file' | 'reason'>;

type ErrorKey = keyof (typeof ERROR_STRINGS)['en'];

function hasKey(key: string): key is ErrorKey {
  return Object.hasOwn(ERROR_STRINGS.en, key);
}

/** One sentence naming the file and the problem; a plain fallback for codes it does not know. */
export function describeError(language: UiLanguage, error: ErrorToDescribe): string {
  const table = ERROR_STRINGS[language];
  const file = error.file && error.file !== '' ? error.file : undefined;
  const reasonKey = `reason.${error.reason ?? ''}`;
  const codeKey = `code.${error.code}`;
  const key: ErrorKey = file && hasKey(reasonKey) ? reasonKey : hasKey(codeKey) ? codeKey : 'code.internal';
  // Without a file name, the sentence is about "the file" (or "this pack" when the pack itself is meant).
  const subject = file ?? (error.code === 'pack-catalogue-mismatch' ? table.thisPack : table.thisFile);
  return fillPlaceholders(table[key], { file: subject });
}

export function useDescribeError(): (error: ErrorToDescribe) => string {
  const language = useUiLanguage();
  return useCallback((error: ErrorToDescribe) => describeError(language, error), [language]);
}
