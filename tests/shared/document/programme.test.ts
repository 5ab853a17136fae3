import { describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../../src/shared/document/for-pack';
import type { BriefingDocument, FieldsBlock, ListBlock } from '../../../src/shared/document/model';
import { buildProgrammeDocument } from '../../../src/shared/document/programme';
import { type Pack, createDefaultPack, withDocumentKind } from '../../../src/shared/pack';
import { programmeCatalogue } from '../../fixtures/catalogues/programme-v2';
import { allBlocks, headings, runsText, sectionBlocks } from './helpers';

const catalogue = programmeCatalogue();
const FRENCH = 'seminar-2020-07-09';
const ASIA = 'seminar-2020-06-24';

function programme(choices: Partial<Pack> = {}): Pack {
  return createDefaultPack(catalogue, { today: '2020-07-01', kind: 'programme', seminarIds: [FRENCH], ...choices });
}

const fields = (document: BriefingDocument) =>
  allBlocks(document).filter((block): block is FieldsBlock => block.kind === 'fields');
const lists = (document: BriefingDocument) =>
  allBlocks(document).filter((block): block is ListBlock => block.kind === 'list');
const fieldMap = (block: FieldsBlock | undefined) =>
  Object.fromEntries((block?.rows ?? []).map((row) => [row.label, runsText(row.value)]));

describe('buildProgrammeDocument', () => {
  it('prints the French seminar alone in French: its own session titles, labels, chair label and times', () => {
    const document = buildProgrammeDocument(programme({ paper: 'letter' }), catalogue);
    expect(document.metadata.language).toBe('fr');
    expect(document.furniture.paper).toBe('letter');
    expect(document.furniture.pageNumber.between).toBe(' sur ');
    const texts = headings(sectionBlocks(document, 'agenda')).map((heading) => heading.text);
    expect(texts[0]).toBe('Programme');
    expect(texts[1]).toBe('9 juillet 2020 \u2014 Seminaire dédié aux pays francophones du continent africain');
    // Session times in the announced zone (Paris, UTC+2), titles as written, the last one the French one.
    expect(texts.slice(2)).toEqual([
      '10:10–10:30 \u2014 Qu’est-ce que la cybercriminalité?',
      '10:30–11:00 \u2014 État de la législation mondiale sur la cybercriminalité',
      '11:00–11:25 \u2014 Coopération internationale',
      '11:25–11:45 \u2014 Formation des Autorités chargées de l’application de la loi',
    ]);
    expect(fieldMap(fields(document)[0])).toEqual({
      'Paris (UTC+2)': '10:00–11:45',
      UTC: '08:00–09:45',
      Lieu: 'En ligne (Zoom)',
      'Président de séance':
        'Dr François DELERUE, Chercheur cyberdéfense et droit international à l’Institut de Recherche stratégique de l’École Militaire, France',
    });
    expect(runsText(lists(document)[0]?.items[0] ?? [])).toBe(
      'M. Papa Assane TOURE, Magistrat, Secrétaire Général Adjoint du Gouvernement, Sénégal, Secrétariat général du Gouvernement',
    );
  });

  it('prints the chair label as written only in the seminar’s own language', () => {
    const chairLabel = (language: Pack['language']) =>
      fields(buildProgrammeDocument(programme({ language, languageMode: 'document' }), catalogue))[0]?.rows.at(-1)
        ?.label;
    expect(chairLabel('fr')).toBe('Président de séance');
    expect(chairLabel('ar')).toBe('الرئاسة');
    expect(chairLabel('en')).toBe('Chair');
  });

  it('has no delegation, classification or not-for-disclosure parts, and no marking unless one is set', () => {
    const document = buildProgrammeDocument(programme({ delegation: 'Delegation of X' }), catalogue);
    expect(document.furniture.marking).toBe('');
    expect(document.cover?.marking).toBe('');
    expect(JSON.stringify(document)).not.toContain('Delegation of X');
    expect(allBlocks(document).some((block) => block.kind === 'notice')).toBe(false);
    expect(document.sections.map((section) => section.id)).toEqual(['agenda', 'speakers']);
    const marked = buildProgrammeDocument(programme({ marking: 'OFFICIAL' }), catalogue);
    expect(marked.furniture.marking).toBe('OFFICIAL');
  });

  it('title page: the title, the seminar, the date and the venue', () => {
    const cover = buildProgrammeDocument(programme(), catalogue).cover;
    expect(cover?.title).toBe('Cybercrime and criminal justice in cyberspace');
    expect(cover?.fields).toEqual([
      { label: 'Séminaire', value: 'Seminaire dédié aux pays francophones du continent africain' },
      { label: 'Date', value: '9 juillet 2020' },
      { label: 'Lieu', value: 'En ligne (Zoom)' },
    ]);
    expect(cover?.seminars).toEqual([]);
  });

  it('still prints the title when the title page is off', () => {
    const pack = programme({ title: 'Programme du séminaire francophone' });
    const document = buildProgrammeDocument({ ...pack, sections: { ...pack.sections, cover: false } }, catalogue);
    expect(document.cover).toBeUndefined();
    const first = sectionBlocks(document, 'agenda')[0];
    expect(first).toMatchObject({ kind: 'heading', level: 1, text: 'Programme du séminaire francophone' });
  });

  it('prints each seminar in its own language, or all in one language when chosen', () => {
    const both = programme({ seminarIds: [ASIA, FRENCH] });
    const own = buildProgrammeDocument(both, catalogue);
    // A mix of languages: the title page and page furniture in the pack's language.
    expect(own.metadata.language).toBe('en');
    const seminarHeadings = headings(sectionBlocks(own, 'agenda')).filter((heading) => heading.level === 2);
    expect(seminarHeadings.map((heading) => heading.text.split(' \u2014 ')[0])).toEqual([
      '24 June 2020',
      '9 juillet 2020',
    ]);
    expect(Object.keys(fieldMap(fields(own)[0]))).toEqual(['Bangkok (UTC+7)', 'UTC', 'Venue', 'Chair']);
    expect(Object.keys(fieldMap(fields(own)[1]))).toContain('Lieu');

    const english = buildProgrammeDocument({ ...both, languageMode: 'document', language: 'en' }, catalogue);
    const texts = headings(sectionBlocks(english, 'agenda')).map((heading) => heading.text);
    expect(texts).toContain('9 July 2020 \u2014 Seminaire dédié aux pays francophones du continent africain');
    // Titles as written, whatever the labels' language.
    expect(texts).toContain('10:10–10:30 \u2014 Qu’est-ce que la cybercriminalité?');
    expect(Object.keys(fieldMap(fields(english)[1]))).toContain('Venue');
  });

  it('shows other zones when chosen, and the name order and honorific of each person', () => {
    const document = buildProgrammeDocument(
      programme({ seminarIds: [ASIA], timeZones: ['America/New_York', 'Pacific/Honolulu'] }),
      catalogue,
    );
    expect(fieldMap(fields(document)[0])).toMatchObject({
      'Bangkok (UTC+7)': '14:00–15:45',
      UTC: '07:00–08:45',
      'New York (UTC−4)': '03:00–04:45',
      // The heading carries the date in the announced zone; a zone where it is another day says so.
      'Honolulu (UTC−10)': '21:00–22:45 (23 Jun 2020)',
    });
    const speakers = lists(document).map((list) => runsText(list.items[0] ?? []));
    expect(speakers[0]).toMatch(/^Prof\. FERNANDO Jayantha, Director, Sri Lanka CERT/);
  });

  it('prints bios after the agenda in the seminar’s language, leaving out people with none', () => {
    const document = buildProgrammeDocument(programme(), catalogue);
    const bios = sectionBlocks(document, 'speakers');
    expect(bios[0]).toMatchObject({ kind: 'heading', level: 1, text: 'Biographies des intervenants' });
    const names = headings(bios)
      .slice(1)
      .map((heading) => heading.text);
    expect(names).toEqual(['Dr François DELERUE', 'M. Papa Assane TOURE', 'Alexander SEGER']);
    const off = programme();
    expect(
      buildProgrammeDocument({ ...off, sections: { ...off.sections, speakers: false } }, catalogue).sections.map(
        (section) => section.id,
      ),
    ).toEqual(['agenda']);
  });

  it('is what buildPackDocument gives for a programme, and a briefing pack switched to a programme', () => {
    const briefing = createDefaultPack(catalogue, { today: '2020-07-01', seminarIds: [FRENCH] });
    const switched = withDocumentKind(briefing, 'programme');
    expect(switched.marking).toBe('');
    expect(buildPackDocument(switched, catalogue)).toEqual(buildProgrammeDocument(switched, catalogue));
    expect(buildPackDocument(briefing, catalogue).sections.map((section) => section.id)).toContain('speakerIndex');
  });

  it('matches the golden model of the French seminar on Letter', async () => {
    const document = buildProgrammeDocument(programme({ paper: 'letter' }), catalogue);
    await expect(`${JSON.stringify(document, null, 2)}\n`).toMatchFileSnapshot('golden/programme-fr-letter.json');
  });
});
