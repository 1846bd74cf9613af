import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filtersFromSearchParams, filtersToSearchParams, hasActiveFilters, toGraphQLFilter } from './filters';

describe('organisation filters ↔ URL search params', () => {
  it('reads all filters from readable params', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('q=%20Metall%20%20bau%20&art=economic-development&region=maerkischer-kreis&seite=suedwestfalen&mitglieder=1'),
    );
    expect(filters).toEqual({
      search: 'Metall bau',
      kind: 'ECONOMIC_DEVELOPMENT',
      region: 'MAERKISCHER_KREIS',
      side: 'SUEDWESTFALEN',
      memberOnly: true,
    });
  });

  it('ignores unknown values instead of sending them to the API', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('art=bakery&region=bavaria&mitglieder=yes'));
    expect(filters).toEqual(EMPTY_FILTERS);
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('writes only active filters and keeps unrelated params', () => {
    const params = filtersToSearchParams(
      { ...EMPTY_FILTERS, region: 'SIEGEN_WITTGENSTEIN', memberOnly: true },
      new URLSearchParams('utm=x&art=company'),
    );
    expect(params.toString()).toBe('utm=x&region=siegen-wittgenstein&mitglieder=1');
  });

  it('round-trips through the URL', () => {
    const filters = { kind: 'RESEARCH', region: 'DORTMUND', side: 'DORTMUND', memberOnly: false, search: 'Fraunhofer' } as const;
    expect(filtersFromSearchParams(filtersToSearchParams(filters))).toEqual(filters);
  });

  it('limits the search to 100 characters', () => {
    const filters = filtersFromSearchParams(new URLSearchParams({ q: 'a'.repeat(150) }));
    expect(filters.search).toHaveLength(100);
  });

  it('builds the GraphQL input from active fields only', () => {
    expect(toGraphQLFilter(EMPTY_FILTERS)).toEqual({});
    expect(toGraphQLFilter({ ...EMPTY_FILTERS, kind: 'CHAMBER', memberOnly: true, search: '  ihk ' })).toEqual({
      kind: 'CHAMBER',
      memberOnly: true,
      search: 'ihk',
    });
  });
});
