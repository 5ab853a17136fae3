import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/shared/catalogue/schema';
import { type BuildOptions, buildBriefingDocument, hasPrintableContent } from '../../../src/shared/document/build';
import { t } from '../../../src/shared/i18n/dictionary';
import type { ListBlock, NoticeBlock, ParagraphBlock } from '../../../src/shared/document/model';
import { type Pack, createDefaultPack, loadPack } from '../../../src/shared/pack';
import { builtinCatalogue, hasBuiltinCatalogue, smallCatalogue } from '../../fixtures/catalogues/load';
import {
  allBlocks,
  allStrings,
  blocksUnder,
  fieldsUnder,
  headings,
  modelProblems,
  runsText,
  sectionBlocks,
  tableUnder,
} from './helpers';

const ASIA_PACIFIC = '2020-06-24-asia-pacific';
const FRANCOPHONE = '2020-07-09-francophone';
const SPANISH = '2020-07-22-spanish';

const catalogue = smallCatalogue();
const packFor = (options: Partial<Pack> = {}): Pack =>
  createDefaultPack(catalogue, { today: '2020-06-20', ...options });
const build = (options: Partial<Pack> = {}, source: Catalogue = catalogue, buildOptions: BuildOptions = {}) =>
  buildBriefingDocument(createDefaultPack(source, { today: '2020-06-20', ...options }), source, buildOptions);
const draft = (options: Partial<Pack> = {}, source: Catalogue = catalogue) =>
  build(options, source, { showGaps: true });
const external = (options: Partial<Pack> = {}) => build(options, catalogue, { edition: 'external' });
/** Every placeholder the builder knows, in every language: none may reach a finished pack. */
const PLACEHOLDERS = (['en', 'fr', 'es'] as const).flatMap((language) =>
  (
    [
      'noBiography',
      'noBriefWritten',
      'noFurtherReadings',
      'noSpeakers',
      'noSessionsForChosenTopics',
      'noSeminarsChosen',
      'noSeriesBackground',
      'draft',
      'draftGapsShown',
    ] as const
  ).map((key) => t(language, key)),
);

describe('agenda', () => {
  it('gives each seminar its UTC window, the chosen zones with daylight saving, and the chair', () => {
    const document = build({ timeZones: ['America/New_York', 'Europe/Vienna'] });
    expect(fieldsUnder(document, `agenda-${ASIA_PACIFIC}`)).toEqual({
      'Time (UTC)': '07:00–08:45',
      'New York (UTC−4)': '03:00–04:45',
      'Vienna (UTC+2)': '09:00–10:45',
      Chair: 'Patryk PAWLAK, Brussels Executive Officer, EUISS',
    });
    const heading = headings(sectionBlocks(document, 'agenda')).find(
      (block) => block.anchor === `agenda-${ASIA_PACIFIC}`,
    );
    expect(heading).toMatchObject({ level: 2, text: '24 June 2020 — Seminar with Asia-Pacific countries' });
  });

  it('adds the day shift to the value in the pack language', () => {
    const document = build({ language: 'fr', timeZones: ['Asia/Tokyo'] });
    expect(fieldsUnder(document, `agenda-${SPANISH}`)['Tokyo (UTC+9)']).toBe('00:00–01:45 (+1 jour)');
  });

  it('puts the chair name in bold', () => {
    const fields = blocksUnder(build(), `agenda-${ASIA_PACIFIC}`).find((block) => block.kind === 'fields');
    expect(fields?.kind === 'fields' && fields.rows.at(-1)?.value[0]).toEqual({ text: 'Patryk PAWLAK', bold: true });
  });

  it('lists one row per speaker, naming the topic once, with an empty row for a session without speakers', () => {
    const table = tableUnder(build(), `agenda-${FRANCOPHONE}`);
    expect(table.header).toEqual(['Topic', 'Speaker', 'Role']);
    expect(table.rows.map((row) => row.map(runsText))).toEqual([
      ['What is cybercrime?', 'Papa Assane TOURE', 'Magistrat, Secrétaire Général Adjoint du Gouvernement, Sénégal'],
      ['Status of global cybercrime legislation', 'Alexander SEGER', 'Head of Cybercrime Division, Council of Europe'],
      ['', 'Sidi RALIOU', expect.stringContaining('Directeur Economie Numérique')],
      ['Capacity building', 'Alexander SEGER', 'Head of Division, Cybercrime Programme Office, Council of Europe'],
    ]);
    expect(table.rows[0]?.[1]).toEqual([{ text: 'Papa Assane TOURE', bold: true }]);
    const asia = tableUnder(build(), `agenda-${ASIA_PACIFIC}`);
    expect(asia.rows.at(-1)?.map(runsText)).toEqual(['Capacity building', '', '']);
  });

  it('marks TBC speakers in the pack language', () => {
    const nameCell = (language: Pack['language']) =>
      tableUnder(build({ language }), `agenda-${SPANISH}`).rows.find((row) =>
        runsText(row[1] ?? []).includes('NAVAS'),
      )?.[1];
    expect(nameCell('en')).toEqual([
      { text: 'Emilia NAVAS APARICIO', bold: true },
      { text: ' (TBC)', italic: true },
    ]);
    expect(nameCell('fr')?.[1]).toEqual({ text: ' (à confirmer)', italic: true });
    expect(nameCell('es')?.[1]).toEqual({ text: ' (por confirmar)', italic: true });
  });

  it('uses topic labels in the pack language and falls back to the seminar’s own session title', () => {
    const topicColumn = (language: Pack['language'], seminarId: string) =>
      tableUnder(build({ language }), `agenda-${seminarId}`).rows.map((row) => runsText(row[0] ?? []));
    expect(topicColumn('es', ASIA_PACIFIC)).toEqual([
      '¿Qué es la ciberdelincuencia?',
      'El estado de la legislación sobre ciberdelincuencia a nivel mundial',
      // No Spanish label in the catalogue: the English seminar's session title is used.
      'International cooperation',
      'Desarrollo de capacidades',
    ]);
    expect(topicColumn('es', SPANISH)[1]).toBe('Cooperación internacional');
  });

  it('shows only the chosen topics, and the speakers on them, in every section', () => {
    const document = build({ topicIds: ['legislation'] });
    expect(tableUnder(document, `agenda-${ASIA_PACIFIC}`).rows.map((row) => runsText(row[1] ?? []))).toEqual([
      'Alexander SEGER',
    ]);
    // The seminar keeps its times and chair; no line says what it lacks.
    expect(blocksUnder(document, `agenda-${SPANISH}`).map((block) => block.kind)).toEqual(['fields']);
    expect(
      blocksUnder(draft({ topicIds: ['legislation'] }), `agenda-${SPANISH}`).find(
        (block) => block.kind === 'paragraph',
      ),
    ).toEqual({ kind: 'paragraph', runs: [{ text: 'No sessions on the chosen topics' }], tone: 'muted' });
    const speakerNames = headings(sectionBlocks(document, 'speakers'))
      .slice(1)
      .map((block) => block.text);
    // Chairs of chosen seminars always appear; speakers on other topics do not.
    expect(speakerNames).toEqual([
      'François DELERUE',
      'Camino KAVANAGH',
      'Patryk PAWLAK',
      'Sidi RALIOU',
      'Alexander SEGER',
    ]);
    expect(
      headings(sectionBlocks(draft({ topicIds: ['legislation'] }), 'topicBriefs')).map((block) => block.text),
    ).toEqual(['Topic briefs', 'Status of global cybercrime legislation']);
    expect(document.metadata.keywords).toEqual(['Status of global cybercrime legislation']);
  });

  it('follows the pack’s seminar order and skips ids the catalogue lacks', () => {
    const document = build({ seminarIds: [SPANISH, 'no-such-seminar', ASIA_PACIFIC] });
    expect(headings(sectionBlocks(document, 'agenda')).map((block) => block.anchor)).toEqual([
      'agenda',
      `agenda-${SPANISH}`,
      `agenda-${ASIA_PACIFIC}`,
    ]);
    expect(document.cover?.seminars).toEqual([
      '22 July 2020 — Ciberdelincuencia y Justicia Penal en el Ciberespacio',
      '24 June 2020 — Seminar with Asia-Pacific countries',
    ]);
  });
});

describe('speakers', () => {
  it('lists each person once with every distinct role and where they speak', () => {
    const document = build();
    const segerHeadings = headings(sectionBlocks(document, 'speakers')).filter((block) => block.text.includes('SEGER'));
    expect(segerHeadings).toEqual([
      { kind: 'heading', level: 3, text: 'Alexander SEGER', anchor: 'speaker-alexander-seger' },
    ]);
    expect(fieldsUnder(document, 'speaker-alexander-seger')).toEqual({
      Roles:
        'Head of Division, Cybercrime Programme Office, Council of Europe; Head of Cybercrime Division, Council of Europe',
      'Speaks at':
        '24 Jun 2020 — Seminar with Asia-Pacific countries: Status of global cybercrime legislation; ' +
        '9 Jul 2020 — Seminaire dédié aux pays francophones du continent africain: Status of global cybercrime legislation; ' +
        '9 Jul 2020 — Seminaire dédié aux pays francophones du continent africain: Capacity building',
    });
    expect(fieldsUnder(document, 'speaker-patryk-pawlak')).toEqual({
      Role: 'Brussels Executive Officer, EUISS',
      'Speaks at': '24 Jun 2020 — Seminar with Asia-Pacific countries: Chair',
    });
  });

  it('orders people by family name, then given name, in the pack language', () => {
    const names = headings(sectionBlocks(build(), 'speakers'))
      .slice(1)
      .map((block) => block.text);
    expect(names).toEqual([
      'Carlos CUBILLO MIRANDA',
      'François DELERUE',
      'Jayantha FERNANDO',
      'Camino KAVANAGH',
      'Emilia NAVAS APARICIO',
      'Patryk PAWLAK',
      'Claudio PEGUERO',
      'Markk PERETE',
      'Sidi RALIOU',
      'Alexander SEGER',
      'Papa Assane TOURE',
    ]);
  });

  it('states a TBC status in the pack language', () => {
    expect(fieldsUnder(build({ language: 'es' }), 'speaker-emilia-navas-aparicio')).toMatchObject({
      Estado: 'Participación por confirmar',
      'Interviene en': expect.stringMatching(/^22 jul\.? 2020 — .*: Desarrollo de capacidades \(por confirmar\)$/),
    });
    expect(fieldsUnder(build(), 'speaker-alexander-seger')).not.toHaveProperty('Status');
  });

  it('prints the bio override, else the catalogue bio, in the pack language only', () => {
    const bioOf = (document: ReturnType<typeof build>, anchor: string) =>
      blocksUnder(document, anchor)
        .filter((block): block is ParagraphBlock => block.kind === 'paragraph')
        .map((block) => ({ text: runsText(block.runs), tone: block.tone }));
    const overrides: Pack['bioOverrides'] = {
      'alexander-seger': { fr: 'Biographie revue par la délégation.' },
      'jayantha-fernando': { en: 'Override for someone without a catalogue bio.' },
    };
    const english = build({ bioOverrides: overrides });
    expect(bioOf(english, 'speaker-alexander-seger')).toEqual([
      { text: 'Listed in the programme as Head of Division at the Council of Europe.', tone: undefined },
      { text: 'Sample biography for tests.', tone: undefined },
    ]);
    expect(bioOf(english, 'speaker-jayantha-fernando')).toEqual([
      { text: 'Override for someone without a catalogue bio.', tone: undefined },
    ]);
    const french = build({ language: 'fr', bioOverrides: overrides });
    expect(bioOf(french, 'speaker-alexander-seger')).toEqual([
      { text: 'Biographie revue par la délégation.', tone: undefined },
    ]);
    // No placeholder in a finished pack; a draft names the gap in a muted line.
    expect(bioOf(french, 'speaker-patryk-pawlak')).toEqual([]);
    expect(bioOf(draft({ language: 'fr', bioOverrides: overrides }), 'speaker-patryk-pawlak')).toEqual([
      { text: 'Aucune biographie fournie', tone: 'muted' },
    ]);
  });
});

describe('topic briefs', () => {
  const brief = {
    summary: 'First paragraph of the summary.\n\nSecond paragraph,\nhard-wrapped.',
    pointsToMake: ['Support a criminal-justice definition.', '   ', 'Insist on safeguards.'],
    background: 'UNIQUE-BACKGROUND-7f3a: capital has not yet cleared the position.',
  };

  it('prints summary, points to make and the not-for-disclosure notice', () => {
    const document = build({ topicBriefs: { legislation: brief } });
    const blocks = blocksUnder(document, 'brief-legislation');
    expect(blocks.map((block) => (block.kind === 'heading' ? block.text : block.kind))).toEqual([
      'Summary',
      'paragraph',
      'paragraph',
      'Points to make',
      'list',
      'notice',
      'paragraph',
    ]);
    expect(runsText((blocks[2] as ParagraphBlock).runs)).toBe('Second paragraph, hard-wrapped.');
    expect((blocks[4] as ListBlock).items.map(runsText)).toEqual([
      'Support a criminal-justice definition.',
      'Insist on safeguards.',
    ]);
    expect((blocks[5] as NoticeBlock).title).toBe('Background (not for disclosure)');
  });

  it('leaves out a topic with no brief, and the section when no topic has one; a draft names the gap', () => {
    const document = build({ topicBriefs: { legislation: brief } });
    expect(headings(sectionBlocks(document, 'topicBriefs')).map((block) => block.anchor)).toEqual([
      'topic-briefs',
      'brief-legislation',
      'brief-legislation-summary',
      'brief-legislation-points',
    ]);
    expect(build().sections.map((section) => section.id)).not.toContain('topicBriefs');
    expect(blocksUnder(draft(), 'brief-what-is-cybercrime')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'No brief written yet' }], tone: 'muted' },
    ]);
  });

  it('leaves every trace of the background out of an external edition', () => {
    const document = external({ topicBriefs: { legislation: brief } });
    const json = JSON.stringify(document);
    expect(json).not.toContain('UNIQUE-BACKGROUND-7f3a');
    expect(json).not.toContain('capital has not yet cleared');
    expect(json).not.toContain('not for disclosure');
    expect(allBlocks(document).some((block) => block.kind === 'notice')).toBe(false);
    expect(document.cover?.edition).toBe('External edition');
    expect(json).toContain('Insist on safeguards.');
    // A topic whose only text is background looks unwritten to an outside reader.
    const backgroundOnly = external({
      topicBriefs: { legislation: { summary: '', pointsToMake: [], background: brief.background } },
    });
    expect(JSON.stringify(backgroundOnly)).not.toContain('UNIQUE-BACKGROUND-7f3a');
    expect(backgroundOnly.sections.map((section) => section.id)).not.toContain('topicBriefs');
    expect(build({ topicBriefs: { legislation: brief } }).cover).not.toHaveProperty('edition');
    // A v1 pack's `external` flag no longer decides (pack v2 dropped it): the edition is an export choice.
    const v1Flagged = { external: true, topicBriefs: { legislation: brief } } as Partial<Pack>;
    expect(JSON.stringify(build(v1Flagged))).toContain('UNIQUE-BACKGROUND-7f3a');
  });
});

describe('speaker index, background and readings', () => {
  it('indexes people as FAMILY, Given with the dates of their seminars', () => {
    const index = sectionBlocks(build(), 'speakerIndex');
    const table = index.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.header).toEqual(['Name', 'Seminars']);
    const rows = table?.kind === 'table' ? table.rows.map((row) => row.map(runsText)) : [];
    expect(rows[0]).toEqual(['CUBILLO MIRANDA, Carlos', '22 Jul 2020']);
    expect(rows).toContainEqual(['SEGER, Alexander', '24 Jun 2020, 9 Jul 2020']);
    expect(rows).toHaveLength(11);
  });

  it('gives the series summary and focus', () => {
    const blocks = blocksUnder(build(), 'series-cybercrime-2020');
    expect(blocks[0]).toMatchObject({ kind: 'paragraph' });
    expect(headings(blocks).map((block) => block.text)).toEqual(['Focus']);
    const focus = blocks.find((block): block is ListBlock => block.kind === 'list');
    expect(focus?.items).toHaveLength(4);
  });

  it('prints the focus list right after the paragraph that announces it, as the programme does', () => {
    const source = structuredClone(catalogue);
    source.series[0]!.summary =
      'The IEG was set up in 2010.\n\nThe seminars will focus on:\n\nThey are aimed at officials.';
    const blocks = blocksUnder(build({}, source), 'series-cybercrime-2020');
    expect(blocks.map((block) => (block.kind === 'paragraph' ? runsText(block.runs) : block.kind))).toEqual([
      'The IEG was set up in 2010.',
      'The seminars will focus on:',
      'list',
      'They are aimed at officials.',
    ]);
    expect(headings(blocks)).toEqual([]);
  });

  it('places the focus list where the catalogue records it stood, colon or not', () => {
    const source = structuredClone(catalogue);
    source.series[0]!.summary = 'First paragraph.\n\nSecond paragraph, no colon.\n\nThird.';
    source.series[0]!.focusAfterParagraph = 1;
    const blocks = blocksUnder(build({}, source), 'series-cybercrime-2020');
    expect(blocks.map((block) => (block.kind === 'paragraph' ? runsText(block.runs) : block.kind))).toEqual([
      'First paragraph.',
      'list',
      'Second paragraph, no colon.',
      'Third.',
    ]);
    source.series[0]!.focusAfterParagraph = 0;
    const first = blocksUnder(build({}, source), 'series-cybercrime-2020');
    expect(first[0]?.kind).toBe('list');
  });

  it('leaves the background out when the series has none', () => {
    const bare = structuredClone(catalogue);
    bare.series[0]!.summary = '';
    bare.series[0]!.focus = [];
    expect(build({}, bare).sections.map((section) => section.id)).not.toContain('background');
    expect(sectionBlocks(draft({}, bare), 'background').slice(1)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'No background of the series in the programme' }], tone: 'muted' },
    ]);
  });

  it('links only https: and mailto: readings, and still prints every address', () => {
    const hostile = structuredClone(catalogue);
    hostile.series[0]!.furtherReadings = [
      { title: 'Safe', url: 'https://example.org/a' },
      { title: 'Mail', url: 'mailto:desk@example.org' },
      { title: 'Script', url: 'javascript:alert(1)' },
      { title: 'Local', url: 'file:///etc/passwd' },
      { title: 'Plain', url: 'http://example.org/' },
      { title: 'No address' },
    ];
    const list = sectionBlocks(build({}, hostile), 'readings').find(
      (block): block is ListBlock => block.kind === 'list',
    );
    expect(list?.items).toEqual([
      [{ text: 'Safe — ' }, { text: 'https://example.org/a', link: 'https://example.org/a' }],
      [{ text: 'Mail — ' }, { text: 'mailto:desk@example.org', link: 'mailto:desk@example.org' }],
      [{ text: 'Script — ' }, { text: 'javascript:alert(1)' }],
      [{ text: 'Local — ' }, { text: 'file:///etc/passwd' }],
      [{ text: 'Plain — ' }, { text: 'http://example.org/' }],
      [{ text: 'No address' }],
    ]);
  });

  it('leaves the readings out when there are none; a draft says so', () => {
    const bare = structuredClone(catalogue);
    bare.series[0]!.furtherReadings = [];
    const document = build({}, bare);
    expect(document.sections.map((section) => section.id)).not.toContain('readings');
    expect(document.contents).toEqual({ title: 'Contents' });
    expect(sectionBlocks(draft({}, bare), 'readings').slice(1)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'No further readings listed' }], tone: 'muted' },
    ]);
  });
});

describe('document as a whole', () => {
  it('fills metadata, furniture and cover from the pack', () => {
    const document = build(
      {
        title: 'Briefing for the IEG',
        delegation: 'Permanent Mission to the UN (Vienna)',
        reference: 'REF/2020/42',
        marking: 'OFFICIAL',
        paper: 'letter',
      },
      catalogue,
      { edition: 'external' },
    );
    expect(document.metadata).toEqual({
      title: 'Briefing for the IEG',
      author: 'Permanent Mission to the UN (Vienna)',
      subject: 'Cybercrime and criminal justice in cyberspace',
      keywords: [
        'What is cybercrime?',
        'Status of global cybercrime legislation',
        'International cooperation',
        'Capacity building',
      ],
      language: 'en',
      languageTag: 'en-GB',
      created: '2020-06-20T00:00:00Z',
    });
    expect(document.furniture).toEqual({
      paper: 'letter',
      marking: 'OFFICIAL',
      reference: 'REF/2020/42',
      pageNumber: { before: 'Page ', between: ' of ', after: '' },
    });
    expect(document.cover).toEqual({
      marking: 'OFFICIAL',
      title: 'Briefing for the IEG',
      edition: 'External edition',
      fields: [
        { label: 'Delegation', value: 'Permanent Mission to the UN (Vienna)' },
        { label: 'Date', value: '20 June 2020' },
        { label: 'Reference', value: 'REF/2020/42' },
        { label: 'Classification', value: 'OFFICIAL' },
      ],
      seminarsHeading: 'Seminars covered',
      seminars: [
        '24 June 2020 — Seminar with Asia-Pacific countries',
        '9 July 2020 — Seminaire dédié aux pays francophones du continent africain',
        '22 July 2020 — Ciberdelincuencia y Justicia Penal en el Ciberespacio',
      ],
    });
    expect(document.contents).toEqual({ title: 'Contents' });
    expect(build({ preparedBy: 'Desk officer', delegation: 'X' }).metadata.author).toBe('Desk officer');
  });

  it('includes exactly the sections that are switched on, in order', () => {
    const all = build({ topicBriefs: { legislation: { summary: 'Brief.', pointsToMake: [], background: '' } } });
    expect(all.sections.map((section) => section.id)).toEqual([
      'agenda',
      'speakers',
      'topicBriefs',
      'speakerIndex',
      'background',
      'readings',
    ]);
    const some = build({
      topicBriefs: { legislation: { summary: 'Brief.', pointsToMake: [], background: '' } },
      sections: {
        cover: false,
        contents: false,
        agenda: true,
        speakers: false,
        topicBriefs: true,
        speakerIndex: false,
        background: false,
        readings: true,
      },
    });
    expect(some.sections.map((section) => section.id)).toEqual(['agenda', 'topicBriefs', 'readings']);
    expect(some).not.toHaveProperty('cover');
    expect(some).not.toHaveProperty('contents');
    for (const section of all.sections) expect(section.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
  });

  it('speaks French and Spanish', () => {
    const h1 = (language: Pack['language']) =>
      draft({ language }).sections.map((section) =>
        section.blocks[0]?.kind === 'heading' ? section.blocks[0].text : '',
      );
    expect(h1('fr')).toEqual([
      'Programme',
      'Intervenants',
      'Notes thématiques',
      'Index des intervenants',
      'Contexte de la série',
      'Lectures complémentaires',
    ]);
    expect(h1('es')).toEqual([
      'Programa',
      'Ponentes',
      'Notas temáticas',
      'Índice de ponentes',
      'Antecedentes de la serie',
      'Lecturas complementarias',
    ]);
    const spanish = build({ language: 'es', timeZones: ['America/New_York'] });
    expect(spanish.cover?.fields[0]).toEqual({ label: 'Fecha', value: '20 de junio de 2020' });
    expect(spanish.cover?.seminars[0]).toBe('24 de junio de 2020 — Seminar with Asia-Pacific countries');
    expect(spanish.furniture.pageNumber).toEqual({ before: 'Página ', between: ' de ', after: '' });
    expect(spanish.metadata.languageTag).toBe('es-ES');
    expect(fieldsUnder(spanish, `agenda-${ASIA_PACIFIC}`)).toMatchObject({
      'Hora (UTC)': '07:00–08:45',
      'New York (UTC−4)': '03:00–04:45',
      Presidencia: 'Patryk PAWLAK, Brussels Executive Officer, EUISS',
    });
    expect(build({ language: 'fr' }).contents).toEqual({ title: 'Sommaire' });
  });

  it('prints no placeholder in a finished pack, in any language, and leaves empty parts out of the contents', () => {
    for (const language of ['en', 'fr', 'es'] as const) {
      const bare = structuredClone(catalogue);
      bare.series[0]!.furtherReadings = [];
      bare.people.forEach((person) => (person.bio = {}));
      const document = build({ language, topicIds: ['legislation'] }, bare);
      const strings = allStrings(document);
      for (const placeholder of PLACEHOLDERS) expect(strings, placeholder).not.toContain(placeholder);
      expect(allBlocks(document).filter((block) => block.kind === 'paragraph' && block.tone === 'muted')).toEqual([]);
      for (const section of document.sections) expect(section.blocks.length).toBeGreaterThan(1);
    }
  });

  it('marks a draft that shows gaps as DRAFT on the cover and in every page header', () => {
    const document = draft({ reference: 'REF/42' });
    expect(document.furniture.reference).toBe('DRAFT — REF/42');
    expect(document.cover?.edition).toBe('Draft: missing parts shown');
    expect(draft({ language: 'fr' }).furniture.reference).toBe('PROJET');
    expect(build({}, catalogue, { edition: 'external', showGaps: true }).cover?.edition).toBe(
      'External edition — Draft: missing parts shown',
    );
    expect(build({ reference: 'REF/42' }).furniture.reference).toBe('REF/42');
  });

  it('has nothing printable when every part is switched off or empty', () => {
    const off = Object.fromEntries(Object.keys(packFor().sections).map((id) => [id, false])) as Pack['sections'];
    expect(hasPrintableContent(build({ sections: off }))).toBe(false);
    expect(build({ sections: off }).sections).toEqual([]);
    // Only the contents on: a contents page listing nothing is no document either.
    expect(hasPrintableContent(build({ sections: { ...off, contents: true } }))).toBe(false);
    // Readings on, but the series lists none.
    const bare = structuredClone(catalogue);
    bare.series[0]!.furtherReadings = [];
    expect(hasPrintableContent(build({ sections: { ...off, readings: true } }, bare))).toBe(false);
    expect(hasPrintableContent(build({ sections: { ...off, cover: true } }))).toBe(true);
    expect(hasPrintableContent(build({ seminarIds: [], sections: { ...off, agenda: true } }))).toBe(false);
  });

  it('strips characters XML forbids from every string, wherever they come from', () => {
    const hostileText = (label: string) => `${label}\u0000\u0001\u0008\u000B\u001F\uFFFE\uFFFF\uD800 \uDC00end`;
    const hostile = structuredClone(catalogue);
    hostile.series[0]!.title = hostileText('Series');
    hostile.series[0]!.summary = hostileText('Summary');
    hostile.series[0]!.focus = [hostileText('Focus')];
    hostile.series[0]!.furtherReadings = [{ title: hostileText('Reading'), url: `https://example.org/\u0007x` }];
    hostile.topics[0]!.labels.en = hostileText('Topic');
    hostile.people[1]!.givenName = hostileText('Given');
    hostile.people[1]!.familyName = hostileText('Family');
    hostile.seminars[0]!.title = hostileText('Seminar');
    hostile.seminars[0]!.sessions[0]!.speakers[0]!.role = hostileText('Role');
    const pack = createDefaultPack(hostile, {
      today: '2020-06-20',
      title: hostileText('Title'),
      delegation: hostileText('Delegation'),
      reference: hostileText('Reference'),
      preparedBy: hostileText('Prepared'),
      marking: hostileText('MARKING'),
      topicBriefs: {
        'what-is-cybercrime': {
          summary: hostileText('Brief'),
          pointsToMake: [hostileText('Point')],
          background: hostileText('Background'),
        },
      },
      bioOverrides: { 'jayantha-fernando': { en: hostileText('Bio') } },
    });
    const document = buildBriefingDocument(pack, hostile);
    expect(modelProblems(document)).toEqual([]);
    const strings = allStrings(document);
    for (const label of [
      'Series',
      'Summary',
      'Focus',
      'Reading',
      'Topic',
      'Seminar',
      'Role',
      'Title',
      'Brief',
      'Point',
    ])
      expect(
        strings.some((text) => text.includes(`${label} end`)),
        label,
      ).toBe(true);
    expect(document.cover?.title).toBe('Title end');
    expect(document.furniture.marking).toBe('MARKING end');
    // Good surrogate pairs (emoji) survive.
    const emoji = buildBriefingDocument({ ...pack, title: 'Pack \u{1F30D}' }, hostile);
    expect(emoji.cover?.title).toBe('Pack \u{1F30D}');
  });

  it('never prints an empty heading and keeps anchors unique', () => {
    const awkward = structuredClone(catalogue);
    awkward.seminars[0]!.title = '\u0001';
    awkward.series[0]!.title = '   ';
    awkward.topics[1]!.labels = {};
    awkward.seminars.forEach((seminar) => seminar.sessions.forEach((session) => (session.title = '')));
    // Ids that slug to the same anchor, and one that collides with a section anchor.
    awkward.seminars[1]!.id = 'a b';
    awkward.seminars[2]!.id = 'a/b';
    awkward.people[0]!.id = 'index';
    awkward.seminars[0]!.chair!.personId = 'index';
    const pack = createDefaultPack(awkward, { today: '2020-06-20', title: '\uFFFE' });
    const document = buildBriefingDocument(pack, awkward, { showGaps: true });
    expect(modelProblems(document)).toEqual([]);
    expect(document.cover?.title).toBe('Briefing pack');
    expect(headings(sectionBlocks(document, 'topicBriefs')).map((block) => block.text)).toContain('legislation');
    const anchors = headings(allBlocks(document)).map((block) => block.anchor);
    expect(anchors).toContain('speaker-index');
    expect(anchors).toContain('speaker-index-2');
    expect(anchors).toContain('agenda-a-b');
    expect(anchors).toContain('agenda-a-b-2');
  });

  it('is deterministic and leaves its inputs alone', () => {
    const pack = packFor({
      timeZones: ['Asia/Tokyo'],
      topicBriefs: { legislation: { summary: 'S', pointsToMake: ['P'], background: 'B' } },
    });
    const packBefore = JSON.stringify(pack);
    const catalogueBefore = JSON.stringify(catalogue);
    const first = buildBriefingDocument(pack, catalogue);
    const second = buildBriefingDocument(structuredClone(pack), structuredClone(catalogue));
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(pack)).toBe(packBefore);
    expect(JSON.stringify(catalogue)).toBe(catalogueBefore);
  });
});

describe.skipIf(!hasBuiltinCatalogue)('with the built-in catalogue', () => {
  const builtin = hasBuiltinCatalogue ? builtinCatalogue() : catalogue;

  it('builds a clean document for the default pack in every language', () => {
    for (const language of ['en', 'fr', 'es'] as const) {
      const pack = createDefaultPack(builtin, {
        today: '2020-06-20',
        language,
        timeZones: ['America/New_York', 'Europe/Vienna'],
      });
      expect(loadPack(JSON.parse(JSON.stringify(pack)))).toMatchObject({ ok: true, data: { warnings: [] } });
      const document = buildBriefingDocument(pack, builtin);
      expect(modelProblems(document)).toEqual([]);
      expect(headings(sectionBlocks(document, 'agenda')).filter((block) => block.level === 2)).toHaveLength(
        builtin.seminars.length,
      );
    }
  });

  it('gives the Asia-Pacific seminar its New York and Vienna times', () => {
    const document = buildBriefingDocument(
      createDefaultPack(builtin, { today: '2020-06-20', timeZones: ['America/New_York', 'Europe/Vienna'] }),
      builtin,
    );
    const asia = headings(sectionBlocks(document, 'agenda')).find((block) => block.text.startsWith('24 June 2020'));
    expect(asia).toBeDefined();
    expect(fieldsUnder(document, asia!.anchor)).toMatchObject({
      'Time (UTC)': '07:00–08:45',
      'New York (UTC−4)': '03:00–04:45',
      'Vienna (UTC+2)': '09:00–10:45',
    });
  });

  it('keeps the programme’s order in the series background: the focus list follows “will focus on:”', () => {
    const document = buildBriefingDocument(createDefaultPack(builtin, { today: '2020-06-20' }), builtin);
    const blocks = sectionBlocks(document, 'background').filter((block) => block.kind !== 'heading');
    const shape = blocks.map((block) => (block.kind === 'paragraph' ? runsText(block.runs) : block.kind));
    expect(shape).toEqual([
      expect.stringMatching(/August 2020\.$/),
      expect.stringMatching(/The seminars will focus on:$/),
      'list',
      expect.stringMatching(/Attorney General’s office\)\.$/),
    ]);
    expect(headings(sectionBlocks(document, 'background')).map((block) => block.text)).not.toContain('Focus');
  });

  it('lists Alexander SEGER once although he speaks at four seminars', () => {
    const document = buildBriefingDocument(createDefaultPack(builtin, { today: '2020-06-20' }), builtin);
    const seger = headings(sectionBlocks(document, 'speakers')).filter((block) => /SEGER/.test(block.text));
    expect(seger).toHaveLength(1);
    expect(fieldsUnder(document, seger[0]!.anchor)['Speaks at']?.split('; ').length).toBeGreaterThanOrEqual(4);
  });

  it('marks the TBC speakers of the Spanish seminar', () => {
    const document = buildBriefingDocument(
      createDefaultPack(builtin, { today: '2020-06-20', language: 'es' }),
      builtin,
    );
    const marks = allStrings(document.sections).filter((text) => text === ' (por confirmar)');
    expect(marks.length).toBeGreaterThanOrEqual(2);
  });
});
