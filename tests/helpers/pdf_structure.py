"""Reads a PDF's structure with pikepdf (an independent reader) and prints JSON:
the structure tree (roles, nesting, attributes), marked-content checks per
text-showing operator, catalog flags, XMP identification and output intents,
and for each annotation how it is tied into the structure tree.
Usage: /usr/bin/python3 tests/helpers/pdf_structure.py file.pdf"""
import json
import sys
import xml.etree.ElementTree as ET

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


RDF = '{http://www.w3.org/1999/02/22-rdf-syntax-ns#}'
SCHEMA = '{http://www.aiim.org/pdfa/ns/schema#}'
PROPERTY = '{http://www.aiim.org/pdfa/ns/property#}'


def xmp_packet(pdf):
    """The XMP parsed by ElementTree (not pikepdf's reader): the extension schemas it
    declares, and the values the info dictionary has equivalents of."""
    stream = pdf.Root.get('/Metadata')
    if stream is None:
        return None
    raw = stream.read_bytes().decode('utf-8')
    body = raw.split('?>', 1)[1].rsplit('<?xpacket', 1)[0]
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        return {'wellFormed': False, 'error': str(error)}
    schemas = []
    for schema in root.iter('{http://www.aiim.org/pdfa/ns/extension/}schemas'):
        for item in schema.iter(RDF + 'li'):
            uri = item.find(SCHEMA + 'namespaceURI')
            if uri is None:
                continue
            schemas.append({'namespaceURI': uri.text, 'prefix': item.findtext(SCHEMA + 'prefix'),
                            'properties': [(prop.findtext(PROPERTY + 'name'), prop.findtext(PROPERTY + 'valueType'))
                                           for prop in item.iter(RDF + 'li') if prop.find(PROPERTY + 'name') is not None]})

    def first(tag):
        element = root.find('.//' + tag)
        if element is None:
            return None
        li = element.find('.//' + RDF + 'li')
        return (li if li is not None else element).text

    values = {'Title': first('{http://purl.org/dc/elements/1.1/}title'),
              'Author': first('{http://purl.org/dc/elements/1.1/}creator'),
              'Subject': first('{http://purl.org/dc/elements/1.1/}description'),
              'Keywords': first('{http://ns.adobe.com/pdf/1.3/}Keywords'),
              'Creator': first('{http://ns.adobe.com/xap/1.0/}CreatorTool'),
              'Producer': first('{http://ns.adobe.com/pdf/1.3/}Producer'),
              'CreationDate': first('{http://ns.adobe.com/xap/1.0/}CreateDate'),
              'ModDate': first('{http://ns.adobe.com/xap/1.0/}ModifyDate')}
    return {'wellFormed': True, 'extensionSchemas': schemas, 'values': values}


def info_values(pdf):
    """The info dictionary, dates as XMP writes them (UTC: D:YYYYMMDDHHmmSSZ → YYYY-MM-DDTHH:mm:SSZ)."""
    values = {}
    for key, value in pdf.docinfo.items():
        text = str(value)
        if key in ('/CreationDate', '/ModDate') and text.startswith('D:') and text.endswith('Z'):
            d = text[2:-1]
            text = f'{d[0:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}Z'
        values[key[1:]] = text
    return values


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
    result['xmpPacket'] = xmp_packet(pdf)
    result['info'] = info_values(pdf)
    result['outputIntents'] = len(root.get('/OutputIntents', []))
    print(json.dumps(result))


main(sys.argv[1])
