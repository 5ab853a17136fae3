/** Every command, in the order `briefpack --help` lists them. A new command is one module and one line here. */
import type { Command } from '../command';
import { buildCommand } from './build';
import { catalogueCommand } from './catalogue';
import { demoCommand } from './demo';
import { importCommand } from './import';
import { packCommand } from './pack';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [
  importCommand,
  catalogueCommand,
  validateCommand,
  packCommand,
  buildCommand,
  demoCommand,
] as unknown as readonly Command[];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
