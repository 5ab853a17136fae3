import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Catalogue } from '../../shared/catalogue/schema';
import { LANGUAGES, type Language } from '../../shared/catalogue/schema';
import { buildBriefingDocument, hasPrintableContent } from '../../shared/document/build';
import { type Pack, PackSchema, createDefaultPack } from '../../shared/pack';
import { isValidTimeZone } from '../../shared/time';
import { createCatalogueService, loadCatalogueFile } from '../services/catalogue';
import { exportBriefingDocument } from '../services/export';
import { NOTHING_TO_PRINT } from '../services/export/runner';
import { checkPackFitsCatalogue, loadPackFile } from '../services/packs';
import { type CommandContext, CliUsageError, EXIT_FAILURE, EXIT_OK, parseCommandArgs } from './run';

const BUILD_OPTIONS = {
  catalogue: { type: 'string' },
  pack: { type: 'string' },
  seminars: { type: 'string' },
  topics: { type: 'string' },
  lang: { type: 'string' },
  paper: { type: 'string' },
  zones: { type: 'string' },
  marking: { type: 'string' },
  external: { type: 'boolean' },
  pdf: { type: 'string' },
  docx: { type: 'string' },
} as const;

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function todayIsoDate(): string {
  return new Date().toISOString().slice(0, 10);
}

async function loadCatalogueForBuild(context: CommandContext, path: string | undefined): Promise<Catalogue> {
  const result =
    path === undefined
      ? await createCatalogueService(context.resourcesDir).loadBuiltin()
      : await loadCatalogueFile(resolve(context.io.cwd, path));
  if (!result.ok) throw new CliUsageError(result.message);
  return result.data;
}

/** Applies command-line options over the pack, refusing unknown ids, zones and languages. */
export function applyBuildOptions(
  pack: Pack,
  catalogue: Catalogue,
  options: {
    seminars?: string;
    topics?: string;
    lang?: string;
    paper?: string;
    zones?: string;
    marking?: string;
    external?: boolean;
  },
): Pack {
  const next: Pack = { ...pack };
  if (options.seminars !== undefined) {
    const known = new Set(catalogue.seminars.map((seminar) => seminar.id));
    const ids = splitList(options.seminars);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new CliUsageError(`unknown seminar id ${unknown.join(', ')}. Known ids: ${[...known].join(', ')}.`);
    if (ids.length === 0) throw new CliUsageError('--seminars needs at least one seminar id.');
    next.seminarIds = [...new Set(ids)];
  }
  if (options.topics !== undefined) {
    const known = new Set(catalogue.topics.map((topic) => topic.id));
    const ids = splitList(options.topics);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new CliUsageError(`unknown topic id ${unknown.join(', ')}. Known ids: ${[...known].join(', ')}.`);
    next.topicIds = [...new Set(ids)];
  }
  if (options.lang !== undefined) {
    if (!(LANGUAGES as readonly string[]).includes(options.lang))
      throw new CliUsageError(`unknown language "${options.lang}". Use one of: ${LANGUAGES.join(', ')}.`);
    next.language = options.lang as Language;
  }
  if (options.paper !== undefined) {
    if (options.paper !== 'a4' && options.paper !== 'letter')
      throw new CliUsageError(`unknown paper size "${options.paper}". Use a4 or letter.`);
    next.paper = options.paper;
  }
  if (options.zones !== undefined) {
    const zones = splitList(options.zones).filter((zone) => zone !== 'UTC' && zone !== 'Etc/UTC');
    const unknown = zones.filter((zone) => !isValidTimeZone(zone));
    if (unknown.length > 0)
      throw new CliUsageError(`unknown time zone ${unknown.join(', ')}. Use IANA names such as America/New_York.`);
    if (zones.length > 4) throw new CliUsageError('at most 4 time zones (UTC is always shown first).');
    next.timeZones = [...new Set(zones)];
  }
  if (options.marking !== undefined) next.marking = options.marking;
  const valid = PackSchema.safeParse(next);
  if (!valid.success) {
    const issue = valid.error.issues[0];
    throw new CliUsageError(
      `the options make an invalid pack: ${issue ? `${issue.path.join('.')}: ${issue.message}` : ''}`,
    );
  }
  return valid.data;
}

export async function buildCommand(context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(context.args, BUILD_OPTIONS, false);
  if (positionals.length > 0) throw new CliUsageError(`unexpected argument "${positionals[0]}".`);
  if (values.pdf === undefined && values.docx === undefined)
    throw new CliUsageError('say where to write the pack: --pdf out.pdf and/or --docx out.docx.');

  const catalogue = await loadCatalogueForBuild(context, values.catalogue);
  let pack: Pack;
  if (values.pack !== undefined) {
    const loaded = await loadPackFile(resolve(context.io.cwd, values.pack));
    if (!loaded.ok) throw new CliUsageError(loaded.message);
    pack = loaded.data;
  } else {
    pack = createDefaultPack(catalogue, { today: todayIsoDate() });
  }
  pack = applyBuildOptions(pack, catalogue, values);
  const fits = checkPackFitsCatalogue(pack, catalogue);
  if (!fits.ok) throw new CliUsageError(fits.message);

  const edition = values.external ? 'external' : 'internal';
  const written = await exportPack(context, pack, catalogue, edition, {
    ...(values.pdf !== undefined ? { pdfPath: resolve(context.io.cwd, values.pdf) } : {}),
    ...(values.docx !== undefined ? { docxPath: resolve(context.io.cwd, values.docx) } : {}),
  });
  return written ? EXIT_OK : EXIT_FAILURE;
}

async function exportPack(
  context: CommandContext,
  pack: Pack,
  catalogue: Catalogue,
  edition: 'internal' | 'external',
  targets: { pdfPath?: string; docxPath?: string },
): Promise<boolean> {
  const document = buildBriefingDocument(pack, catalogue, { edition });
  if (!hasPrintableContent(document)) {
    context.io.stderr(`briefpack: ${NOTHING_TO_PRINT}\n`);
    return false;
  }
  const result = await exportBriefingDocument(document, targets, { fontsDir: join(context.resourcesDir, 'fonts') });
  if (!result.ok) {
    context.io.stderr(`briefpack: ${result.message}\n`);
    return false;
  }
  const show = (path: string) => relative(context.io.cwd, path) || path;
  if (result.data.pdf) context.io.stdout(`${show(result.data.pdf.path)}  (PDF, ${result.data.pdf.pageCount} pages)\n`);
  if (result.data.docx) context.io.stdout(`${show(result.data.docx.path)}  (DOCX)\n`);
  return true;
}

/** `npm run demo`: the sample pack of the built-in catalogue, in English (PDF + DOCX), French and Spanish (PDF). */
export async function demoCommand(context: CommandContext): Promise<number> {
  parseCommandArgs(context.args, {}, false);
  const catalogue = await loadCatalogueForBuild(context, undefined);
  const samplePath = join(context.resourcesDir, 'packs', 'sample.briefpack');
  const loaded = await loadPackFile(samplePath);
  if (!loaded.ok) throw new CliUsageError(loaded.message);
  const outDir = resolve(context.io.cwd, 'briefing-packs');
  await mkdir(outDir, { recursive: true });
  const editions: { language: Language; docx: boolean }[] = [
    { language: 'en', docx: true },
    { language: 'fr', docx: false },
    { language: 'es', docx: false },
  ];
  for (const edition of editions) {
    const pack = applyBuildOptions(loaded.data, catalogue, { lang: edition.language });
    const base = join(outDir, `briefing-pack-${edition.language}`);
    const ok = await exportPack(context, pack, catalogue, 'internal', {
      pdfPath: `${base}.pdf`,
      ...(edition.docx ? { docxPath: `${base}.docx` } : {}),
    });
    if (!ok) return EXIT_FAILURE;
  }
  return EXIT_OK;
}
