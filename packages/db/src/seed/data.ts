import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { OrganisationKind, ProjectStatus, RegionKey, Side, SizeBand, TopicFieldKey } from '../generated/prisma/enums';
import { seedDir } from '../paths';

// Enum values come from the Prisma schema: one definition for database, seed and API.
const regionKey = z.enum(RegionKey);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const text = z.string().trim().min(1);

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
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
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
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
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

export type SeedRegion = z.infer<typeof region>;
export type SeedMunicipality = z.infer<typeof municipality>;
export type SeedTopicField = z.infer<typeof topicField>;
export type SeedOrganisation = z.infer<typeof organisation>;
export type SeedProject = z.infer<typeof project>;

export interface SeedData {
  regions: SeedRegion[];
  municipalities: SeedMunicipality[];
  topicFields: SeedTopicField[];
  organisations: SeedOrganisation[];
  projects: SeedProject[];
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
  if (problems.length) throw new Error(`prisma/seed is inconsistent:\n- ${problems.join('\n- ')}`);
  return data;
}
