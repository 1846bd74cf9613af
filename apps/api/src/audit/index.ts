export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';
export { changedFields } from './changed-fields';
