import { compareTermsNewestFirst, parseTermKey, termOf } from '../../../../bot/src/domain/archive/terms';

describe('school terms', () => {
  it('puts January–June in the spring term and July–December in the autumn term, by the date in Stockholm', () => {
    expect(termOf('2027-01-12T12:00:00.000Z').key).toBe('vt2027');
    expect(termOf('2026-06-30T12:00:00.000Z').key).toBe('vt2026');
    // 23:30 UTC on 30 June is 1 July in Stockholm.
    expect(termOf('2026-06-30T22:30:00.000Z')).toEqual({ kind: 'ht', year: 2026, key: 'ht2026' });
    // 23:30 UTC on 31 December is New Year's Day in Stockholm.
    expect(termOf('2026-12-31T23:30:00.000Z').key).toBe('vt2027');
  });

  it('reads a term\'s key and nothing else', () => {
    expect(parseTermKey('ht2026')).toEqual({ kind: 'ht', year: 2026, key: 'ht2026' });
    expect(parseTermKey('VT2027')).toEqual({ kind: 'vt', year: 2027, key: 'vt2027' });
    for (const bad of ['ht26', 'hosten', 'ht 2026', '2026', 'xt2026', '']) expect(parseTermKey(bad)).toBeUndefined();
  });

  it('orders terms newest first, the autumn after the spring of the same year', () => {
    const keys = ['vt2026', 'ht2025', 'ht2026', 'vt2027'].map((k) => parseTermKey(k)!).sort(compareTermsNewestFirst).map((t) => t.key);
    expect(keys).toEqual(['vt2027', 'ht2026', 'vt2026', 'ht2025']);
  });
});
