import { z } from 'zod';
import { ParticipantRole, ProjectStatus, RegionKey } from '../generated/prisma/enums';
import { seedDir } from '../paths';
import { boardProblems, boardSchema, type SeedBoard } from './board-data';
import { placeProblems, seedPlace, type SeedPlace } from './coworking';
import {
  DEMO_FOLDER,
  loadReferenceData,
  organisation,
  organisationProblems,
  readSeedFile,
  slug,
  text,
  topicFieldKey,
  townKey,
  type ReferenceData,
  type SeedOrganisation,
} from './reference-data';

/*
 * Demo data (prisma/seed/demo/): fictional companies, advisers and training providers, the
 * illustrative projects of the topic fields and the skills board's demo entries. Loaded only with
 * SEED_DEMO_DATA; it refers to the reference data (municipalities, member organisations, skills).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const project = z.object({
  slug,
  topicField: topicFieldKey,
  titleDe: text,
  titleEn: text,
  descriptionDe: text,
  descriptionEn: text,
  status: z.enum(ProjectStatus),
  startsOn: isoDate.nullable(),
  goal: text.optional(),
  regions: z.array(z.enum(RegionKey)).optional(),
  openForParticipants: z.boolean().optional(),
  lead: z.string(),
  partners: z.array(z.string()),
  milestones: z.array(z.object({ titleDe: text, titleEn: text, dueOn: isoDate, doneOn: isoDate.nullable() })),
  /** Pending applications to join (issue 19): fictional companies asking the lead. */
  applications: z.array(z.object({ organisation: z.string(), role: z.enum(ParticipantRole).exclude(['LEAD']), note: text })).optional(),
});

export type SeedProject = z.infer<typeof project>;

export interface DemoData {
  /** Fictional organisations (invented names, no website). */
  organisations: SeedOrganisation[];
  /** Illustrative projects: their participants, milestones and dates are invented. */
  projects: SeedProject[];
  board: SeedBoard;
  /** Fictional co-working places with day desks. */
  coworking: SeedPlace[];
}

/** Reads and validates prisma/seed/demo/*.json, including its references to the reference data. */
export function loadDemoData(dir: string = seedDir(), reference: ReferenceData = loadReferenceData(dir)): DemoData {
  const data: DemoData = {
    organisations: readSeedFile(dir, DEMO_FOLDER, 'organisations.json', z.array(organisation)),
    projects: readSeedFile(dir, DEMO_FOLDER, 'projects.json', z.array(project)),
    board: readSeedFile(dir, DEMO_FOLDER, 'board.json', boardSchema),
    coworking: readSeedFile(dir, DEMO_FOLDER, 'coworking.json', z.array(seedPlace)),
  };
  const towns = new Set(reference.municipalities.map(townKey));
  const slugs = new Set(reference.organisations.map((o) => o.slug));
  const problems = organisationProblems(data.organisations, towns, slugs);
  for (const org of data.organisations) if (org.website) problems.push(`${org.slug}: a fictional organisation has no website`);
  for (const p of data.projects) {
    const applicants = (p.applications ?? []).map((a) => a.organisation);
    for (const ref of [p.lead, ...p.partners, ...applicants]) if (!slugs.has(ref)) problems.push(`${p.slug}: unknown organisation ${ref}`);
    for (const ref of applicants) if (ref === p.lead || p.partners.includes(ref)) problems.push(`${p.slug}: ${ref} applies but already takes part`);
    if (p.partners.includes(p.lead)) problems.push(`${p.slug}: the lead is also listed as partner`);
  }
  problems.push(...boardProblems(data.board, { organisations: slugs, towns, skills: new Set(reference.skills.map((s) => s.slug)) }));
  const allOrganisations = new Set([...slugs, ...data.organisations.map((o) => o.slug)]);
  problems.push(...placeProblems(data.coworking, { organisations: allOrganisations, towns }));
  if (problems.length) throw new Error(`prisma/seed/${DEMO_FOLDER} is inconsistent:\n- ${problems.join('\n- ')}`);
  return data;
}
