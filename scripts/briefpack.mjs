/**
 * `npm run briefpack -- <command>` and `npm run demo`: runs the built command
 * line (dist-cli/briefpack.cjs), building it first when it is missing or older
 * than its sources.
 */
import { createRequire } from 'node:module';
import { CLI_BUNDLE, buildCli, cliIsStale } from './build-cli.mjs';

if (cliIsStale()) await buildCli();
createRequire(import.meta.url)(CLI_BUNDLE);
