import { Controller, Get, Header, Query } from '@nestjs/common';
import { Roles } from '../common/auth/decorators';
import { AuditLogService } from './audit-log.service';
import { AuditEventFilter } from './inputs/audit-events.args';
import { csvLine } from './csv';

const COLUMNS = ['occurredAt', 'action', 'entityType', 'entityId', 'actorUserId', 'actingOrganisationId', 'changes'] as const;

/** The audit log as CSV (UTF-8 with BOM, so spreadsheets show umlauts), for the transparency report. */
@Controller('audit')
export class AuditExportController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Roles('COORDINATOR', 'ADMIN')
  @Get('export.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="audit-log-wirtschaftsinitiative-westfalen.csv"')
  @Header('cache-control', 'no-store')
  /** Takes the filter of the auditEvents query as URL parameters (e.g. ?action=session.&from=2026-11-01T00:00:00Z); invalid ones answer 400 BAD_USER_INPUT. */
  async export(@Query() filter: AuditEventFilter): Promise<string> {
    const rows = await this.auditLog.forExport(filter);
    const lines = rows.map((row) =>
      csvLine([
        row.occurredAt.toISOString(),
        row.action,
        row.entityType,
        row.entityId,
        row.actorUserId,
        row.actingOrganisationId,
        JSON.stringify(row.changes),
      ]),
    );
    return '\uFEFF' + csvLine([...COLUMNS]) + lines.join('');
  }
}
