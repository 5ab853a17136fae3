/**
 * What a command is: its name, a one-line summary, its positional arguments and
 * its options, each with the help text printed by `--help` beside it. Adding an
 * option is one entry in the command's `options`; adding a command is one module
 * under commands/ and one line in commands/index.ts.
 */
import { parseArgs } from 'node:util';
import { CliUsageError } from './errors';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Defaults to the project's resources folder. */
  resourcesDir?: string;
}

export interface CommandContext {
  io: CliIo;
  resourcesDir: string;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** One line for --help. */
  help: string;
  /** The value's placeholder in --help: `--pdf <file>`. */
  value?: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line in `briefpack --help`. */
  summary: string;
  /** Positional arguments as shown in the usage line (`<programme.txt>`), with their count. */
  positionals?: { usage: string; help: string; count: number };
  /** More lines for `briefpack <command> --help`. */
  details?: string[];
  options: O;
  run(context: CommandContext, args: { values: OptionValues<O>; positionals: string[] }): Promise<number>;
}

/** Keeps each command's option types when it is put in the list of commands. */
export function defineCommand<O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', help: 'show this help' };

/** Parses `args` against the command's options (strict: an unknown option is a user error). */
export function parseCommandArgs<O extends OptionSpecs>(
  command: Command<O>,
  args: string[],
): { help: boolean; values: OptionValues<O>; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(command.options)) options[name] = { type: spec.type };
  const parsed = parseArgs({ args, options, allowPositionals: command.positionals !== undefined, strict: true });
  const { help, ...values } = parsed.values as Record<string, string | boolean | undefined>;
  if (help === true) return { help: true, values: {}, positionals: [] };
  const expected = command.positionals?.count ?? 0;
  if (command.positionals && parsed.positionals.length !== expected)
    throw new CliUsageError(
      `expected ${expected === 1 ? 'one' : expected} ${command.positionals.usage}, got ${parsed.positionals.length}.`,
    );
  return { help: false, values: values as OptionValues<O>, positionals: parsed.positionals };
}

function optionLines(options: OptionSpecs): [string, string][] {
  const lines: [string, string][] = Object.entries(options).map(([name, spec]) => [
    `--${name}${spec.type === 'string' ? ` ${spec.value ?? '<value>'}` : ''}`,
    spec.help,
  ]);
  lines.push(['-h, --help', HELP_OPTION.help]);
  return lines;
}

function table(rows: [string, string][], indent: string): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${indent}${left.padEnd(width)}  ${right}`.trimEnd()).join('\n');
}

export function usageLine(command: Command): string {
  const positional = command.positionals ? ` ${command.positionals.usage}` : '';
  return `briefpack ${command.name}${positional} [options]`;
}

/** `briefpack <command> --help`. */
export function commandHelp(command: Command): string {
  const parts = [`Usage: ${usageLine(command)}`, '', command.summary];
  if (command.details) parts.push('', ...command.details);
  if (command.positionals)
    parts.push('', 'Arguments:', table([[command.positionals.usage, command.positionals.help]], '  '));
  parts.push('', 'Options:', table(optionLines(command.options), '  '));
  return `${parts.join('\n')}\n`;
}

/** `briefpack --help`: every command with every option. */
export function generalHelp(commands: readonly Command[]): string {
  const parts = ['Usage: briefpack <command> [options]', '', 'Commands:'];
  for (const command of commands) {
    parts.push(
      '',
      `  ${usageLine(command)}`,
      `      ${command.summary}`,
      table(optionLines(command.options), '      '),
    );
  }
  parts.push('', 'Run "briefpack <command> --help" for one command\'s details.');
  return `${parts.join('\n')}\n`;
}
