"""Reads a PDF's structure with pikepdf (an independent reader) and prints JSON:
the structure tree (roles, nesting, attributes), marked-content checks per
text-showing operator, catalog flags, XMP identification and output intents.
Usage: /usr/bin/python3 tests/helpers/pdf_structure.py file.pdf"""
import json
import sys

import pikepdf


def tree(element, depth=0):
    if not isinstance(element, pikepdf.Dictionary) or '/S' not in element:
        return None
    node = {'role': str(element.S)[1:], 'children': []}
    attributes = element.get('/A')
    if isinstance(attributes, pikepdf.Dictionary) and '/Scope' in attributes:
        node['scope'] = str(attributes.Scope)[1:]
    kids = element.get('/K')
    if kids is None:
        return node
    kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    for kid in kids:
        child = tree(kid, depth + 1)
        if child is not None:
            node['children'].append(child)
        else:
            node['content'] = node.get('content', 0) + 1
    return node


def main(path):
    pdf = pikepdf.open(path)
    root = pdf.Root
    result = {'version': pdf.pdf_version, 'marked': bool(root.get('/MarkInfo', {}).get('/Marked', False))}
    result['lang'] = str(root.get('/Lang', ''))
    prefs = root.get('/ViewerPreferences')
    result['displayDocTitle'] = bool(prefs.get('/DisplayDocTitle', False)) if prefs is not None else False
    struct_root = root.get('/StructTreeRoot')
    kids = struct_root.get('/K') if struct_root is not None else None
    if kids is not None:
        kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        result['tree'] = [tree(kid) for kid in kids]
    text_ops = {'outside': 0, 'artifact': 0, 'tagged': 0}
    artifact_types = set()
    for page in pdf.pages:
        stack = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ('BDC', 'BMC'):
                tag = str(operands[0])
                stack.append(tag)
                if tag == '/Artifact' and len(operands) > 1 and isinstance(operands[1], pikepdf.Dictionary):
                    artifact_types.add(str(operands[1].get('/Type', '')))
            elif op == 'EMC':
                stack.pop()
            elif op in ('Tj', 'TJ', "'", '"'):
                if not stack:
                    text_ops['outside'] += 1
                elif '/Artifact' in stack:
                    text_ops['artifact'] += 1
                else:
                    text_ops['tagged'] += 1
    result['text'] = text_ops
    result['artifactTypes'] = sorted(artifact_types)
    meta = pdf.open_metadata()
    result['xmp'] = {key: str(meta[key]) for key in meta.keys() if 'pdfa' in key or 'pdfua' in key}
    result['outputIntents'] = len(root.get('/OutputIntents', []))
    print(json.dumps(result))


main(sys.argv[1])
