/**
 * Noto Sans SC, the Chinese face of the PDF and the app, is 10.5 MB a weight:
 * too big to keep in git. npm runs no install scripts in this project (.npmrc:
 * ignore-scripts), so `npm run demo`, `npm run briefpack`, `npm test`, `npm run
 * build` and the benchmarks run this first (as does npm's `prepare` where
 * scripts are allowed): it copies its Regular and Bold from the pinned
 * devDependency @expo-google-fonts/noto-sans-sc into resources/fonts, where the writers and the packaged app find every font
 * (electron-builder copies resources/ whole). The hashes pin the files: a new
 * version of the package must be looked at before it is used.
 *
 * `node scripts/copy-fonts.mjs` copies what is missing or different; `--check`
 * only says whether the files are in place (exit 1 when not).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const FONTS_DIR = join(PROJECT_DIR, 'resources', 'fonts');

export const COPIED_FONTS = [
  {
    from: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    to: 'NotoSansSC-Regular.ttf',
    sha256: 'd45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16',
    bytes: 10559284,
  },
  {
    from: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
    to: 'NotoSansSC-Bold.ttf',
    sha256: '9a38ae0ab28cd5a256f9ea8e00dedc688aac17f7915fcb000572990afa956b96',
    bytes: 10549020,
  },
];

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Whether the font is there: by its hash, or, for `quick` (every start of the command line, where
 * hashing 21 MB would be paid each time), by its size; the copy itself is always checked by hash.
 */
function inPlace(font, quick = false) {
  const target = join(FONTS_DIR, font.to);
  if (!existsSync(target)) return false;
  return quick ? statSync(target).size === font.bytes : sha256(target) === font.sha256;
}

export function copyFonts({ quick = false } = {}) {
  const require = createRequire(join(PROJECT_DIR, 'package.json'));
  for (const font of COPIED_FONTS) {
    if (inPlace(font, quick)) continue;
    const source = require.resolve(font.from);
    const hash = sha256(source);
    if (hash !== font.sha256)
      throw new Error(
        `${font.from} is not the file this project was checked with (sha256 ${hash}); see scripts/copy-fonts.mjs`,
      );
    copyFileSync(source, join(FONTS_DIR, font.to));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const missing = COPIED_FONTS.filter((font) => !inPlace(font)).map((font) => font.to);
    if (missing.length > 0) {
      console.error(
        `missing in resources/fonts: ${missing.join(', ')} (run npm install, or node scripts/copy-fonts.mjs)`,
      );
      process.exit(1);
    }
  } else {
    copyFonts();
  }
}
