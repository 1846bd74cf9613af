import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProjectApplicationStatus, type ProjectApplication as ApplicationRow, type ProjectUpdate as UpdateRow } from '@wiw/db';
import { ParticipantRole } from '../../common/graphql/enums';

registerEnumType(ProjectApplicationStatus, { name: 'ProjectApplicationStatus' });

@ObjectType({ description: "An organisation's application to take part in a project." })
export class ProjectApplication {
  @Field(() => ID)
  id: string;

  @Field(() => ParticipantRole)
  role: ParticipantRole;

  @Field()
  note: string;

  @Field(() => ProjectApplicationStatus)
  status: ProjectApplicationStatus;

  @Field(() => String, { nullable: true, description: "The lead's reason (always given when declining)." })
  decisionReason: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  organisationId: string;
  projectId: string;

  static from(row: ApplicationRow): ProjectApplication {
    return Object.assign(new ProjectApplication(), {
      id: row.id,
      role: row.role,
      note: row.note,
      status: row.status,
      decisionReason: row.decisionReason,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      organisationId: row.organisationId,
      projectId: row.projectId,
    });
  }
}

@ObjectType({ description: 'A dated entry of the update log ("Projektstand").' })
export class ProjectUpdateEntry {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field()
  createdAt: Date;

  static from(row: UpdateRow): ProjectUpdateEntry {
    return Object.assign(new ProjectUpdateEntry(), { id: row.id, text: row.text, createdAt: row.createdAt });
  }
}

@ObjectType({ description: 'An organisation taking part in a project, with its role.' })
export class ProjectParticipantEntry {
  @Field(() => ParticipantRole)
  role: ParticipantRole;

  @Field()
  joinedAt: Date;

  organisationId: string;
}

@ObjectType({ description: 'One change in the history of a project (from the audit log; no names of people).' })
export class ProjectHistoryEntry {
  @Field()
  at: Date;

  @Field({ description: 'The audited action, e.g. milestone.moved.' })
  action: string;

  @Field({ description: "What happened, in the caller's language." })
  summary: string;

  actingOrganisationId: string | null;
}

@ObjectType({ description: 'Milestone punctuality against the first plan (a moved milestone done after its first due day is late).' })
export class MilestonePunctuality {
  @Field(() => Int, { description: 'Done on or before the day first planned (Europe/Berlin).' })
  onTime: number;

  @Field(() => Int, { description: 'Done after the day first planned, or not done and that day has passed.' })
  late: number;

  @Field(() => Int, { description: 'Not done, the day first planned still ahead.' })
  open: number;
}
