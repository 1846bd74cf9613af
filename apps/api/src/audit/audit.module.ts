import { Global, Module } from '@nestjs/common';
import { AuditExportController } from './audit-export.controller';
import { AuditLogService } from './audit-log.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AuditExportController],
  providers: [AuditService, AuditLogService, AuditResolver],
  exports: [AuditService, AuditLogService],
})
export class AuditModule {}
