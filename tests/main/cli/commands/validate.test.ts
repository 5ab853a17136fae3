import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCataloguePath, useCliFolder } from '../support';

const { cwd, cli } = useCliFolder();

describe('briefpack validate', () => {
  it('prints each problem once (the first one used to be printed twice)', async () => {
    const catalogue = JSON.parse(await readFile(builtinCataloguePath, 'utf8'));
    catalogue.seminars[1].chair.personId = 'nobody';
    catalogue.seminars[2].sessions[0].topicId = 'no-topic';
    await writeFile(join(cwd(), 'broken.json'), JSON.stringify(catalogue));
    const result = await cli('validate', 'broken.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('broken.json: not a valid catalogue (2 problems):\n');
    expect(result.stdout).toBe(
      'seminars[1].chair.personId: no person with id "nobody"\nseminars[2].sessions[0].topicId: no topic with id "no-topic"\n',
    );
    expect(`${result.stdout}${result.stderr}`.split('nobody')).toHaveLength(2);
  });

  it('escapes ESC, BEL, CSI and OSC 52 from a file instead of sending them to the terminal (issue 10, item 8)', async () => {
    const catalogue = JSON.parse(await readFile(builtinCataloguePath, 'utf8'));
    const hostile = '\u001b]52;c;ZXZpbA==\u0007\u001b[2K\r\u009b31m\u202e';
    catalogue.seminars[1].chair.personId = hostile;
    await writeFile(join(cwd(), 'hostile.json'), JSON.stringify(catalogue));
    const result = await cli('validate', 'hostile.json');
    const printed = result.stdout + result.stderr;
    // eslint-disable-next-line no-control-regex
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(result.stdout).toContain(
      'no person with id "\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2K\\u000d\\u009b31m\\u202e"',
    );
  });

  it('prints the path as the user gave it', async () => {
    await writeFile(join(cwd(), 'c.json'), await readFile(builtinCataloguePath));
    const result = await cli('validate', './c.json');
    expect(result.stdout).toBe('./c.json: valid catalogue\n');
  });
});
