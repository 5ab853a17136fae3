/**
 * Picks the reader from a file's content, never from its extension: a
 * schedule saved as .txt or a programme saved as .ics is still read for what
 * it is. Files the importer does not read (PDF, Word, images, spreadsheets in
 * their own format) are named, so the user is told which kinds it reads.
 */

/** `json` is a catalogue file or a schedule.json: the reader tells them apart once it is parsed. */
export type SourceFormat = 'programme-text' | 'html' | 'icalendar' | 'frab-xml' | 'json' | 'csv';

export type RefusedKind =
  | 'a PDF document'
  | 'a Word document'
  | 'a spreadsheet file'
  | 'a presentation'
  | 'a zip archive'
  | 'an image'
  | 'an RTF document'
  | 'a binary file'
  | 'an XML file that is not a frab schedule'
  | 'a JSON file that is neither a catalogue nor a schedule';

export type Detection =
  { kind: 'readable'; format: SourceFormat; text: string; notes: string[] } | { kind: 'refused'; what: RefusedKind };

const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);
const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

function binaryKind(bytes: Uint8Array): RefusedKind | undefined {
  if (ascii(bytes, 0, 5) === '%PDF-') return 'a PDF document';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    // Office Open XML and OpenDocument files are zip archives; their first entries say which.
    const head = ascii(bytes, 0, Math.min(bytes.length, 2_000));
    if (/word\/|opendocument\.text/.test(head)) return 'a Word document';
    if (/xl\/|opendocument\.spreadsheet/.test(head)) return 'a spreadsheet file';
    if (/ppt\/|opendocument\.presentation/.test(head)) return 'a presentation';
    return 'a zip archive';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'a Word document';
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    ascii(bytes, 0, 4) === 'GIF8' ||
    startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) ||
    startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a) ||
    (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') ||
    /^ftyp(?:heic|heix|mif1|avif)/.test(ascii(bytes, 4, 8)) ||
    ascii(bytes, 0, 2) === 'BM'
  )
    return 'an image';
  if (ascii(bytes, 0, 5) === '{\\rtf') return 'an RTF document';
  return undefined;
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, or else Windows-1252 as Excel's "CSV" saves it. */
export function decodeText(bytes: Uint8Array): { text: string; notes: string[] } | undefined {
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notes: [] };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notes: [] };
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return undefined;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), notes: [] };
  } catch {
    return {
      text: decodeWindows1252(body),
      notes: ['the file is not in UTF-8; it was read as Windows-1252 (Western European), as Excel saves "CSV"'],
    };
  }
}

// 0x80–0x9F in Windows-1252 (WHATWG's table); some runtimes decode the label as Latin-1 and lose these.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8_192) {
    const chunk = bytes.subarray(start, start + 8_192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)),
    );
  }
  return text;
}

const CSV_HEADER_WORDS =
  /^(?:seminar|seminar title|title|date|start|end|time zone|timezone|chair|session|speaker given name|given name|family name|speaker family name|role|organisation|organization|country|tbc|venue|language|séminaire|fecha|seminario)$/;

function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  for (const separator of [',', ';', '\t']) {
    const cells = firstLine.split(separator).map((cell) => cell.trim().replace(/^"|"$/g, '').trim().toLowerCase());
    if (cells.length >= 3 && cells.filter((cell) => CSV_HEADER_WORDS.test(cell)).length >= 2) return true;
  }
  return false;
}

/** What a file is, from its bytes. */
export function detectSource(bytes: Uint8Array): Detection {
  const binary = binaryKind(bytes);
  if (binary) return { kind: 'refused', what: binary };
  const decoded = decodeText(bytes);
  if (!decoded) return { kind: 'refused', what: 'a binary file' };
  const { text, notes } = decoded;
  const start = text.replace(/^[\uFEFF\s]+/, '').slice(0, 4_000);
  const readable = (format: SourceFormat): Detection => ({ kind: 'readable', format, text, notes });
  if (/^BEGIN:VCALENDAR/i.test(start) || /^BEGIN:VEVENT/i.test(start)) return readable('icalendar');
  if (start.startsWith('<')) {
    if (/<schedule[\s>]/.test(start)) return readable('frab-xml');
    if (/^<(?:!doctype html|html)\b/i.test(start) || /<(?:body|p|div|h1|h2)\b/i.test(start)) return readable('html');
    return { kind: 'refused', what: 'an XML file that is not a frab schedule' };
  }
  if (start.startsWith('{') || start.startsWith('[')) return readable('json');
  if (looksLikeCsv(start)) return readable('csv');
  return readable('programme-text');
}

export const READABLE_KINDS_SENTENCE =
  'Briefing Pack Builder imports programme text (.txt or a saved web page), iCalendar (.ics), frab XML or schedule.json schedules, CSV spreadsheets and catalogue files (.json)';
