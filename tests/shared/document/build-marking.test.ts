/** Issue 10, item 9: a marking is one line everywhere, in the model every writer reads. */
import { describe, expect, it } from 'vitest';
import { buildBriefingDocument } from '../../../src/shared/document/build';
import { createDefaultPack } from '../../../src/shared/pack';
import { smallCatalogue } from '../../fixtures/catalogues/load';
import { allStrings } from './helpers';

const catalogue = smallCatalogue();

describe('the marking in the document model', () => {
  it('folds line breaks to one space in the page furniture, the cover marking and the cover field', () => {
    const pack = createDefaultPack(catalogue, {
      today: '2020-06-20',
      marking: 'OFFICIAL\nSECRET',
      reference: 'REF/1\r\nPART 2',
    });
    const document = buildBriefingDocument(pack, catalogue);
    expect(document.furniture.marking).toBe('OFFICIAL SECRET');
    expect(document.furniture.reference).toBe('REF/1 PART 2');
    expect(document.cover?.marking).toBe('OFFICIAL SECRET');
    expect(document.cover?.fields).toContainEqual({ label: 'Classification', value: 'OFFICIAL SECRET' });
    expect(allStrings(document).filter((text) => /OFFICIAL\s*\n/.test(text))).toEqual([]);
  });
});
