"""Reads a PDF's structure with pikepdf (an independent reader) and prints JSON:
the structure tree (roles, nesting, attributes), marked-content checks per
text-showing operator, catalog flags, XMP identification and output intents,
and for each annotation how it is tied into the structure tree.
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


def parent_tree(struct_root):
    """The structure parent tree's number → value map (a flat /Nums array or /Kids of them)."""
    found = {}

    def walk(node):
        nums = node.get('/Nums')
        if nums is not None:
            for i in range(0, len(nums), 2):
                found[int(nums[i])] = nums[i + 1]
        for kid in node.get('/Kids', []):
            walk(kid)

    if struct_root is not None and '/ParentTree' in struct_root:
        walk(struct_root.ParentTree)
    return found


def annotation_links(pdf, struct_root):
    """Per annotation: its subtype, /Contents, and the roles from the element holding
    its OBJR up to the root (empty when it is not in the tree), the OBJR's page right."""
    tree_map = parent_tree(struct_root)
    result = []
    for number, page in enumerate(pdf.pages, start=1):
        for annot in page.obj.get('/Annots', []):
            entry = {'page': number, 'subtype': str(annot.get('/Subtype', ''))[1:],
                     'contents': str(annot.get('/Contents', '')), 'chain': [], 'objrPageRight': False}
            key = annot.get('/StructParent')
            element = tree_map.get(int(key)) if key is not None else None
            if isinstance(element, pikepdf.Dictionary):
                kids = element.get('/K', [])
                kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
                objrs = [kid for kid in kids if isinstance(kid, pikepdf.Dictionary)
                         and kid.get('/Type') == '/OBJR' and kid.get('/Obj') is not None
                         and kid.Obj.objgen == annot.objgen]
                if objrs:
                    pg = objrs[0].get('/Pg', element.get('/Pg'))
                    entry['objrPageRight'] = pg is not None and pg.objgen == page.obj.objgen
                    chain, node = [], element
                    while isinstance(node, pikepdf.Dictionary) and '/S' in node and len(chain) < 50:
                        chain.append(str(node.S)[1:])
                        node = node.get('/P')
                    entry['chain'] = chain
                    entry['reachesRoot'] = isinstance(node, pikepdf.Dictionary) and node.get('/Type') == '/StructTreeRoot'
            result.append(entry)
    return result


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
    result['annotations'] = annotation_links(pdf, struct_root)
    result['pages'] = [{'annots': len(page.obj.get('/Annots', [])), 'tabs': str(page.obj.get('/Tabs', ''))}
                       for page in pdf.pages]
    result['artifactTypes'] = sorted(artifact_types)
    meta = pdf.open_metadata()
    result['xmp'] = {key: str(meta[key]) for key in meta.keys() if 'pdfa' in key or 'pdfua' in key}
    result['outputIntents'] = len(root.get('/OutputIntents', []))
    print(json.dumps(result))


main(sys.argv[1])
