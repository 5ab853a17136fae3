import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from '../../../src/main/cli/output';

describe('escapeForTerminal (issue 10, item 8)', () => {
  it('escapes C0 controls but tab and line feed, DEL, C1 and bidi overrides', () => {
    expect(escapeForTerminal('a\u001b[31mb\u0007c\rd\u007fe\u009bf\u202eg\th\n')).toBe(
      'a\\u001b[31mb\\u0007c\\u000dd\\u007fe\\u009bf\\u202eg\th\n',
    );
  });

  it('keeps JSON valid and equal: the escapes are JSON escapes', () => {
    const value = { id: '\u001b]52;c;ZXZpbA==\u0007\u0085\u009b' };
    const printed = escapeForTerminal(JSON.stringify(value));
    expect(JSON.parse(printed)).toEqual(value);
  });
});
