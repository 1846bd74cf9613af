import { Inject, Injectable } from '@nestjs/common';
import type { Milestone, PrismaClient, Project, ProjectParticipant, TopicField, TopicFieldKey } from '@wiw/db';
import { parseTopicFieldKey } from '@wiw/domain';
import { PRISMA } from '../database/database.module';
import { TopicFieldNotFoundError } from './topic-fields.errors';

@Injectable()
export class TopicFieldsService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  list(): Promise<TopicField[]> {
    return this.prisma.topicField.findMany({ orderBy: { position: 'asc' } });
  }

  /** Accepts the enum key in any case and the URL form ("it-competence"). */
  async findByKey(input: string): Promise<TopicField> {
    const key = parseTopicFieldKey(input);
    const field = key ? await this.prisma.topicField.findUnique({ where: { key } }) : null;
    if (!field) throw new TopicFieldNotFoundError(input);
    return field;
  }

  findByKeys(keys: readonly TopicFieldKey[]): Promise<TopicField[]> {
    return this.prisma.topicField.findMany({ where: { key: { in: [...keys] } } });
  }

  /** Approved projects of the given fields (the resolver orders them for the caller's language); proposals stay off the public pages. */
  projectsByTopicFields(keys: readonly TopicFieldKey[]): Promise<Project[]> {
    return this.prisma.project.findMany({ where: { topicFieldKey: { in: [...keys] }, approval: 'APPROVED' }, orderBy: { id: 'asc' } });
  }

  projectsByIds(ids: readonly string[]): Promise<Project[]> {
    return this.prisma.project.findMany({ where: { id: { in: [...ids] } } });
  }

  milestonesByProjects(ids: readonly string[]): Promise<Milestone[]> {
    return this.prisma.milestone.findMany({ where: { projectId: { in: [...ids] } }, orderBy: { position: 'asc' } });
  }

  participantsByProjects(ids: readonly string[]): Promise<ProjectParticipant[]> {
    return this.prisma.projectParticipant.findMany({ where: { projectId: { in: [...ids] } } });
  }

  participationsByOrganisations(ids: readonly string[]): Promise<ProjectParticipant[]> {
    return this.prisma.projectParticipant.findMany({
      where: { organisationId: { in: [...ids] }, project: { approval: 'APPROVED' } },
      orderBy: [{ role: 'asc' }, { project: { startsOn: 'asc' } }, { projectId: 'asc' }],
    });
  }
}
