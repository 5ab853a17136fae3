/**
 * The command line: the same services as the app, in plain Node. User errors
 * exit 2 with one line on stderr, never a stack trace; everything printed is
 * made safe for the terminal first.
 */
import { findResourcesDir } from '../services/resources';
import { type CliIo, commandHelp, generalHelp, parseCommandArgs } from './command';
import { COMMANDS, findCommand } from './commands';
import { CliUsageError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, isParseArgsError } from './errors';
import { terminalSafeIo } from './output';

export type { CliIo } from './command';

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const io = terminalSafeIo(rawIo);
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(generalHelp(COMMANDS));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = findCommand(name);
  if (!command) {
    io.stderr(`briefpack: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`);
    return EXIT_USAGE;
  }
  try {
    const parsed = parseCommandArgs(command, args);
    if (parsed.help) {
      io.stdout(commandHelp(command));
      return EXIT_OK;
    }
    const context = { io, resourcesDir: io.resourcesDir ?? findResourcesDir() };
    return await command.run(context, parsed);
  } catch (error) {
    if (error instanceof CliUsageError || isParseArgsError(error)) {
      io.stderr(`briefpack ${name}: ${oneLine((error as Error).message)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`briefpack ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

/** A user error is one line, whatever text it quotes. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
