import { describe, expect, it } from 'vitest';
import { auditExportUrl, auditFiltersFromSearchParams, auditFiltersToSearchParams, EMPTY_AUDIT_FILTERS, toAuditEventFilter } from './audit-filters';

describe('audit filters', () => {
  it('round-trips through the URL and drops values the API would refuse', () => {
    const filters = {
      action: 'role.',
      entityType: 'User' as const,
      actorUserId: '7c0a9a52-3f52-4a0e-9b1e-0f5d7f3c2a11',
      from: '2026-11-01',
      to: '2026-11-30',
    };
    const params = auditFiltersToSearchParams(filters, new URLSearchParams('andere=1'));
    expect(params.toString()).toBe('andere=1&aktion=role.&betroffen=User&person=7c0a9a52-3f52-4a0e-9b1e-0f5d7f3c2a11&von=2026-11-01&bis=2026-11-30');
    expect(auditFiltersFromSearchParams(params)).toEqual(filters);
    expect(auditFiltersFromSearchParams(new URLSearchParams('aktion=DROP%20TABLE&betroffen=Secret&person=42&von=2026-13-01&bis=gestern'))).toEqual(
      EMPTY_AUDIT_FILTERS,
    );
    expect(auditFiltersToSearchParams(EMPTY_AUDIT_FILTERS, params).toString()).toBe('andere=1');
  });

  it('sends instants with an exclusive end and builds the CSV link from the same filter', () => {
    const filter = toAuditEventFilter({ ...EMPTY_AUDIT_FILTERS, action: 'session.', to: '2026-12-31' });
    expect(filter).toEqual({ action: 'session.', to: '2026-12-31T23:00:00.000Z' });
    expect(auditExportUrl(filter)).toBe('/audit/export.csv?action=session.&to=2026-12-31T23%3A00%3A00.000Z');
    expect(auditExportUrl(toAuditEventFilter(EMPTY_AUDIT_FILTERS))).toBe('/audit/export.csv');
  });

  it('turns Berlin days into instants across the clock changes and leaves out days that do not exist', () => {
    expect(toAuditEventFilter({ ...EMPTY_AUDIT_FILTERS, from: '2026-03-29', to: '2026-10-25' })).toEqual({
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-10-25T23:00:00.000Z',
    });
    expect(toAuditEventFilter({ ...EMPTY_AUDIT_FILTERS, from: '2026-02-30', to: '1.11.2026' })).toEqual({});
  });
});
