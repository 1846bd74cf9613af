import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldText, synonymKey } from '@wiw/domain';
import { z } from 'zod';
import { OrganisationKind, ProjectStatus, RegionKey, Side, SizeBand, SkillCategory, TopicFieldKey } from '../generated/prisma/enums';
import { seedDir } from '../paths';
import { boardProblems, boardSchema, type SeedBoard } from './board-data';
import { escoSkillId, escoSkillUri, IMPORTED_SKILL_SLUG_PREFIX } from '../skills-import/esco';

// Enum values come from the Prisma schema: one definition for database, seed and API.
const regionKey = z.enum(RegionKey);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by single hyphens');
/** The fewest curated skills the portal's skill search is built for. */
export const MIN_CURATED_SKILLS = 150;

const region = z.object({
  key: regionKey,
  name: text,
  side: z.enum(Side).nullable(),
  seat: text.nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  population: z.number().int().positive().nullable(),
  populationYear: z.number().int().min(1900).max(2100).nullable(),
  position: z.number().int().positive(),
});

const municipality = z.object({
  name: text,
  region: regionKey,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  isDistrictSeat: z.boolean(),
});

const topicField = z.object({
  key: z.enum(TopicFieldKey),
  position: z.number().int().positive(),
  titleDe: text,
  titleEn: text,
  descriptionDe: text,
  descriptionEn: text,
  goalDe: text,
  goalEn: text,
});

const organisation = z.object({
  slug,
  name: text,
  shortName: text.nullable(),
  kind: z.enum(OrganisationKind),
  isMember: z.boolean(),
  isFictional: z.boolean(),
  municipality: text,
  region: regionKey,
  industry: text.nullable(),
  sizeBand: z.enum(SizeBand).nullable(),
  website: z.url().nullable(),
  description: text.nullable(),
});

const project = z.object({
  slug,
  topicField: topicField.shape.key,
  titleDe: text,
  titleEn: text,
  descriptionDe: text,
  descriptionEn: text,
  status: z.enum(ProjectStatus),
  startsOn: isoDate.nullable(),
  lead: z.string(),
  partners: z.array(z.string()),
  milestones: z.array(z.object({ titleDe: text, titleEn: text, dueOn: isoDate, doneOn: isoDate.nullable() })),
});

const skillLabel = text.max(120);
const skill = z.strictObject({
  slug: slug.refine((value) => !value.startsWith(IMPORTED_SKILL_SLUG_PREFIX), `the prefix ${IMPORTED_SKILL_SLUG_PREFIX} is kept for imported ESCO skills`),
  labelDe: skillLabel,
  labelEn: skillLabel,
  synonyms: z.array(skillLabel),
  category: z.enum(SkillCategory),
  escoUri: z
    .string()
    .refine((uri) => escoSkillUri(escoSkillId(uri) ?? '') === uri, 'expected http://data.europa.eu/esco/skill/<concept id>')
    .optional(),
});

export type SeedRegion = z.infer<typeof region>;
export type SeedMunicipality = z.infer<typeof municipality>;
export type SeedTopicField = z.infer<typeof topicField>;
export type SeedOrganisation = z.infer<typeof organisation>;
export type SeedProject = z.infer<typeof project>;
export type SeedSkill = z.infer<typeof skill>;

export interface SeedData {
  regions: SeedRegion[];
  municipalities: SeedMunicipality[];
  topicFields: SeedTopicField[];
  organisations: SeedOrganisation[];
  projects: SeedProject[];
  skills: SeedSkill[];
  board: SeedBoard;
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  if (!parsed.success) throw new Error(`prisma/seed/${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Reads and validates prisma/seed/*.json, including the references between the files. */
export function loadSeedData(dir: string = seedDir()): SeedData {
  const data: SeedData = {
    regions: readJson(dir, 'regions.json', z.array(region)),
    municipalities: readJson(dir, 'municipalities.json', z.array(municipality)),
    topicFields: readJson(dir, 'topic-fields.json', z.array(topicField)),
    organisations: readJson(dir, 'organisations.json', z.array(organisation)),
    projects: readJson(dir, 'projects.json', z.array(project)),
    skills: readJson(dir, 'skills.json', z.array(skill)),
    board: readJson(dir, 'board.json', boardSchema),
  };
  const problems: string[] = [];
  const towns = new Set(data.municipalities.map((m) => `${m.region}/${m.name}`));
  const slugs = new Set<string>();
  for (const org of data.organisations) {
    if (slugs.has(org.slug)) problems.push(`organisation slug ${org.slug} is used twice`);
    slugs.add(org.slug);
    if (!towns.has(`${org.region}/${org.municipality}`)) problems.push(`${org.slug}: unknown municipality ${org.municipality} in ${org.region}`);
  }
  for (const p of data.projects) {
    for (const ref of [p.lead, ...p.partners]) if (!slugs.has(ref)) problems.push(`${p.slug}: unknown organisation ${ref}`);
    if (p.partners.includes(p.lead)) problems.push(`${p.slug}: the lead is also listed as partner`);
  }
  problems.push(...skillProblems(data.skills));
  problems.push(...boardProblems(data.board, { organisations: slugs, towns, skills: new Set(data.skills.map((s) => s.slug)) }));
  if (problems.length) throw new Error(`prisma/seed is inconsistent:\n- ${problems.join('\n- ')}`);
  return data;
}

/** What zod cannot see in skills.json: uniqueness across the file and the size of the taxonomy. */
function skillProblems(skills: ReadonlyArray<SeedSkill>): string[] {
  const problems: string[] = [];
  const firstOf = (what: string) => {
    const seen = new Map<string, string>();
    return (key: string, slug: string, shown: string) => {
      const first = seen.get(key);
      if (first) problems.push(`skill ${slug}: ${what} "${shown}" is also used by ${first}`);
      else seen.set(key, slug);
    };
  };
  const slugs = firstOf('slug');
  const labelsDe = firstOf('labelDe');
  const uris = firstOf('escoUri');
  for (const s of skills) {
    slugs(s.slug, s.slug, s.slug);
    labelsDe(foldText(s.labelDe), s.slug, s.labelDe);
    if (s.escoUri) uris(s.escoUri, s.slug, s.escoUri);
    const names = new Set([synonymKey(s.labelDe), synonymKey(s.labelEn)]);
    for (const synonym of s.synonyms) {
      const key = synonymKey(synonym);
      if (names.has(key)) problems.push(`skill ${s.slug}: synonym "${synonym}" repeats a label or another synonym`);
      names.add(key);
    }
  }
  if (skills.length < MIN_CURATED_SKILLS) problems.push(`skills.json has ${skills.length} skills; at least ${MIN_CURATED_SKILLS} are expected`);
  return problems;
}
