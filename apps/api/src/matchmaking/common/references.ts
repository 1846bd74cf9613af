import type { Prisma } from '@wiw/db';
import { UnknownMunicipalityError, UnknownSkillsError } from './matchmaking.errors';

type Db = Prisma.TransactionClient;

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
