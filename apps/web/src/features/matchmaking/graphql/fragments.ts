import { graphql } from '../../../gql';

/* Fragments of the skills board: the operations in documents.ts spread them; codegen reads them here. */

/** @public A fragment; codegen reads it here. */
export const SkillOptionFieldsFragment = graphql(`
  fragment SkillOptionFields on Skill {
    id
    label
    labelDe
    labelEn
    category
    synonyms
  }
`);

/** @public A fragment; codegen reads it here. */
export const EntryPlaceFieldsFragment = graphql(`
  fragment EntryPlaceFields on Municipality {
    id
    name
    region {
      key
      side
    }
  }
`);

/**
 * What the board, the lists and the matches show of a need.
 * @public A fragment; codegen reads it here.
 */
export const NeedSummaryFieldsFragment = graphql(`
  fragment NeedSummaryFields on SkillNeed {
    id
    title
    kind
    status
    remoteMode
    startDate
    headcount
    expiresAt
    updatedAt
    viewerCanEdit
    topicField {
      key
      title
    }
    organisation {
      id
      name
      verified
    }
    municipality {
      ...EntryPlaceFields
    }
    skills {
      level
      weight
      skill {
        id
        label
        labelDe
        labelEn
      }
    }
  }
`);

/**
 * What the board, the lists and the matches show of an offer (never a person's name).
 * @public A fragment; codegen reads it here.
 */
export const OfferSummaryFieldsFragment = graphql(`
  fragment OfferSummaryFields on SkillOffer {
    id
    title
    kind
    status
    isIndividual
    availableFrom
    radiusKm
    remoteWilling
    updatedAt
    viewerCanEdit
    organisation {
      id
      name
      verified
    }
    municipality {
      ...EntryPlaceFields
    }
    skills {
      level
      skill {
        id
        label
        labelDe
        labelEn
      }
    }
  }
`);

/** @public A fragment; codegen reads it here. What both match types explain (their interface). */
export const MatchExplanationFieldsFragment = graphql(`
  fragment MatchExplanationFields on MatchExplanation {
    score
    distanceKm
    distanceIgnored
    availabilityGapDays
    requiredShared
    requiredTotal
    crossRegion
    sharedSkills {
      id
      label
    }
    missingSkills {
      id
      label
    }
  }
`);

/** @public A fragment; codegen reads it here. */
export const OfferMatchFieldsFragment = graphql(`
  fragment OfferMatchFields on OfferMatch {
    ...MatchExplanationFields
    offer {
      ...OfferSummaryFields
    }
  }
`);

/** @public A fragment; codegen reads it here. */
export const NeedMatchFieldsFragment = graphql(`
  fragment NeedMatchFields on NeedMatch {
    ...MatchExplanationFields
    need {
      ...NeedSummaryFields
    }
  }
`);

/** @public A fragment; codegen reads it here. */
export const ContactRequestFieldsFragment = graphql(`
  fragment ContactRequestFields on ContactRequest {
    id
    status
    fromSide
    message
    createdAt
    answeredAt
    need {
      id
      title
    }
    offer {
      id
      title
    }
    counterpart {
      name
      email
      organisationName
    }
  }
`);
