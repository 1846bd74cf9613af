import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/decorators';
import { AuditLogService } from './audit-log.service';
import { AuditEventsArgs } from './inputs/audit-events.args';
import { AuditEvent, AuditEventConnection } from './models/audit-event.model';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditLog: AuditLogService) {}

  @Roles('COORDINATOR', 'ADMIN')
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (joint office and administrators only).' })
  async auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    const connection = await this.auditLog.list(args.filter, args);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: AuditEvent.from(edge.node) })) };
  }
}
