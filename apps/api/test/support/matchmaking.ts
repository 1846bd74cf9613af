import type { TestApp } from './test-app';

let counter = 0;

/** Skills of one's own for a test (unique slugs), so tests never depend on the curated taxonomy. */
export async function createSkills(t: TestApp, count: number): Promise<string[]> {
  counter += 1;
  const prefix = `test-${counter}-${Date.now()}`;
  const rows = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      t.db.database.prisma.skill.create({
        data: {
          slug: `${prefix}-${i}`,
          labelDe: `Prüfskill ${counter}.${i}`,
          labelEn: `Test skill ${counter}.${i}`,
          synonyms: [],
          category: 'OTHER',
          searchText: `pruefskill ${counter}.${i}`,
        },
        select: { id: true },
      }),
    ),
  );
  return rows.map((row) => row.id);
}

export const NEED_FIELDS = `id title status headcount kind remoteMode startDate publishedAt expiresAt viewerCanEdit
  organisation { id name } municipality { name } topicField { key } skills { skill { id label } weight level }`;
export const OFFER_FIELDS = `id title kind status radiusKm availableFrom remoteWilling isIndividual viewerCanEdit
  organisation { id name } municipality { name } skills { skill { id label } level }`;

export function needInput(
  municipalityId: string,
  skills: Array<{ skillId: string; weight?: string; level?: string }>,
  overrides: Record<string, unknown> = {},
) {
  return {
    title: 'Fachkraft Automatisierungstechnik',
    description: 'Wir suchen Verstärkung für die Instandhaltung.',
    headcount: 2,
    kind: 'EMPLOYMENT',
    municipalityId,
    remoteMode: 'ONSITE',
    startDate: null,
    topicField: 'SKILLED_WORKERS',
    skills: skills.map((skill) => ({ weight: 'REQUIRED', level: 'INTERMEDIATE', ...skill })),
    ...overrides,
  };
}

export function offerInput(municipalityId: string, skills: Array<{ skillId: string; level?: string }>, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Schulung SPS-Programmierung',
    description: 'Praxisnahe Kurse in unserer Lehrwerkstatt.',
    municipalityId,
    radiusKm: 50,
    availableFrom: '2026-01-01',
    remoteWilling: false,
    skills: skills.map((skill) => ({ level: 'EXPERT', ...skill })),
    ...overrides,
  };
}
