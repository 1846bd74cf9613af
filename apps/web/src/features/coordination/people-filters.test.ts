import { describe, expect, it } from 'vitest';
import { peopleFiltersFromSearchParams, peopleFiltersToSearchParams, toPersonFilter } from './people-filters';
import { assignableRoles } from './roles';

describe('people filters', () => {
  it('keep search and role in the URL, normalised', () => {
    const params = peopleFiltersToSearchParams({ search: '  Vera   Velkamp ', role: 'ADVISOR' });
    expect(params.toString()).toBe('q=Vera+Velkamp&rolle=advisor');
    expect(peopleFiltersFromSearchParams(params)).toEqual({ search: 'Vera Velkamp', role: 'ADVISOR' });
    expect(peopleFiltersFromSearchParams(new URLSearchParams('rolle=kaiser'))).toEqual({ search: '', role: null });
    expect(toPersonFilter({ search: ' ', role: null })).toEqual({});
  });

  it('mirror the API: coordinators assign OFFICIAL and ADVISOR, administrators every role', () => {
    expect(assignableRoles(['COORDINATOR'])).toEqual(['OFFICIAL', 'ADVISOR']);
    expect(assignableRoles(['COORDINATOR', 'ADMIN'])).toEqual(['OFFICIAL', 'ADVISOR', 'COORDINATOR', 'ADMIN']);
    expect(assignableRoles(undefined)).toEqual(['OFFICIAL', 'ADVISOR']);
  });
});
