import { Controller, Get, Header, Query } from '@nestjs/common';
import { Roles } from '../common/auth/decorators';
import { AuditLogService } from './audit-log.service';
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
  async export(@Query('action') action?: string): Promise<string> {
    const filter = action && /^[a-z_.]{1,100}$/.test(action) ? { action } : null;
    const rows = await this.auditLog.forExport(filter);
    const lines = rows.map((row) =>
      csvLine([row.occurredAt.toISOString(), row.action, row.entityType, row.entityId, row.actorUserId, row.actingOrganisationId, JSON.stringify(row.changes)]),
    );
    return '\uFEFF' + csvLine([...COLUMNS]) + lines.join('');
  }
}
