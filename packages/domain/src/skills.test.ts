import { describe, expect, it } from 'vitest';
import { mergeSynonyms, skillSearchText, synonymKey } from './skills.js';

describe('skillSearchText', () => {
  it('folds both labels and the synonyms into one search text', () => {
    expect(skillSearchText('Speicherprogrammierbare Steuerung (SPS)', 'Programmable logic controller (PLC)', ['SPS-Programmierung', 'PLC'])).toBe(
      'speicherprogrammierbare steuerung (sps) programmable logic controller (plc) sps-programmierung plc',
    );
  });

  it('folds umlauts, ß and other diacritics so either spelling finds the skill', () => {
    const text = skillSearchText('Schweißen (MAG)', 'MAG welding', ['Metall-Aktivgasschweißen', 'Soudage MAG à l’arc']);
    expect(text).toContain('schweissen (mag)');
    expect(text).toContain('metall-aktivgasschweissen');
    expect(text).toContain('soudage mag a l’arc');
    expect(skillSearchText('Künstliche Intelligenz (KI)', 'Artificial intelligence (AI)', [])).toContain('kuenstliche intelligenz');
  });

  it('lists a part once when labels or synonyms fold alike, and skips blank ones', () => {
    expect(skillSearchText('Kubernetes', 'Kubernetes', ['K8s', 'KUBERNETES', '  ', 'k8s'])).toBe('kubernetes k8s');
    expect(skillSearchText('Python', 'Python', [])).toBe('python');
  });
});

describe('mergeSynonyms', () => {
  it('keeps the first list as it is and appends what is new', () => {
    expect(mergeSynonyms(['SPS', 'PLC'], ['plc', 'SPS-Programmierung', 'sps'])).toEqual(['SPS', 'PLC', 'SPS-Programmierung']);
  });

  it('trims, collapses whitespace and drops empty names', () => {
    expect(mergeSynonyms(['  Pick by  Voice ', '', '\n'], ['pick by voice'])).toEqual(['Pick by Voice']);
  });

  it('treats composed and decomposed umlauts as the same name', () => {
    expect(mergeSynonyms(['Fördertechnik'], ['Fo\u0308rdertechnik', 'FÖRDERTECHNIK'])).toEqual(['Fördertechnik']);
  });

  it('returns an equal list when nothing new is added (so a repeated import changes nothing)', () => {
    const once = mergeSynonyms([], ['Zerspanung', 'machining']);
    expect(mergeSynonyms(once, ['machining', 'ZERSPANUNG'])).toEqual(once);
  });
});

describe('synonymKey', () => {
  it('ignores case and whitespace runs', () => {
    expect(synonymKey(' CAN  FD ')).toBe(synonymKey('can fd'));
  });
});
