import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT } from '../../../../src/shared/ipc/contract';
import { smallCatalogue } from '../../../fixtures/catalogues/load';
import { type Harness, createHarness } from '../../support/harness';

const programmes = path.resolve(__dirname, '../../../fixtures/programmes');
const catalogueMethods = [
  'listCatalogues',
  'getCatalogue',
  'listSeminars',
  'previewCatalogueImport',
  'keepCatalogueImport',
  'removeCatalogue',
] as const;

let h: Harness & { filesDir: string; dispose(): Promise<void> };
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.dispose();
});

describe('catalogue IPC: built-in', () => {
  it('lists the built-in seminars with chair, language and TBC counts, matching the response schema', async () => {
    const seminars = await h.ok('listSeminars', {});
    expect(seminars.map((seminar) => seminar.language)).toEqual(['en', 'en', 'fr', 'en', 'es']);
    expect(seminars[0]).toMatchObject({
      title: 'Seminar with Asia-Pacific countries',
      start: '2020-06-24T07:00:00Z',
      chair: { name: 'Patryk PAWLAK', role: 'Brussels Executive Officer, EUISS' },
    });
    expect(seminars.reduce((sum, seminar) => sum + seminar.tbcCount, 0)).toBe(2);
    expect(await h.ok('listSeminars', { catalogueId: 'builtin' })).toEqual(seminars);
  });

  it('lists the built-in catalogue first, and returns it without an id or with "builtin"', async () => {
    const entries = await h.ok('listCatalogues', {});
    expect(entries).toEqual([
      { id: 'builtin', title: 'Cybercrime and criminal justice in cyberspace', source: 'builtin', seminarCount: 5 },
    ]);
    const catalogue = await h.ok('getCatalogue', {});
    expect(catalogue.seminars).toHaveLength(5);
    expect(await h.ok('getCatalogue', { catalogueId: 'builtin' })).toEqual(catalogue);
  });

  it('returns a broken built-in catalogue as an error value', async () => {
    const broken = h.restart({ resourcesDir: '/nonexistent-resources' });
    await expect(broken.call('listSeminars', {})).resolves.toMatchObject({ ok: false, code: 'invalid-file' });
  });

  it('refuses malformed requests and unknown catalogue ids as values', async () => {
    await expect(h.call('listSeminars', { x: 1 })).resolves.toMatchObject({ ok: false, code: 'invalid-request' });
    await expect(h.call('getCatalogue', { catalogueId: '' })).resolves.toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    const unknown = await h.call('getCatalogue', { catalogueId: '../../etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, code: 'not-found' });
    expect(await h.call('listSeminars', {}, 'https://evil.example/')).toMatchObject({ code: 'forbidden-sender' });
  });

  it('registers every catalogue method of the contract', () => {
    for (const method of catalogueMethods) expect(h.listeners.has(IPC_CONTRACT[method].channel)).toBe(true);
  });
});

describe('catalogue IPC: imports', () => {
  it('previews programme text with the importer warnings, keeps it, lists it and serves its seminars', async () => {
    const source = await readFile(path.join(programmes, 'series-fr.txt'), 'utf8');
    const lines = source.split('\n').length;
    const file = path.join(h.filesDir, 'series-fr.txt');
    await writeFile(file, `${source}\nHeure : 25h00 – 26h00 UTC\n`);
    h.dialogs.queueOpen(file);
    const preview = await h.ok('previewCatalogueImport', {});
    if ('cancelled' in preview) throw new Error('cancelled');
    expect(preview).toMatchObject({
      fileName: 'series-fr.txt',
      title: 'Cybercriminalité et justice pénale dans le cyberespace',
    });
    expect(preview.seminarCount).toBeGreaterThan(0);
    expect(preview.warnings).toEqual([
      { line: lines + 1, text: 'Heure : 25h00 – 26h00 UTC', message: expect.stringMatching(/could not read the time/) },
    ]);
    // The dialog offers every kind the importer reads (it still reads the content, whatever the name).
    const dialog = h.dialogs.calls[0] as { kind: string; filters: Array<{ extensions: string[] }> };
    expect(dialog.kind).toBe('open');
    expect(dialog.filters[0]?.extensions).toEqual(['txt', 'text', 'html', 'htm', 'ics', 'ical', 'xml', 'json', 'csv']);
    expect(dialog.filters.at(-1)?.extensions).toEqual(['*']);
    // Nothing is written before the user keeps the import.
    await expect(readdir(h.userDataDir)).rejects.toMatchObject({ code: 'ENOENT' });

    const entry = await h.ok('keepCatalogueImport', { token: preview.token });
    expect(entry).toMatchObject({ source: 'imported', fileName: 'series-fr.txt', seminarCount: preview.seminarCount });
    expect(entry.id).toMatch(/^imported-[a-z0-9]+$/);
    const folder = path.join(h.userDataDir, 'catalogues');
    expect((await readdir(folder)).sort()).toEqual([`${entry.id}.catalogue.json`, 'index.json']);

    // A new session (restart) finds it through the index.
    const later = h.restart();
    const entries = await later.ok('listCatalogues', {});
    expect(entries.map((e) => e.id)).toEqual(['builtin', entry.id]);
    const seminars = await later.ok('listSeminars', { catalogueId: entry.id });
    expect(seminars).toHaveLength(preview.seminarCount);
    expect(seminars[0]!.language).toBe('fr');

    // A token is used once.
    await expect(h.call('keepCatalogueImport', { token: preview.token })).resolves.toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });

  it('asks about an ambiguous zone, refuses to keep until it is answered, then keeps the times it places', async () => {
    h.dialogs.queueOpen(path.join(programmes, 'layouts-es.txt'));
    const preview = await h.ok('previewCatalogueImport', {});
    if ('cancelled' in preview) throw new Error('cancelled');
    expect(preview.questions).toEqual([
      expect.objectContaining({
        kind: 'time-zone',
        id: 'IST',
        line: 13,
        choices: expect.arrayContaining(['Asia/Kolkata']),
      }),
    ]);
    const unanswered = await h.call('keepCatalogueImport', { token: preview.token });
    expect(unanswered).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(unanswered.ok ? '' : unanswered.message).toMatch(/Choose which time zone "IST" means \(line 13\)/);
    const notAChoice = await h.call('keepCatalogueImport', {
      token: preview.token,
      zoneAnswers: { IST: 'Europe/Paris' },
    });
    expect(notAChoice).toMatchObject({ ok: false, code: 'invalid-request' });
    const entry = await h.ok('keepCatalogueImport', { token: preview.token, zoneAnswers: { IST: 'Asia/Kolkata' } });
    const catalogue = await h.ok('getCatalogue', { catalogueId: entry.id });
    expect(catalogue.seminars.find((seminar) => seminar.id === 'seminar-2022-04-05')).toMatchObject({
      start: '2022-04-05T03:30:00Z',
      timeZone: 'Asia/Kolkata',
    });
  });

  it('previews a catalogue JSON file without warnings', async () => {
    const file = path.join(h.filesDir, 'small.json');
    await writeFile(file, JSON.stringify(smallCatalogue()));
    h.dialogs.queueOpen(file);
    const preview = await h.ok('previewCatalogueImport', {});
    expect(preview).toMatchObject({ fileName: 'small.json', seminarCount: 3, warnings: [] });
  });

  it('returns { cancelled: true } when the dialog is cancelled', async () => {
    h.dialogs.queueOpen(null);
    expect(await h.ok('previewCatalogueImport', {})).toEqual({ cancelled: true });
  });

  it('refuses oversize, binary, invalid and truncated files with messages naming the file', async () => {
    const big = path.join(h.filesDir, 'huge.txt');
    await writeFile(big, Buffer.alloc(20 * 1024 * 1024 + 1, 0x61));
    const image = path.join(h.filesDir, 'photo.txt');
    await writeFile(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const binary = path.join(h.filesDir, 'data.bin');
    await writeFile(binary, Buffer.from([0x01, 0x02, 0, 0x03]));
    const pdf = path.join(h.filesDir, 'programme.pdf');
    await writeFile(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    const invalid = path.join(h.filesDir, 'wrong.json');
    await writeFile(invalid, JSON.stringify({ format: 'briefing-pack-catalogue', version: 1, series: [] }));
    const truncated = path.join(h.filesDir, 'cut.json');
    await writeFile(truncated, JSON.stringify(smallCatalogue()).slice(0, 200));
    const noSeminar = path.join(h.filesDir, 'notes.txt');
    await writeFile(noSeminar, 'Just some notes\n\nnothing like a programme\n');

    const expectations: [string, string, RegExp][] = [
      [big, 'too-large', /huge\.txt is 20\.0 MB; files over 20 MB are refused/],
      [
        image,
        'invalid-file',
        /^photo\.txt is an image, which cannot be imported\. Briefing Pack Builder imports programme text/,
      ],
      [binary, 'invalid-file', /^data\.bin is a binary file, which cannot be imported/],
      [pdf, 'invalid-file', /^programme\.pdf is a PDF document, which cannot be imported\. .*iCalendar \(\.ics\).*CSV/],
      [invalid, 'invalid-file', /wrong\.json: This catalogue is damaged: the topics list is missing/],
      [truncated, 'invalid-file', /cut\.json is not valid JSON/],
      [noSeminar, 'invalid-file', /notes\.txt: No seminar found/],
      [path.join(h.filesDir, 'gone.txt'), 'not-found', /gone\.txt: no such file/],
    ];
    for (const [file, code, message] of expectations) {
      h.dialogs.queueOpen(file);
      const result = await h.call('previewCatalogueImport', {});
      expect(result).toMatchObject({ ok: false, code });
      expect(result.ok ? '' : result.message).toMatch(message);
    }
    const invalidResult = await (async () => {
      h.dialogs.queueOpen(invalid);
      return h.call('previewCatalogueImport', {});
    })();
    expect(invalidResult.ok ? [] : invalidResult.problems?.length).toBeGreaterThan(0);
  });

  it('removes an imported catalogue, refuses to remove the built-in one', async () => {
    h.dialogs.queueOpen(path.join(programmes, 'series-es.txt'));
    const preview = await h.ok('previewCatalogueImport', {});
    if ('cancelled' in preview) throw new Error('cancelled');
    const entry = await h.ok('keepCatalogueImport', { token: preview.token });
    expect(await h.ok('removeCatalogue', { catalogueId: entry.id })).toEqual({ removed: true });
    expect(await h.ok('removeCatalogue', { catalogueId: entry.id })).toEqual({ removed: false });
    expect((await h.ok('listCatalogues', {})).map((e) => e.id)).toEqual(['builtin']);
    expect(await h.call('getCatalogue', { catalogueId: entry.id })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await readdir(path.join(h.userDataDir, 'catalogues'))).toEqual(['index.json']);
    expect(await h.call('removeCatalogue', { catalogueId: 'builtin' })).toMatchObject({
      ok: false,
      code: 'read-only',
    });
  });

  it('rebuilds a damaged index from the catalogue files', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    h.dialogs.queueOpen(path.join(programmes, 'series-es.txt'));
    const preview = await h.ok('previewCatalogueImport', {});
    if ('cancelled' in preview) throw new Error('cancelled');
    const entry = await h.ok('keepCatalogueImport', { token: preview.token });
    const index = path.join(h.userDataDir, 'catalogues', 'index.json');
    await writeFile(index, '{"format": "briefing-pack-catalogue-index", "ver');
    const listed = await h.restart().ok('listCatalogues', {});
    expect(listed.map((e) => [e.id, e.title, e.seminarCount])).toEqual([
      ['builtin', 'Cybercrime and criminal justice in cyberspace', 5],
      [entry.id, entry.title, entry.seminarCount],
    ]);
    expect(JSON.parse(await readFile(index, 'utf8')).entries).toHaveLength(1);
    vi.restoreAllMocks();
  });
});
