import { graphql } from '../../../gql';

/**
 * A count that is null and `suppressed` when it describes one or two (shown as "< 3").
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const KpiCountFieldsFragment = graphql(`
  fragment KpiCountFields on KpiCount {
    value
    suppressed
    protection
  }
`);

/**
 * A share with what it is taken of.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const KpiRateFieldsFragment = graphql(`
  fragment KpiRateFields on KpiRate {
    value
    suppressed
    protection
    basis {
      ...KpiCountFields
    }
  }
`);

/**
 * Every panel of the dashboard in one request (the same selection as the API's DASHBOARD_QUERY),
 * plus the topic fields' titles in the caller's language.
 */
export const DashboardDocument = graphql(`
  # The three workbench fragments ask for the same figures: the schema has no interface for them.
  query Dashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      asOf
      region
      period {
        kind
        from
        to
      }
      organisations {
        ...OrganisationsPanelFields
      }
      skills {
        published {
          ...KpiCountFields
        }
        open {
          ...KpiCountFields
        }
        filled {
          ...KpiCountFields
        }
        byTopicField {
          topicField
          published {
            ...KpiCountFields
          }
          open {
            ...KpiCountFields
          }
          filled {
            ...KpiCountFields
          }
        }
        byCategory {
          category
          published {
            ...KpiCountFields
          }
          open {
            ...KpiCountFields
          }
          filled {
            ...KpiCountFields
          }
        }
        largestGaps {
          skill {
            id
            slug
            label
            category
          }
          demand {
            ...KpiCountFields
          }
          supply {
            ...KpiCountFields
          }
          gap {
            ...KpiCountFields
          }
        }
      }
      connections {
        ...ConnectionsPanelFields
      }
      workbench {
        ...WorkbenchFigures
        byTopicField {
          topicField
          ...WorkbenchTopicFieldFigures
        }
        byOrganisation {
          organisationId
          organisationName
          ...WorkbenchOrganisationFigures
        }
      }
      topicFields {
        ...TopicFieldsPanelFields
      }
      coworking {
        ...CoworkingPanelFields
      }
      meetings {
        held {
          ...KpiCountFields
        }
        participants {
          ...KpiCountFields
        }
        byRegion {
          region
          participants {
            ...KpiCountFields
          }
        }
        bySide {
          side
          participants {
            ...KpiCountFields
          }
        }
        decisions {
          ...KpiCountFields
        }
        decisionsByMilestone {
          status
          decisions {
            ...KpiCountFields
          }
        }
      }
      regionContext {
        ...RegionContextPanelFields
      }
    }
    topicFields {
      key
      title
    }
  }

  fragment WorkbenchFigures on WorkbenchPanel {
    bookings {
      ...KpiCountFields
    }
    cancelled {
      ...KpiCountFields
    }
    attended {
      ...KpiCountFields
    }
    noShows {
      ...KpiCountFields
    }
    noShowRate {
      ...KpiRateFields
    }
    utilisation {
      ...KpiRateFields
    }
  }

  fragment WorkbenchTopicFieldFigures on WorkbenchTopicFieldRow {
    bookings {
      ...KpiCountFields
    }
    cancelled {
      ...KpiCountFields
    }
    attended {
      ...KpiCountFields
    }
    noShows {
      ...KpiCountFields
    }
    noShowRate {
      ...KpiRateFields
    }
    utilisation {
      ...KpiRateFields
    }
  }

  fragment WorkbenchOrganisationFigures on WorkbenchOrganisationRow {
    bookings {
      ...KpiCountFields
    }
    cancelled {
      ...KpiCountFields
    }
    attended {
      ...KpiCountFields
    }
    noShows {
      ...KpiCountFields
    }
    noShowRate {
      ...KpiRateFields
    }
    utilisation {
      ...KpiRateFields
    }
  }
`);

/** The public figures of /zahlen (no sign-in), with the topic fields' titles and the regions' places for the map. */
export const PublicFiguresDocument = graphql(`
  query PublicFigures($period: PublicPeriodKind, $from: Date) {
    publicFigures(period: $period, from: $from) {
      asOf
      period {
        kind
        from
        to
      }
      organisations {
        ...OrganisationsPanelFields
      }
      connections {
        ...ConnectionsPanelFields
      }
      topicFields {
        ...TopicFieldsPanelFields
      }
      coworking {
        ...CoworkingPanelFields
      }
      regionContext {
        ...RegionContextPanelFields
      }
    }
    topicFields {
      key
      title
    }
    regions {
      key
      latitude
      longitude
    }
  }
`);
