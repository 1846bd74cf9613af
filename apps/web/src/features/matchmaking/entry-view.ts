import type {
  NeedKind,
  NeedStatus,
  NeedSummaryFieldsFragment,
  OfferKind,
  OfferStatus,
  OfferSummaryFieldsFragment,
  RegionKey,
  RemoteMode,
  SkillLevel,
  SkillWeight,
} from '../../gql/graphql';
import type { EntrySide } from './paths';

export type NeedSummary = NeedSummaryFieldsFragment;
export type OfferSummary = OfferSummaryFieldsFragment;

export interface EntrySkill {
  id: string;
  label: string;
  level: SkillLevel;
  /** Needs only: required or nice to have. */
  weight: SkillWeight | null;
}

/** What cards, lists and detail pages show of a need or an offer, in one shape. */
export interface EntryView {
  side: EntrySide;
  id: string;
  title: string;
  status: NeedStatus | OfferStatus;
  kind: NeedKind | OfferKind;
  /** Null for an individual's (pseudonymous) talent offer. */
  organisation: { id: string; name: string } | null;
  place: { name: string; region: RegionKey };
  /** Needs: the start (null: as soon as possible); offers: available from. */
  date: string | null;
  remote: { mode: RemoteMode } | { willing: boolean };
  skills: EntrySkill[];
  viewerCanEdit: boolean;
  updatedAt: string;
}

export function needView(need: NeedSummary): EntryView {
  return {
    side: 'need',
    id: need.id,
    title: need.title,
    status: need.status,
    kind: need.kind,
    organisation: need.organisation,
    place: { name: need.municipality.name, region: need.municipality.region.key },
    date: need.startDate,
    remote: { mode: need.remoteMode },
    skills: need.skills.map(({ skill, level, weight }) => ({ id: skill.id, label: skill.label, level, weight })),
    viewerCanEdit: need.viewerCanEdit,
    updatedAt: need.updatedAt,
  };
}

export function offerView(offer: OfferSummary): EntryView {
  return {
    side: 'offer',
    id: offer.id,
    title: offer.title,
    status: offer.status,
    kind: offer.kind,
    organisation: offer.isIndividual ? null : (offer.organisation ?? null),
    place: { name: offer.municipality.name, region: offer.municipality.region.key },
    date: offer.availableFrom,
    remote: { willing: offer.remoteWilling },
    skills: offer.skills.map(({ skill, level }) => ({ id: skill.id, label: skill.label, level, weight: null })),
    viewerCanEdit: offer.viewerCanEdit,
    updatedAt: offer.updatedAt,
  };
}

/** Drafts and open entries can still be edited; filled and closed ones are history. */
export function isEditable(status: NeedStatus | OfferStatus): boolean {
  return status === 'DRAFT' || status === 'OPEN';
}
