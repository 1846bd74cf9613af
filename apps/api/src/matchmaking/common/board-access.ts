import type { Prisma } from '@wiw/db';
import { isUuid } from '../../common/pagination/pagination';
import { NotOrganisationMemberError, UnknownMunicipalityError, UnknownSkillsError } from './matchmaking.errors';

type Db = Prisma.TransactionClient;

/** The organisation, if the user is a member of it; NOT_ORGANISATION_MEMBER otherwise. */
export async function requireMembership(db: Db, userId: string, organisationId: string): Promise<{ kind: string; verifiedAt: Date | null; name: string }> {
  const membership = isUuid(organisationId)
    ? await db.membership.findUnique({
        where: { userId_organisationId: { userId, organisationId } },
        select: { organisation: { select: { kind: true, verifiedAt: true, name: true } } },
      })
    : null;
  if (!membership) throw new NotOrganisationMemberError();
  return membership.organisation;
}

/** True when the user belongs to the organisation. */
export async function isMember(db: Db, userId: string | null | undefined, organisationId: string | null): Promise<boolean> {
  if (!userId || !organisationId) return false;
  return (await db.membership.count({ where: { userId, organisationId } })) > 0;
}

/** Every id names a skill and none is repeated; UNKNOWN_SKILLS lists the offending ids otherwise. */
export async function requireSkills(db: Db, skillIds: string[]): Promise<void> {
  const repeated = skillIds.filter((id, index) => skillIds.indexOf(id) !== index);
  const found = new Set((await db.skill.findMany({ where: { id: { in: skillIds } }, select: { id: true } })).map((skill) => skill.id));
  const unknown = skillIds.filter((id) => !found.has(id));
  if (repeated.length > 0 || unknown.length > 0) throw new UnknownSkillsError([...new Set([...repeated, ...unknown])]);
}

export async function requireMunicipality(db: Db, municipalityId: string): Promise<void> {
  if ((await db.municipality.count({ where: { id: municipalityId } })) === 0) throw new UnknownMunicipalityError();
}

/** The fields whose values differ, as { field: { from, to } } for the audit log. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    const old = before[field];
    if (JSON.stringify(old) !== JSON.stringify(value)) changes[field] = { from: old ?? null, to: value ?? null };
  }
  return changes;
}
