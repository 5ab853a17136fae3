import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/main/cli/commands';
import { PACK_SECTION_IDS } from '../../../src/shared/pack';
import { useCliFolder } from './support';

const { cli } = useCliFolder();

describe('--help (issue 11, section 5)', () => {
  it.each(COMMANDS.map((command) => [command.name, command] as const))(
    '"briefpack %s --help" lists every option of the command with its help, exit 0',
    async (name, command) => {
      for (const flag of ['--help', '-h']) {
        const result = await cli(name, flag);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout).toMatch(new RegExp(`^Usage: briefpack ${name}`));
        for (const [option, spec] of Object.entries(command.options)) {
          expect(result.stdout).toContain(`--${option}`);
          expect(result.stdout).toContain(spec.help);
        }
        expect(result.stdout).toContain('-h, --help');
      }
    },
  );

  it('"briefpack --help" lists every command and every option', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    for (const command of COMMANDS) {
      expect(result.stdout).toContain(`briefpack ${command.name}`);
      expect(result.stdout).toContain(command.summary);
      for (const option of Object.keys(command.options)) expect(result.stdout).toMatch(new RegExp(`--${option}\\b`));
    }
  });

  it('build --help lists --title, --reference and --sections, and says which section ids there are', async () => {
    const { stdout } = await cli('build', '--help');
    for (const option of ['--title <text>', '--reference <text>', '--sections <id,id,…>'])
      expect(stdout).toContain(option);
    expect(stdout).toContain(PACK_SECTION_IDS.join(', '));
  });
});
