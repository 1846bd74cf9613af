import type { NeedQuery, OfferQuery } from '../../gql/graphql';
import { TALENT_OWNER, type NeedFormValues, type OfferFormValues } from './entry-form';

/** Today in Europe/Berlin as YYYY-MM-DD (the value of a date input). */
export function berlinToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

export function emptyNeedValues(organisationId: string, municipalityId: string): NeedFormValues {
  return {
    organisationId,
    title: '',
    description: '',
    kind: '',
    topicField: '',
    headcount: '1',
    municipalityId,
    remoteMode: 'ONSITE',
    startDate: '',
    skills: [],
  };
}

export function needFormValues(need: NeedQuery['need']): NeedFormValues {
  return {
    organisationId: need.organisation.id,
    title: need.title,
    description: need.description,
    kind: need.kind,
    topicField: need.topicField.key,
    headcount: String(need.headcount),
    municipalityId: need.municipality.id,
    remoteMode: need.remoteMode,
    startDate: need.startDate ?? '',
    skills: need.skills.map(({ skill, level, weight }) => ({ id: skill.id, label: skill.label, level, weight })),
  };
}

export function emptyOfferValues(owner: string, municipalityId: string): OfferFormValues {
  return {
    owner,
    kind: owner === TALENT_OWNER ? 'TALENT' : '',
    title: '',
    description: '',
    municipalityId,
    radiusKm: '50',
    availableFrom: berlinToday(),
    remoteWilling: false,
    skills: [],
  };
}

export function offerFormValues(offer: OfferQuery['offer']): OfferFormValues {
  return {
    owner: offer.isIndividual ? TALENT_OWNER : (offer.organisation?.id ?? TALENT_OWNER),
    kind: offer.kind,
    title: offer.title,
    description: offer.description,
    municipalityId: offer.municipality.id,
    radiusKm: String(offer.radiusKm),
    availableFrom: offer.availableFrom,
    remoteWilling: offer.remoteWilling,
    skills: offer.skills.map(({ skill, level }) => ({ id: skill.id, label: skill.label, level, weight: 'REQUIRED' })),
  };
}
