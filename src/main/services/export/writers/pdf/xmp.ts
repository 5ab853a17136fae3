/**
 * The XMP metadata, written in place of pdfkit's (its `_addInfo`, on one
 * document). pdfkit puts the info dictionary's values into the XML as they are,
 * so a title with "&" or "<" made the packet ill-formed, and it leaves out
 * `xmp:ModifyDate`, which PDF/A-2 wants equivalent to the info dictionary's
 * ModDate. Here every info entry that has an XMP equivalent is written, escaped:
 * Title, Author, Subject, Keywords, Creator, Producer, CreationDate, ModDate.
 *
 * PDF/UA-1 identification (`pdfuaid:part`) is added when the document is tagged
 * (pdfkit adds it itself only for its 'PDF/UA' subset). In a PDF/A file, the
 * `pdfuaid` schema is not one PDF/A predefines, so it is declared by a PDF/A
 * extension schema (ISO 19005-2, 6.6.2.3), as validators such as veraPDF require.
 */

interface MetadataDocument {
  options: { subset?: unknown };
  info: Record<string, unknown>;
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
}

export const PDFUA_NAMESPACE = 'http://www.aiim.org/pdfua/ns/id/';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An info date as XMP writes it (pdfkit writes the info dictionary's in UTC too, to the second). */
const xmpDate = (value: unknown): string | undefined =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? `${value.toISOString().split('.')[0]}Z` : undefined;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? escapeXml(value) : undefined;

function description(namespaces: string, properties: (string | undefined)[]): string {
  const written = properties.filter((property): property is string => property !== undefined);
  return written.length > 0
    ? `<rdf:Description rdf:about="" ${namespaces}>\n${written.join('\n')}\n</rdf:Description>`
    : '';
}

function infoXml(info: Record<string, unknown>): string {
  const created = xmpDate(info['CreationDate']);
  const modified = xmpDate(info['ModDate']);
  const [title, author, subject, keywords] = ['Title', 'Author', 'Subject', 'Keywords'].map((key) => text(info[key]));
  const [creator, producer] = ['Creator', 'Producer'].map((key) => text(info[key]));
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${value}</rdf:li></rdf:Alt>`;
  return [
    description('xmlns:xmp="http://ns.adobe.com/xap/1.0/"', [
      created && `<xmp:CreateDate>${created}</xmp:CreateDate>`,
      modified && `<xmp:ModifyDate>${modified}</xmp:ModifyDate>`,
      creator && `<xmp:CreatorTool>${creator}</xmp:CreatorTool>`,
    ]),
    description('xmlns:dc="http://purl.org/dc/elements/1.1/"', [
      title && `<dc:title>${alt(title)}</dc:title>`,
      author && `<dc:creator><rdf:Seq><rdf:li>${author}</rdf:li></rdf:Seq></dc:creator>`,
      subject && `<dc:description>${alt(subject)}</dc:description>`,
    ]),
    description('xmlns:pdf="http://ns.adobe.com/pdf/1.3/"', [
      producer && `<pdf:Producer>${producer}</pdf:Producer>`,
      keywords && `<pdf:Keywords>${keywords}</pdf:Keywords>`,
    ]),
  ]
    .filter((xml) => xml !== '')
    .join('\n');
}

const PDFUA_ID = `<rdf:Description rdf:about="" xmlns:pdfuaid="${PDFUA_NAMESPACE}">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>`;

/** The PDF/A extension schema declaring `pdfuaid` (namespace, prefix, and its one property, `part`). */
const PDFUA_EXTENSION_SCHEMA = `<rdf:Description rdf:about=""
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas>
<rdf:Bag>
<rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>${PDFUA_NAMESPACE}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property>
<rdf:Seq>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates which part of ISO 14289 the document conforms to</pdfaProperty:description>
</rdf:li>
</rdf:Seq>
</pdfaSchema:property>
</rdf:li>
</rdf:Bag>
</pdfaExtension:schemas>
</rdf:Description>`;

const COMPLETED = Symbol('metadataCompleted');

/** Makes the pdfkit document write its XMP as described above; `pdfUa`: the file is tagged and declares PDF/UA-1. */
export function completeMetadata(pdfDocument: object, { pdfUa }: { pdfUa: boolean }): void {
  const doc = pdfDocument as MetadataDocument & Record<symbol, unknown>;
  if (doc[COMPLETED]) return;
  doc[COMPLETED] = true;
  const subset = typeof doc.options?.subset === 'string' ? doc.options.subset : '';
  const pdfA = subset.startsWith('PDF/A');
  doc._addInfo = function addCompleteInfo(this: MetadataDocument) {
    if (pdfUa && subset !== 'PDF/UA') this.appendXML(PDFUA_ID);
    if (pdfUa && pdfA) this.appendXML(PDFUA_EXTENSION_SCHEMA);
    this.appendXML(infoXml(this.info));
  };
}
