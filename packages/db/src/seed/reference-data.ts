import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldText, synonymKey } from '@wiw/domain';
import { z } from 'zod';
import { OrganisationKind, RegionKey, Side, SizeBand, SkillCategory, TopicFieldKey } from '../generated/prisma/enums';
import { seedDir } from '../paths';
import { escoSkillId, escoSkillUri, IMPORTED_SKILL_SLUG_PREFIX } from '../skills-import/esco';
import { loadLegalPages, type SeedLegalPage } from './legal-pages';

/*
 * Reference data (prisma/seed/reference/): the real regions, municipalities, topic fields, member
 * organisations and research institutes, and the curated skill taxonomy. Loaded in every
 * environment, production included. Demo data (prisma/seed/demo/) builds on it: see demo-data.ts.
 */

// Enum values come from the Prisma schema: one definition for database, seed and API.
export const regionKey = z.enum(RegionKey);
export const text = z.string().trim().min(1);
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by single hyphens');
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

export const topicFieldKey = z.enum(TopicFieldKey);

const topicField = z.object({
  key: topicFieldKey,
  position: z.number().int().positive(),
  titleDe: text,
  titleEn: text,
  descriptionDe: text,
  descriptionEn: text,
  goalDe: text,
  goalEn: text,
});

/** An organisation of either folder; whether it is fictional follows from the folder it is in. */
export const organisation = z.strictObject({
  slug,
  name: text,
  shortName: text.nullable(),
  kind: z.enum(OrganisationKind),
  isMember: z.boolean(),
  municipality: text,
  region: regionKey,
  industry: text.nullable(),
  sizeBand: z.enum(SizeBand).nullable(),
  website: z.url().nullable(),
  description: text.nullable(),
});

const skillLabel = text.max(120);
const skill = z.strictObject({
  slug: slug.refine(
    (value) => !value.startsWith(IMPORTED_SKILL_SLUG_PREFIX),
    `the prefix ${IMPORTED_SKILL_SLUG_PREFIX} is kept for imported ESCO skills`,
  ),
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
export type SeedSkill = z.infer<typeof skill>;

export interface ReferenceData {
  regions: SeedRegion[];
  municipalities: SeedMunicipality[];
  topicFields: SeedTopicField[];
  /** Real organisations: the partnership's members and the research institutes. */
  organisations: SeedOrganisation[];
  skills: SeedSkill[];
  /** Default texts of the legal pages (version 1 of each). */
  legalPages: SeedLegalPage[];
}

export const REFERENCE_FOLDER = 'reference';
export const DEMO_FOLDER = 'demo';

/** Reads prisma/seed/<folder>/<file> and validates it; the error names the file. */
export function readSeedFile<T>(dir: string, folder: string, file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path.join(dir, folder, file), 'utf8')));
  if (!parsed.success) throw new Error(`prisma/seed/${folder}/${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Problems of a list of organisations: slugs used twice (also across lists) and unknown municipalities. */
export function organisationProblems(organisations: ReadonlyArray<SeedOrganisation>, towns: ReadonlySet<string>, taken: Set<string>): string[] {
  const problems: string[] = [];
  for (const org of organisations) {
    if (taken.has(org.slug)) problems.push(`organisation slug ${org.slug} is used twice`);
    taken.add(org.slug);
    if (!towns.has(`${org.region}/${org.municipality}`)) problems.push(`${org.slug}: unknown municipality ${org.municipality} in ${org.region}`);
  }
  return problems;
}

export const townKey = (m: Pick<SeedMunicipality, 'name' | 'region'>): string => `${m.region}/${m.name}`;

/** Reads and validates prisma/seed/reference/*.json, including the references between the files. */
export function loadReferenceData(dir: string = seedDir()): ReferenceData {
  const data: ReferenceData = {
    regions: readSeedFile(dir, REFERENCE_FOLDER, 'regions.json', z.array(region)),
    municipalities: readSeedFile(dir, REFERENCE_FOLDER, 'municipalities.json', z.array(municipality)),
    topicFields: readSeedFile(dir, REFERENCE_FOLDER, 'topic-fields.json', z.array(topicField)),
    organisations: readSeedFile(dir, REFERENCE_FOLDER, 'organisations.json', z.array(organisation)),
    skills: readSeedFile(dir, REFERENCE_FOLDER, 'skills.json', z.array(skill)),
    legalPages: loadLegalPages(dir),
  };
  const problems = [...organisationProblems(data.organisations, new Set(data.municipalities.map(townKey)), new Set()), ...skillProblems(data.skills)];
  const keys = new Set(data.topicFields.map((field) => field.key));
  for (const key of Object.values(TopicFieldKey)) if (!keys.has(key)) problems.push(`topic-fields.json lacks ${key}`);
  if (problems.length) throw new Error(`prisma/seed/${REFERENCE_FOLDER} is inconsistent:\n- ${problems.join('\n- ')}`);
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
