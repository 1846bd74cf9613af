import type { Prisma, Project } from '@wiw/db';
import { isMember, seesAll } from '../access';
import type { AuthState } from '../common/graphql/context';
import { isUuid } from '../common/pagination/pagination';
import { NotProjectLeadError, ProjectNotFoundError } from './projects.errors';

type Db = Prisma.TransactionClient;
type Person = AuthState['user'] | null | undefined;

/** The project, locked for the rest of the transaction: writes to one project happen one after another. */
export async function lockProject(tx: Db, projectId: string): Promise<Project> {
  const locked = isUuid(projectId)
    ? await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Project" WHERE id = ${projectId}::uuid FOR UPDATE`
    : [];
  if (locked.length === 0) throw new ProjectNotFoundError();
  return tx.project.findUniqueOrThrow({ where: { id: projectId } });
}

/** The lead organisation's id, or null while the project has none. */
export async function leadOf(db: Db, projectId: string): Promise<string | null> {
  const lead = await db.projectParticipant.findFirst({ where: { projectId, role: 'LEAD' }, select: { organisationId: true } });
  return lead?.organisationId ?? null;
}

/** The lead organisation's id if the user is one of its members; NOT_PROJECT_LEAD otherwise. */
export async function requireLeadMember(db: Db, userId: string, projectId: string): Promise<string> {
  const lead = await leadOf(db, projectId);
  if (!lead || !(await isMember(db, userId, lead))) throw new NotProjectLeadError();
  return lead;
}

/**
 * Who sees a project: everyone once the joint office has approved it; before that (and after a
 * rejection) only the joint office and the members of the proposed lead organisation.
 */
export async function canSee(db: Db, user: Person, project: Pick<Project, 'id' | 'approval'>): Promise<boolean> {
  if (project.approval === 'APPROVED' || seesAll(user)) return true;
  return isMember(db, user?.id, await leadOf(db, project.id));
}
