/**
 * The command line: the same services as the app, in plain Node. User errors
 * exit 2 with one line on stderr, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { findResourcesDir } from '../services/resources';
import { buildCommand, demoCommand } from './build-command';
import { catalogueCommand, importCommand, validateCommand } from './catalogue-commands';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Defaults to the project's resources folder. */
  resourcesDir?: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A user error: printed as one line and exits 2. */
export class CliUsageError extends Error {}

export interface CommandContext {
  io: CliIo;
  resourcesDir: string;
  args: string[];
}

const USAGE = `Usage: briefpack <command> [options]

Commands:
  import <programme.txt> [--out catalogue.json]   import programme text; JSON to stdout, warnings to stderr
  catalogue [--out file]                          write the built-in catalogue
  validate <file>                                 check a catalogue or pack file, one line per problem
  build [options]                                 export a briefing pack to PDF and/or DOCX (see README)
  demo                                            build the sample packs into briefing-packs/
`;

const COMMANDS: Record<string, (context: CommandContext) => Promise<number>> = {
  import: importCommand,
  catalogue: catalogueCommand,
  validate: validateCommand,
  build: buildCommand,
  demo: demoCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`briefpack: unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return EXIT_USAGE;
  }
  try {
    return await run({ io, args, resourcesDir: io.resourcesDir ?? findResourcesDir() });
  } catch (error) {
    if (error instanceof CliUsageError || isParseArgsError(error)) {
      io.stderr(`briefpack ${command}: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`briefpack ${command}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** parseArgs with strict checking; its errors become usage errors. */
export function parseCommandArgs<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(
  args: string[],
  options: T,
  allowPositionals: boolean,
) {
  return parseArgs({ args, options, allowPositionals, strict: true });
}
