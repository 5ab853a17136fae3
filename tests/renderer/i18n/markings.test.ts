import { describe, expect, it } from 'vitest';
import { isUnclassifiedMarking, markingSuggestions } from '../../../src/renderer/src/i18n/markings';
import { MARKING_PRESETS } from '../../../src/shared/pack/schema';

describe('marking suggestions', () => {
  it('are in the interface language, in the order of the pack format’s presets', () => {
    expect(markingSuggestions('en')).toEqual([...MARKING_PRESETS]);
    expect(markingSuggestions('fr')).toEqual([
      'NON CLASSIFIÉ',
      'USAGE OFFICIEL',
      'DIFFUSION RESTREINTE',
      'CONFIDENTIEL',
    ]);
    expect(markingSuggestions('es')).toEqual(['SIN CLASIFICAR', 'USO OFICIAL', 'DIFUSIÓN LIMITADA', 'CONFIDENCIAL']);
  });

  it('keep the marking in use first when it is not one of them', () => {
    expect(markingSuggestions('fr', 'RESTRICTED')[0]).toBe('RESTRICTED');
    expect(markingSuggestions('fr', 'CONFIDENTIEL')).toHaveLength(4);
  });

  it('know “unclassified” in every language', () => {
    for (const marking of ['UNCLASSIFIED', 'non classifié', 'SIN CLASIFICAR '])
      expect(isUnclassifiedMarking(marking)).toBe(true);
    expect(isUnclassifiedMarking('DIFUSIÓN LIMITADA')).toBe(false);
  });
});
