/**
 * The whole chain on the built-in catalogue and the sample pack: pack + catalogue
 * → document model → PDF and DOCX. Both formats must say the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../src/main/services/export/writers/docx/document';
import { renderPdf } from '../../../../src/main/services/export/writers/pdf/document';
import { findResourcesDir } from '../../../../src/main/services/resources';
import { type Catalogue, validateCatalogue } from '../../../../src/shared/catalogue';
import { displayName } from '../../../../src/shared/catalogue/summary';
import { type BuildOptions, buildBriefingDocument } from '../../../../src/shared/document/build';
import { t } from '../../../../src/shared/i18n';
import { type Pack, loadPack } from '../../../../src/shared/pack';
import { formatDate, formatTimeWindow } from '../../../../src/shared/time';
import { readDocx } from '../../../helpers/docxText';
import { type PdfReadback, readPdf } from '../../../helpers/pdfText';

const resourcesDir = findResourcesDir();
const fontsDir = join(resourcesDir, 'fonts');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(resourcesDir, path), 'utf8'));

function loadFixtures(): { catalogue: Catalogue; pack: Pack } {
  const catalogue = validateCatalogue(readJson('catalogue/builtin.catalogue.json'));
  const pack = loadPack(readJson('packs/sample.briefpack'));
  if (!catalogue.ok || !pack.ok) throw new Error('built-in catalogue or sample pack does not load');
  return { catalogue: catalogue.data, pack: pack.data.pack };
}

/** Compares text without whitespace: line wrapping differs between the formats. */
const squash = (text: string): string => text.replace(/\s+/g, '');

async function exportBoth(pack: Pack, catalogue: Catalogue, options: BuildOptions = {}) {
  const document = buildBriefingDocument(pack, catalogue, options);
  const pdf = await readPdf((await renderPdf(document, { fontsDir })).bytes);
  const docx = await readDocx(await renderDocx(document));
  return {
    pdf,
    pdfText: squash(pdf.pages.map((page) => page.text).join(' ')),
    docxText: squash(docx.text),
  };
}

/** Every fact of the agenda the pack promises, in the pack's language. */
function agendaFacts(pack: Pack, catalogue: Catalogue): string[] {
  const people = new Map(catalogue.people.map((person) => [person.id, person]));
  const topics = new Map(catalogue.topics.map((topic) => [topic.id, topic]));
  const facts: string[] = [];
  for (const seminarId of pack.seminarIds) {
    const seminar = catalogue.seminars.find((candidate) => candidate.id === seminarId)!;
    facts.push(formatDate(seminar.start, pack.language), seminar.title);
    facts.push(formatTimeWindow(seminar.start, seminar.end, 'UTC', pack.language).range);
    for (const zone of pack.timeZones) {
      const window = formatTimeWindow(seminar.start, seminar.end, zone, pack.language);
      facts.push(window.zoneLabel, window.range);
    }
    if (seminar.chair) facts.push(displayName(people.get(seminar.chair.personId)!), seminar.chair.role);
    for (const session of seminar.sessions) {
      if (pack.topicIds.length > 0 && !pack.topicIds.includes(session.topicId)) continue;
      facts.push(topics.get(session.topicId)!.labels[pack.language]!);
      for (const speaker of session.speakers) facts.push(displayName(people.get(speaker.personId)!), speaker.role);
    }
  }
  return facts;
}

describe('PDF and DOCX of the sample pack say the same thing', () => {
  const { catalogue, pack } = loadFixtures();

  it.each(['en', 'fr', 'es'] as const)(
    'in %s: every date, time, chair, speaker, role and topic label',
    async (language) => {
      const localised: Pack = { ...pack, language };
      const { pdfText, docxText } = await exportBoth(localised, catalogue);
      const facts = agendaFacts(localised, catalogue);
      expect(facts.length).toBeGreaterThan(100);
      for (const fact of facts) {
        expect(pdfText, `PDF lacks "${fact}"`).toContain(squash(fact));
        expect(docxText, `DOCX lacks "${fact}"`).toContain(squash(fact));
      }
      const tbc = squash(t(language, 'toBeConfirmedShort'));
      expect(pdfText).toContain(tbc);
      expect(docxText).toContain(tbc);
    },
  );

  it('shows New York and Vienna daylight-saving times for 24 June 2020', async () => {
    const { pdfText, docxText } = await exportBoth(pack, catalogue);
    for (const text of [pdfText, docxText]) {
      expect(text).toContain(squash('New York (UTC−4) 03:00–04:45'));
      expect(text).toContain(squash('Vienna (UTC+2) 09:00–10:45'));
    }
  });

  it('leaves every not-for-disclosure text out of both formats in the external edition', async () => {
    const backgrounds = Object.values(pack.topicBriefs)
      .map((brief) => brief.background)
      .filter((text) => text !== '');
    expect(backgrounds.length).toBeGreaterThan(0);
    const internal = await exportBoth(pack, catalogue);
    const external = await exportBoth(pack, catalogue, { edition: 'external' });
    const notForDisclosure = squash(t('en', 'backgroundNotForDisclosure'));
    for (const background of backgrounds) {
      expect(internal.pdfText).toContain(squash(background));
      expect(internal.docxText).toContain(squash(background));
      expect(external.pdfText).not.toContain(squash(background));
      expect(external.docxText).not.toContain(squash(background));
    }
    expect(external.pdfText).not.toContain(notForDisclosure);
    expect(external.docxText).not.toContain(notForDisclosure);
    expect(external.pdfText).toContain(squash(t('en', 'externalEdition')));
    expect(external.docxText).toContain(squash(t('en', 'externalEdition')));
  });
});

describe('PDF layout of the sample pack', () => {
  const { catalogue, pack } = loadFixtures();
  const rendered: Partial<Record<'a4' | 'letter', PdfReadback>> = {};
  beforeAll(async () => {
    for (const paper of ['a4', 'letter'] as const) {
      rendered[paper] = (await exportBoth({ ...pack, paper }, catalogue)).pdf;
    }
  });

  it('uses the paper size of the pack', () => {
    expect(
      rendered.a4!.pages.every((page) => Math.abs(page.width - 595.28) < 0.5 && Math.abs(page.height - 841.89) < 0.5),
    ).toBe(true);
    expect(rendered.letter!.pages.every((page) => page.width === 612 && page.height === 792)).toBe(true);
  });

  it.each(['a4', 'letter'] as const)('on %s, no page ends with a heading (text of 11 pt or more)', (paper) => {
    const pdf = rendered[paper]!;
    for (const page of pdf.pages.slice(1, -1)) {
      const body = page.items.filter((item) => item.top > 70 && item.top < page.height - 70);
      const last = body.reduce((lowest, item) => (item.top > lowest.top ? item : lowest));
      expect(last.size, `page ${page.number} ends with "${last.str}"`).toBeLessThan(11);
    }
  });

  it('prints the marking at the top and bottom of every page, and "Page X of Y"', () => {
    const pdf = rendered.a4!;
    for (const page of pdf.pages) {
      const markings = page.items.filter((item) => item.str === pack.marking);
      expect(
        markings.some((item) => item.top < 60),
        `top of page ${page.number}`,
      ).toBe(true);
      expect(
        markings.some((item) => item.top > page.height - 60),
        `foot of page ${page.number}`,
      ).toBe(true);
      expect(page.text).toContain(`Page ${page.number} of ${pdf.pageCount}`);
      expect(page.text).toContain(pack.reference);
    }
  });
});
