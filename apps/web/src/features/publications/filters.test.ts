import { describe, expect, it } from 'vitest';
import { newsFiltersFromSearchParams, newsFiltersToSearchParams, toNewsFilter } from './filters';

describe('news filters', () => {
  const office = '6f1c1e0a-1b2c-4d3e-8f90-123456789abc';

  it('round-trip through the URL, ignoring malformed ids', () => {
    const params = new URLSearchParams(`themenfeld=skilled-workers&amt=${office}&organisation=nope`);
    const filters = newsFiltersFromSearchParams(params);
    expect(filters).toEqual({ topicField: 'SKILLED_WORKERS', organisationId: null, officeId: office });
    expect(filters.organisationId).toBeNull();
    expect(newsFiltersFromSearchParams(newsFiltersToSearchParams(filters))).toEqual(filters);
  });

  it('send only the active fields', () => {
    expect(toNewsFilter({ topicField: null, organisationId: null, officeId: office })).toEqual({ officeId: office });
    expect(toNewsFilter({ topicField: null, organisationId: null, officeId: null })).toBeNull();
  });
});
