import type { z } from 'zod';

/**
 * A zod issue in words a person can act on. Our schemas word their own limits
 * ("must be at most 2,000 characters"); zod's defaults ("Invalid input:
 * expected string, received undefined") are replaced, since a user never sees
 * a type name or a parser's phrasing.
 */
export function plainIssueMessage(issue: z.core.$ZodIssue): string {
  if (!isZodDefaultWording(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `should be ${KIND_WORDS[issue.expected] ?? 'something else'}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is longer than ${Number(issue.maximum).toLocaleString('en-GB')} characters`
        : `has more than ${Number(issue.maximum).toLocaleString('en-GB')} entries`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : 'has too few entries';
    case 'invalid_value':
      return `is not one of the values this version knows (${issue.values.map((value) => String(value)).join(', ')})`;
    case 'unrecognized_keys':
      return `has fields this version does not know (${issue.keys.join(', ')})`;
    case 'invalid_format':
      return 'is not written in the expected form';
    case 'invalid_union':
      return 'is not in a form this version reads';
    default:
      return 'is not valid';
  }
}

const KIND_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
};

function isZodDefaultWording(message: string): boolean {
  return /^(Invalid|Too (big|small)|Unrecognized|Expected)\b/.test(message);
}
