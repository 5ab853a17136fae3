"""Reads the glyphs a PDF's text draws, with pikepdf (independent of pdfkit), and prints JSON:
per font (BaseFont), how many glyphs are drawn, how many of them are .notdef (glyph 0), which
codes the font's ToUnicode does not map, and the /Lang of every marked-content span.
Usage: /usr/bin/python3 tests/helpers/pdf_glyphs.py file.pdf"""
import json
import re
import sys

import pikepdf


def to_unicode_codes(font):
    """The codes a Type0 font's ToUnicode CMap maps (bfchar and bfrange entries)."""
    stream = font.get('/ToUnicode')
    if stream is None:
        return set()
    text = stream.read_bytes().decode('latin-1')
    codes = set()
    for block in re.findall(r'beginbfchar(.*?)endbfchar', text, re.S):
        for code in re.findall(r'<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>', block):
            codes.add(int(code, 16))
    for block in re.findall(r'beginbfrange(.*?)endbfrange', text, re.S):
        for start, end in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<[0-9A-Fa-f]+>|\[)', block):
            codes.update(range(int(start, 16), int(end, 16) + 1))
    return codes


def strings_of(operands):
    for operand in operands:
        if isinstance(operand, pikepdf.String):
            yield bytes(operand)
        elif isinstance(operand, pikepdf.Array):
            yield from strings_of(list(operand))


def main(path):
    pdf = pikepdf.open(path)
    fonts = {}
    spans = []
    for page in pdf.pages:
        resources = page.obj.get('/Resources', pikepdf.Dictionary())
        page_fonts = resources.get('/Font', pikepdf.Dictionary())
        current = None
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == 'Tf':
                current = page_fonts.get(str(operands[0]))
            elif op == 'BDC' and str(operands[0]) == '/Span' and isinstance(operands[1], pikepdf.Dictionary):
                lang = operands[1].get('/Lang')
                if lang is not None:
                    spans.append(str(lang))
            elif op in ('Tj', 'TJ', "'", '"') and current is not None:
                name = str(current.get('/BaseFont', '?'))[1:]
                entry = fonts.setdefault(name, {'glyphs': 0, 'notdef': 0, 'unmapped': set(), 'mapped': None})
                if entry['mapped'] is None:
                    entry['mapped'] = to_unicode_codes(current)
                two_byte = str(current.get('/Subtype')) == '/Type0'
                for data in strings_of(operands):
                    codes = [int.from_bytes(data[i:i + 2], 'big') for i in range(0, len(data), 2)] if two_byte else list(data)
                    for code in codes:
                        entry['glyphs'] += 1
                        if code == 0:
                            entry['notdef'] += 1
                        elif code not in entry['mapped']:
                            entry['unmapped'].add(code)
    result = {
        'fonts': {name: {'glyphs': e['glyphs'], 'notdef': e['notdef'], 'unmapped': sorted(e['unmapped'])} for name, e in fonts.items()},
        'spans': spans,
    }
    print(json.dumps(result))


if __name__ == '__main__':
    main(sys.argv[1])
