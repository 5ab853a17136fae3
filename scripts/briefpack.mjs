/**
 * `npm run briefpack -- <command>` and `npm run demo`: runs the built command
 * line (dist-cli/briefpack.cjs), building it first when it is missing or older
 * than its sources, and copying the Chinese font into resources/fonts when it is
 * not there yet (npm runs no install scripts here: see .npmrc).
 */
import { createRequire } from 'node:module';
import { CLI_BUNDLE, buildCli, cliIsStale } from './build-cli.mjs';
import { copyFonts } from './copy-fonts.mjs';

copyFonts({ quick: true });
if (cliIsStale()) await buildCli();
createRequire(import.meta.url)(CLI_BUNDLE);
