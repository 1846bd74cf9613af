import { z } from 'zod';
import { NeedKind, OfferKind, RegionKey, RemoteMode, SkillLevel, SkillWeight, TopicFieldKey } from '../generated/prisma/enums';

const text = z.string().trim().min(1);
const place = { organisation: text, municipality: text, region: z.enum(RegionKey) };

const need = z
  .object({
    ...place,
    title: text.max(120),
    description: z.string().max(5000),
    headcount: z.number().int().min(1).max(1000),
    kind: z.enum(NeedKind),
    remoteMode: z.enum(RemoteMode),
    /** Days after seeding; null: as soon as possible. */
    startInDays: z.number().int().nullable(),
    topicField: z.enum(TopicFieldKey),
    skills: z
      .array(z.object({ skill: text, weight: z.enum(SkillWeight), level: z.enum(SkillLevel) }).strict())
      .min(1)
      .max(30),
  })
  .strict();

const offer = z
  .object({
    ...place,
    kind: z.enum(OfferKind).exclude(['TALENT']),
    title: text.max(120),
    description: z.string().max(5000),
    radiusKm: z.number().int().min(0).max(500),
    availableInDays: z.number().int(),
    remoteWilling: z.boolean(),
    skills: z
      .array(z.object({ skill: text, level: z.enum(SkillLevel) }).strict())
      .min(1)
      .max(30),
  })
  .strict();

/** Demo needs and offers of the fictional companies and the member organisations (prisma/seed/board.json). */
export const boardSchema = z.object({ needs: z.array(need), offers: z.array(offer) }).strict();
export type SeedBoard = z.infer<typeof boardSchema>;

/** References zod cannot check: organisations, places, skills and titles that exist once. */
export function boardProblems(board: SeedBoard, known: { organisations: Set<string>; towns: Set<string>; skills: Set<string> }): string[] {
  const problems: string[] = [];
  const titles = new Set<string>();
  for (const [what, entries] of [
    ['need', board.needs],
    ['offer', board.offers],
  ] as const) {
    for (const entry of entries) {
      const key = `${what} ${entry.organisation}/${entry.title}`;
      if (titles.has(key)) problems.push(`${key} is listed twice`);
      titles.add(key);
      if (!known.organisations.has(entry.organisation)) problems.push(`${key}: unknown organisation ${entry.organisation}`);
      if (!known.towns.has(`${entry.region}/${entry.municipality}`))
        problems.push(`${key}: unknown municipality ${entry.municipality} in ${entry.region}`);
      const skills = entry.skills.map((s) => s.skill);
      for (const skill of skills) if (!known.skills.has(skill)) problems.push(`${key}: unknown skill ${skill}`);
      if (new Set(skills).size !== skills.length) problems.push(`${key}: a skill is listed twice`);
    }
  }
  return problems;
}
