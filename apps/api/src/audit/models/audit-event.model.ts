import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AuditEvent as AuditEventRow } from '@wiw/db';
import { ConnectionType } from '../../common/pagination/pagination';

@ObjectType({ description: 'Who did what, on behalf of which organisation, and when.' })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Null for the system (e.g. retention jobs).' })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true })
  actingOrganisationId: string | null;

  @Field()
  action: string;

  @Field()
  entityType: string;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field({ description: 'Changed fields as JSON (never secrets).' })
  changes: string;

  static from(row: AuditEventRow): AuditEvent {
    return Object.assign(new AuditEvent(), {
      id: row.id,
      occurredAt: row.occurredAt,
      actorUserId: row.actorUserId,
      actingOrganisationId: row.actingOrganisationId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      changes: JSON.stringify(row.changes),
    });
  }
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}
