import { describe, expect, it } from 'vitest';
import { attemptFor, bookingFingerprint, randomKey } from './attempt-key';
import { bookingProblem } from './booking-errors';
import {
  formatFiltersFromSearchParams,
  formatFiltersToSearchParams,
  scopeFromSearchParams,
  scopeSearch,
  slotChoiceFromSearchParams,
  slotChoiceToSearchParams,
  toFormatFilter,
} from './filters';
import { ClientErrorCode, GraphQLRequestError } from '../../lib/graphql-client';
import { textLength, withinLimits } from './limits';
import { ErrorCodes } from '../../lib/error-codes';

describe('format list filters', () => {
  it('reads topic field and search words from the URL and writes them back', () => {
    const filters = formatFiltersFromSearchParams(new URLSearchParams('themenfeld=it-competence&q=%20Lager%20%20KI%20'));
    expect(filters).toEqual({ topicField: 'IT_COMPETENCE', search: 'Lager KI', order: 'NEWEST' });
    expect(formatFiltersToSearchParams(filters).toString()).toBe('q=Lager+KI&themenfeld=it-competence');
    expect(toFormatFilter(filters)).toEqual({ query: 'Lager KI', topicField: 'IT_COMPETENCE' });
  });

  it('keeps the order by next free slot in the URL, newest being the default', () => {
    const filters = formatFiltersFromSearchParams(new URLSearchParams('sortierung=naechster-termin'));
    expect(filters.order).toBe('NEXT_FREE_SLOT');
    expect(formatFiltersToSearchParams(filters).toString()).toBe('sortierung=naechster-termin');
    expect(formatFiltersFromSearchParams(new URLSearchParams('sortierung=zufall')).order).toBe('NEWEST');
    expect(formatFiltersToSearchParams({ ...filters, order: 'NEWEST' }, new URLSearchParams('sortierung=naechster-termin')).toString()).toBe('');
  });

  it('drops unknown values and keeps other parameters', () => {
    expect(formatFiltersFromSearchParams(new URLSearchParams('themenfeld=kochen'))).toEqual({ topicField: null, search: '', order: 'NEWEST' });
    expect(toFormatFilter({ topicField: null, search: '  ', order: 'NEWEST' })).toBeNull();
    expect(
      formatFiltersToSearchParams({ topicField: null, search: '', order: 'NEWEST' }, new URLSearchParams('woche=2026-11-23&q=alt')).toString(),
    ).toBe('woche=2026-11-23');
  });

  it('keeps the week and a valid chosen start in the URL', () => {
    expect(slotChoiceFromSearchParams(new URLSearchParams('woche=2026-11-30&termin=2026-12-01T09:00:00Z'))).toEqual({
      week: '2026-11-30',
      slot: '2026-12-01T09:00:00.000Z',
    });
    expect(slotChoiceFromSearchParams(new URLSearchParams('woche=morgen&termin=javascript:alert(1)'))).toEqual({ week: null, slot: null });
    expect(slotChoiceToSearchParams({ week: '2026-11-30', slot: null }, new URLSearchParams('termin=x')).toString()).toBe('woche=2026-11-30');
  });

  it('switches "Meine Termine" between upcoming and past', () => {
    expect(scopeFromSearchParams(new URLSearchParams('zeitraum=vergangen'))).toBe('PAST');
    expect(scopeFromSearchParams(new URLSearchParams('zeitraum=irgendwann'))).toBe('UPCOMING');
    expect(scopeSearch('PAST')).toBe('?zeitraum=vergangen');
    expect(scopeSearch('UPCOMING')).toBe('');
  });
});

describe('booking attempts', () => {
  const input = { formatId: 'f', startsAt: '2026-11-30T09:00:00.000Z', organisationId: 'o', agenda: 'Unsere Lagerlogistik' };

  it('keeps the idempotency key while the same form is sent again, and takes a new one when it changed', () => {
    let n = 0;
    const next = () => `key-${(n += 1)}`;
    const first = attemptFor(null, bookingFingerprint(input), next);
    expect(first.key).toBe('key-1');
    expect(attemptFor(first, bookingFingerprint(input), next)).toBe(first);
    expect(attemptFor(first, bookingFingerprint({ ...input, startsAt: '2026-11-30T10:00:00.000Z' }), next).key).toBe('key-2');
    expect(attemptFor(first, bookingFingerprint({ ...input, agenda: 'Etwas anderes' }), next).key).toBe('key-3');
  });

  it('makes keys the API accepts', () => {
    const key = randomKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(randomKey()).not.toBe(key);
  });

  it('sorts failures by where they are shown', () => {
    const error = (code: string) => new GraphQLRequestError('Nachricht', code);
    expect(bookingProblem(error(ErrorCodes.BOOKING_SLOT_TAKEN))).toBe('slot');
    expect(bookingProblem(error(ErrorCodes.BOOKING_FULL))).toBe('slot');
    expect(bookingProblem(error(ErrorCodes.BOOKING_ALREADY_BOOKED))).toBe('slot');
    expect(bookingProblem(error(ErrorCodes.ORGANISATION_NOT_VERIFIED))).toBe('organisation');
    expect(bookingProblem(error(ErrorCodes.NOT_ORGANISATION_MEMBER))).toBe('organisation');
    expect(bookingProblem(error(ErrorCodes.BOOKING_NOT_CANCELLABLE))).toBe('locked');
    expect(bookingProblem(error(ErrorCodes.BAD_USER_INPUT))).toBe('text');
    expect(bookingProblem(error(ClientErrorCode.NETWORK_ERROR))).toBe('other');
    expect(bookingProblem(new Error('boom'))).toBe('other');
  });

  it('counts characters like the API (trimmed, emoji as one)', () => {
    expect(textLength('  Lager 🚚  ')).toBe(7);
    expect(withinLimits('123456789', 10, 2000)).toBe(false);
    expect(withinLimits('1234567890', 10, 2000)).toBe(true);
  });
});
