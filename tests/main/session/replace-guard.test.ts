import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../src/main/services/settings';
import { confirmReplacing, filesToConfirm, interfaceLanguage } from '../../../src/main/session/replace-guard';
import { createFakeDialogs } from '../support/fake-ports';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-replace-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('replace guard', () => {
  it('asks only about files that exist and that the save dialog did not ask about', async () => {
    await writeFile(path.join(dir, 'minutes.pdf'), 'a');
    await writeFile(path.join(dir, 'minutes.docx'), 'b');
    const targets = [path.join(dir, 'minutes.pdf'), path.join(dir, 'minutes.docx'), path.join(dir, 'new.pdf')];
    // The dialog returned minutes.pdf (its own prompt covered it): only the DOCX is left to ask about.
    expect(await filesToConfirm(path.join(dir, 'minutes.pdf'), targets)).toEqual([path.join(dir, 'minutes.docx')]);
    // The dialog returned "minutes": neither final name was asked about.
    expect(await filesToConfirm(path.join(dir, 'minutes'), targets)).toEqual(targets.slice(0, 2));
  });

  it('names every existing file in one question, and an unanswered question replaces nothing', async () => {
    await writeFile(path.join(dir, 'a.pdf'), 'a');
    await writeFile(path.join(dir, 'a.docx'), 'b');
    const dialogs = createFakeDialogs();
    const targets = [path.join(dir, 'a.pdf'), path.join(dir, 'a.docx')];
    expect(await confirmReplacing(dialogs, 'fr', path.join(dir, 'a'), targets)).toBe(false);
    expect(dialogs.calls).toEqual([
      {
        kind: 'replace',
        language: 'fr',
        folder: dir,
        existing: ['a.pdf', 'a.docx'],
        writing: ['a.pdf', 'a.docx'],
        answer: false,
      },
    ]);
    expect(await confirmReplacing(dialogs, 'en', path.join(dir, 'b'), [path.join(dir, 'b.pdf')])).toBe(true);
    expect(dialogs.calls).toHaveLength(1);
  });

  it('speaks the interface language: the setting, else the system’s, else English', async () => {
    const settings = createSettingsStore(dir, () => new Date());
    expect(await interfaceLanguage(settings, 'es-MX')).toBe('es');
    expect(await interfaceLanguage(settings, 'de-DE')).toBe('en');
    await settings.update({ interfaceLanguage: 'fr' });
    expect(await interfaceLanguage(settings, 'es-MX')).toBe('fr');
  });
});
