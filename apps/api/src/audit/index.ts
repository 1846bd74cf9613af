export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';
export { AuditLogService, type AuditEventRow } from './audit-log.service';
export { changedFields } from './changed-fields';
export { csvLine } from './csv';
