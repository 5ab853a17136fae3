/**
 * pdfmake's access policies as the PDF writer sets them (renderPdfDefinition, the
 * function renderPdf renders through): a remote image URL and a local file outside
 * the fonts folder are refused, and no network request is even attempted (global
 * fetch, http, https and net are recorded).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPdfDefinition } from '../../../../../../src/main/services/export/writers/pdf/document';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');
const FACES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-Italic.ttf', 'NotoSans-BoldItalic.ttf'];
// A valid 1×1 PNG: whenever an image is refused, it is the policy, not a broken file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let scratch: string;
let outsidePng: string;
let ownFontsDir: string;
const networkCalls: string[] = [];

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'pdf-access-'));
  outsidePng = path.join(scratch, 'outside.png');
  writeFileSync(outsidePng, PNG);
  // A fonts folder of our own with an image inside it: the allowed case.
  ownFontsDir = path.join(scratch, 'fonts');
  mkdirSync(ownFontsDir);
  for (const face of FACES) copyFileSync(path.join(fontsDir, face), path.join(ownFontsDir, face));
  writeFileSync(path.join(ownFontsDir, 'inside.png'), PNG);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeEach(() => {
  networkCalls.length = 0;
  const record =
    (name: string) =>
    (...args: unknown[]): never => {
      networkCalls.push(`${name} ${String(args[0] instanceof URL ? args[0].href : JSON.stringify(args[0]))}`);
      throw new Error(`network call in a test: ${name}`);
    };
  vi.stubGlobal('fetch', vi.fn(record('fetch')));
  vi.spyOn(http, 'request').mockImplementation(record('http.request'));
  vi.spyOn(http, 'get').mockImplementation(record('http.get'));
  vi.spyOn(https, 'request').mockImplementation(record('https.request'));
  vi.spyOn(https, 'get').mockImplementation(record('https.get'));
  vi.spyOn(net, 'connect').mockImplementation(record('net.connect'));
  vi.spyOn(net, 'createConnection').mockImplementation(record('net.createConnection'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const withImage = (image: string) => ({
  content: [{ text: 'Briefing pack' }, { image, width: 20 }],
  defaultStyle: { font: 'NotoSans' },
});

const withNamedImage = (url: string) => ({
  content: [{ text: 'Briefing pack' }, { image: 'logo', width: 20 }],
  images: { logo: url },
  defaultStyle: { font: 'NotoSans' },
});

describe('pdfmake access policies of the PDF writer', () => {
  const REMOTE = ['https://example.org/x.png', 'http://127.0.0.1:9/x.png', 'HTTPS://EXAMPLE.ORG/X.PNG'];

  // pdfmake downloads the URLs of docDefinition.images (and of fonts and attachments).
  it.each(REMOTE)('refuses the remote image %s (images dictionary) without any network request', async (url) => {
    await expect(renderPdfDefinition(withNamedImage(url), fontsDir)).rejects.toThrow(
      /Access to URL denied by resource access policy/,
    );
    expect(networkCalls).toEqual([]);
  });

  // An inline image string is never downloaded: pdfmake treats it as a local path, which the local policy refuses.
  it.each(REMOTE)('refuses the remote image %s (inline) without any network request', async (url) => {
    await expect(renderPdfDefinition(withImage(url), fontsDir)).rejects.toThrow(/denied by resource access policy/);
    expect(networkCalls).toEqual([]);
  });

  it('refuses /etc/passwd as an image', async () => {
    await expect(renderPdfDefinition(withImage('/etc/passwd'), fontsDir)).rejects.toThrow(
      /Access to local file denied by resource access policy/,
    );
    expect(networkCalls).toEqual([]);
  });

  it('refuses a real PNG in the temporary folder, outside the fonts folder', async () => {
    await expect(renderPdfDefinition(withImage(outsidePng), fontsDir)).rejects.toThrow(
      /Access to local file denied by resource access policy/,
    );
  });

  it('refuses a path that climbs out of the fonts folder with ../', async () => {
    const climbing = path.join(ownFontsDir, '..', 'outside.png');
    await expect(renderPdfDefinition(withImage(climbing), ownFontsDir)).rejects.toThrow(
      /Access to local file denied by resource access policy/,
    );
  });

  it('does render the same PNG inside the fonts folder and as data: (the refusals are the policy)', async () => {
    const inside = await renderPdfDefinition(withImage(path.join(ownFontsDir, 'inside.png')), ownFontsDir);
    expect(inside.subarray(0, 5).toString()).toBe('%PDF-');
    const inline = await renderPdfDefinition(withImage(`data:image/png;base64,${PNG.toString('base64')}`), fontsDir);
    expect(inline.subarray(0, 5).toString()).toBe('%PDF-');
    expect(networkCalls).toEqual([]);
  });
});
