import type {
  ContactRequestFieldsFragment,
  MyOrganisationsQuery,
  NeedSummaryFieldsFragment,
  OfferSummaryFieldsFragment,
  OrganisationQuery,
  SkillOptionFieldsFragment,
} from '../../../gql/graphql';
import { organisationData, ownFiguresData } from '../../../test/fixtures';

export { apiError, requestsOf } from '../../../test/utils';
export { connection } from '../../../test/fixtures';

/** Ids must look like UUIDs: the board keeps only those in its URL. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const SKILL_PYTHON = uuid(101);
export const SKILL_PLC = uuid(102);
export const MUN_DORTMUND = uuid(201);
export const MUN_MESCHEDE = uuid(202);

export function skillOption(overrides: Partial<SkillOptionFieldsFragment> = {}): SkillOptionFieldsFragment {
  return { id: SKILL_PYTHON, label: 'Python', labelDe: 'Python', labelEn: 'Python', category: 'SOFTWARE', synonyms: ['Python 3'], ...overrides };
}

export const plcOption = () =>
  skillOption({
    id: SKILL_PLC,
    label: 'Speicherprogrammierbare Steuerung (SPS)',
    labelDe: 'Speicherprogrammierbare Steuerung (SPS)',
    labelEn: 'Programmable logic controller (PLC)',
    category: 'AUTOMATION',
    synonyms: ['SPS', 'PLC'],
  });

export const skillSearchData = (skills: SkillOptionFieldsFragment[]) => ({
  skills: { totalCount: skills.length, edges: skills.map((node) => ({ node })) },
});

const skill = (id: string, label: string) => ({ id, label, labelDe: label, labelEn: label });

export function needNode(overrides: Partial<NeedSummaryFieldsFragment> = {}): NeedSummaryFieldsFragment {
  return {
    id: uuid(1),
    title: 'SPS-Programmierer/in für Intralogistik',
    kind: 'EMPLOYMENT',
    status: 'OPEN',
    remoteMode: 'ONSITE',
    startDate: null,
    headcount: 2,
    expiresAt: '2026-06-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    viewerCanEdit: false,
    topicField: { key: 'SKILLED_WORKERS', title: 'Fachkräfte' },
    organisation: { id: 'org-velkamp', name: 'Velkamp Intralogistik GmbH', verified: false },
    municipality: { id: MUN_DORTMUND, name: 'Dortmund', region: { key: 'DORTMUND', side: 'DORTMUND' } },
    skills: [
      { level: 'EXPERT', weight: 'REQUIRED', skill: skill(SKILL_PLC, 'Speicherprogrammierbare Steuerung (SPS)') },
      { level: 'INTERMEDIATE', weight: 'NICE_TO_HAVE', skill: skill(SKILL_PYTHON, 'Python') },
    ],
    ...overrides,
  };
}

export function offerNode(overrides: Partial<OfferSummaryFieldsFragment> = {}): OfferSummaryFieldsFragment {
  return {
    id: uuid(2),
    title: 'SPS-Schulung für Ihr Team',
    kind: 'TRAINING',
    status: 'OPEN',
    isIndividual: false,
    availableFrom: '2026-04-01',
    radiusKm: 100,
    remoteWilling: true,
    updatedAt: '2026-03-02T10:00:00Z',
    viewerCanEdit: false,
    organisation: { id: 'org-kalthoefer', name: 'Kalthöfer & Söhne Metallbearbeitung GmbH', verified: false },
    municipality: { id: MUN_MESCHEDE, name: 'Meschede', region: { key: 'HOCHSAUERLANDKREIS', side: 'SUEDWESTFALEN' } },
    skills: [{ level: 'EXPERT', skill: skill(SKILL_PLC, 'Speicherprogrammierbare Steuerung (SPS)') }],
    ...overrides,
  };
}

export function contactRequest(overrides: Partial<ContactRequestFieldsFragment> = {}): ContactRequestFieldsFragment {
  return {
    id: uuid(301),
    status: 'PENDING',
    fromSide: 'OFFER',
    message: 'Guten Tag, wir schulen gern Ihr Team in SPS-Programmierung.',
    createdAt: '2026-03-05T09:30:00Z',
    answeredAt: null,
    need: { id: uuid(1), title: 'SPS-Programmierer/in für Intralogistik' },
    offer: { id: uuid(2), title: 'SPS-Schulung für Ihr Team' },
    counterpart: null,
    ...overrides,
  };
}

export const myOrganisationsData = (organisations: Array<{ id: string; name: string; verified?: boolean }>): MyOrganisationsQuery => ({
  myOrganisations: organisations.map(({ id, name, verified = true }) => ({
    id,
    name,
    verified,
    myRole: 'OWNER',
    members: [],
    invitations: [],
    ownFigures: ownFiguresData(),
  })),
});

/** The directory profile of one of my organisations (kind and seat). */
export function organisationProfile(id: string, kind: OrganisationQuery['organisation']['kind'], municipalityId = MUN_DORTMUND): OrganisationQuery {
  const base = organisationData().organisation;
  return { organisation: { ...base, id, kind, municipality: { id: municipalityId, name: 'Dortmund' } } };
}

export const regionsData = () => ({
  regions: [
    { key: 'DORTMUND', name: 'Dortmund', municipalities: [{ id: MUN_DORTMUND, name: 'Dortmund' }] },
    { key: 'HOCHSAUERLANDKREIS', name: 'Hochsauerlandkreis', municipalities: [{ id: MUN_MESCHEDE, name: 'Meschede' }] },
  ],
});
