import { DESCRIPTION_MAX_LENGTH, ENTRY_SKILLS, HEADCOUNT, OFFER_RADIUS_KM, TITLE_LENGTH } from '@wiw/domain';
import type {
  CreateNeedInput,
  CreateOfferInput,
  NeedInput,
  NeedKind,
  OfferInput,
  OfferKind,
  RemoteMode,
  SkillLevel,
  SkillWeight,
  TopicFieldKey,
} from '../../gql/graphql';
import { isGraphQLRequestError } from '../../lib/graphql-client';
import { badInputIssues, type FormIssues, type ServerIssues } from '../../lib/form/server-issues';

/** The owner value of an offer posted by the person themself (TALENT, pseudonymous). */
export const TALENT_OWNER = 'talent';

export interface ChosenSkill {
  id: string;
  label: string;
  level: SkillLevel;
  weight: SkillWeight;
}

/** What needs and offers both say. */
export interface CommonValues {
  title: string;
  description: string;
  municipalityId: string;
  skills: ChosenSkill[];
}

export interface NeedFormValues extends CommonValues {
  organisationId: string;
  kind: NeedKind | '';
  topicField: TopicFieldKey | '';
  headcount: string;
  remoteMode: RemoteMode;
  /** YYYY-MM-DD, or empty: as soon as possible. */
  startDate: string;
}

export interface OfferFormValues extends CommonValues {
  /** An organisation id or {@link TALENT_OWNER}. */
  owner: string;
  kind: OfferKind | '';
  radiusKm: string;
  availableFrom: string;
  remoteWilling: boolean;
}

export const NEED_FIELDS = [
  'organisationId',
  'title',
  'description',
  'kind',
  'topicField',
  'headcount',
  'municipalityId',
  'remoteMode',
  'startDate',
  'skills',
] as const;
export const OFFER_FIELDS = [
  'owner',
  'kind',
  'title',
  'description',
  'municipalityId',
  'radiusKm',
  'availableFrom',
  'remoteWilling',
  'skills',
] as const;
export type NeedField = (typeof NEED_FIELDS)[number];
export type OfferField = (typeof OFFER_FIELDS)[number];
export type EntryField = NeedField | OfferField;

/** Language-neutral reasons; the texts live in `matchmaking.validation.*`. */
export type EntryIssueCode =
  | 'organisationRequired'
  | 'ownerRequired'
  | 'titleLength'
  | 'descriptionRequired'
  | 'descriptionLength'
  | 'kindRequired'
  | 'topicFieldRequired'
  | 'headcountRange'
  | 'municipalityRequired'
  | 'remoteModeRequired'
  | 'dateInvalid'
  | 'availableFromRequired'
  | 'radiusRange'
  | 'remoteWillingInvalid'
  | 'skillsRequired'
  | 'skillsTooMany';

/** A code we translate, or a message the server sent in the caller's language. */
export type EntryIssues<F extends string> = FormIssues<F, EntryIssueCode>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day "YYYY-MM-DD" (not 2026-02-31), as the API's Date scalar checks it. */
const isDate = (value: string) =>
  DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const length = (value: string) => [...value.trim()].length;
const isWholeIn = (value: string, min: number, max: number) => /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

function validateCommon(values: CommonValues, add: (field: EntryField, code: EntryIssueCode) => void): void {
  if (length(values.title) < TITLE_LENGTH.min || length(values.title) > TITLE_LENGTH.max) add('title', 'titleLength');
  if (length(values.description) === 0) add('description', 'descriptionRequired');
  else if (length(values.description) > DESCRIPTION_MAX_LENGTH) add('description', 'descriptionLength');
  if (values.municipalityId === '') add('municipalityId', 'municipalityRequired');
  if (values.skills.length < ENTRY_SKILLS.min) add('skills', 'skillsRequired');
  if (values.skills.length > ENTRY_SKILLS.max) add('skills', 'skillsTooMany');
}

function collector<F extends EntryField>() {
  const issues: EntryIssues<F> = {};
  const add = (field: F, code: EntryIssueCode) => {
    (issues[field] ??= []).push({ code });
  };
  return { issues, add: add as (field: EntryField, code: EntryIssueCode) => void };
}

export function validateNeed(values: NeedFormValues): EntryIssues<NeedField> {
  const { issues, add } = collector<NeedField>();
  if (values.organisationId === '') add('organisationId', 'organisationRequired');
  validateCommon(values, add);
  if (values.kind === '') add('kind', 'kindRequired');
  if (values.topicField === '') add('topicField', 'topicFieldRequired');
  if (!isWholeIn(values.headcount, HEADCOUNT.min, HEADCOUNT.max)) add('headcount', 'headcountRange');
  if (values.startDate !== '' && !isDate(values.startDate)) add('startDate', 'dateInvalid');
  return issues;
}

export function validateOffer(values: OfferFormValues): EntryIssues<OfferField> {
  const { issues, add } = collector<OfferField>();
  if (values.owner === '') add('owner', 'ownerRequired');
  if (values.kind === '') add('kind', 'kindRequired');
  validateCommon(values, add);
  if (!isWholeIn(values.radiusKm, OFFER_RADIUS_KM.min, OFFER_RADIUS_KM.max)) add('radiusKm', 'radiusRange');
  if (values.availableFrom === '') add('availableFrom', 'availableFromRequired');
  else if (!isDate(values.availableFrom)) add('availableFrom', 'dateInvalid');
  return issues;
}

// --- inputs of the API -------------------------------------------------------------------------

export function toNeedInput(values: NeedFormValues): NeedInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    kind: values.kind as NeedKind,
    topicField: values.topicField as TopicFieldKey,
    headcount: Number(values.headcount),
    municipalityId: values.municipalityId,
    remoteMode: values.remoteMode,
    startDate: values.startDate || null,
    skills: values.skills.map(({ id, level, weight }) => ({ skillId: id, level, weight })),
  };
}

export function toCreateNeedInput(values: NeedFormValues): CreateNeedInput {
  return { ...toNeedInput(values), organisationId: values.organisationId };
}

export function toOfferInput(values: OfferFormValues): OfferInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    municipalityId: values.municipalityId,
    radiusKm: Number(values.radiusKm),
    availableFrom: values.availableFrom,
    remoteWilling: values.remoteWilling,
    skills: values.skills.map(({ id, level }) => ({ skillId: id, level })),
  };
}

export function toCreateOfferInput(values: OfferFormValues): CreateOfferInput {
  const talent = values.owner === TALENT_OWNER;
  return { ...toOfferInput(values), kind: talent ? 'TALENT' : (values.kind as OfferKind), organisationId: talent ? null : values.owner };
}

// --- server errors -----------------------------------------------------------------------------

/** What to say about a field the server rejected by a validation constraint. */
const CONSTRAINT_CODES: Record<EntryField, EntryIssueCode> = {
  organisationId: 'organisationRequired',
  owner: 'ownerRequired',
  title: 'titleLength',
  description: 'descriptionLength',
  kind: 'kindRequired',
  topicField: 'topicFieldRequired',
  headcount: 'headcountRange',
  municipalityId: 'municipalityRequired',
  remoteMode: 'remoteModeRequired',
  startDate: 'dateInvalid',
  availableFrom: 'dateInvalid',
  radiusKm: 'radiusRange',
  remoteWilling: 'remoteWillingInvalid',
  skills: 'skillsRequired',
};

/** Domain errors that belong to one field; the server's message is shown there. */
const CODE_FIELDS: Readonly<Record<string, EntryField>> = {
  UNKNOWN_SKILLS: 'skills',
  UNKNOWN_MUNICIPALITY: 'municipalityId',
  NEED_ORGANISATION_KIND: 'organisationId',
  NOT_ORGANISATION_MEMBER: 'organisationId',
  OFFER_OWNER_INVALID: 'owner',
};

/**
 * Maps an error of create/update to the form's fields: BAD_USER_INPUT with `extensions.fields`
 * (input paths such as "title" or "skills.0.level"), and the domain errors of one field. The
 * offer form calls its organisation "owner". Null for every other error (shown as an alert).
 */
export function entryServerErrors<F extends EntryField>(error: unknown, fields: readonly F[]): ServerIssues<F, EntryIssueCode> | null {
  if (!isGraphQLRequestError(error)) return null;
  const toField = (name: string | undefined): F | undefined => {
    const field = name === 'organisationId' && fields.includes('owner' as F) ? 'owner' : name;
    return fields.find((candidate) => candidate === field);
  };
  const domainField = toField(CODE_FIELDS[error.code]);
  if (domainField) return { issues: { [domainField]: [{ message: error.message }] } as EntryIssues<F>, unmatched: [] };
  return badInputIssues(error, toField, (field) => CONSTRAINT_CODES[field]);
}
