import { describe, expect, it } from 'vitest';
import { EMPTY_MEETING_FILTERS, meetingFiltersFromSearchParams, meetingFiltersToSearchParams, toMeetingFilter } from './filters';

describe('event calendar filters', () => {
  it('round-trip through the URL as slugs and drop unknown values', () => {
    const filters = { topicField: 'IT_COMPETENCE', kind: 'DENKRAUM_WORKSHOP', region: 'SIEGEN_WITTGENSTEIN' } as const;
    const params = meetingFiltersToSearchParams(filters);
    expect(params.toString()).toBe('themenfeld=it-competence&art=denkraum-workshop&region=siegen-wittgenstein');
    expect(meetingFiltersFromSearchParams(params)).toEqual(filters);
    expect(meetingFiltersFromSearchParams(new URLSearchParams('art=party&region=mars'))).toEqual(EMPTY_MEETING_FILTERS);
  });

  it('send only active fields to the API', () => {
    expect(toMeetingFilter(EMPTY_MEETING_FILTERS)).toBeNull();
    expect(toMeetingFilter({ ...EMPTY_MEETING_FILTERS, kind: 'PUBLIC_EVENT' })).toEqual({ kind: 'PUBLIC_EVENT' });
  });
});
