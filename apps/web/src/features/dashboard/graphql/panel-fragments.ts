import { graphql } from '../../../gql';

/*
 * The panels the dashboard and the public figures (/zahlen) both show: one selection each, so the
 * dataset builders take either answer.
 */

/** @public A fragment; codegen reads it here. */
export const OrganisationsPanelFieldsFragment = graphql(`
  fragment OrganisationsPanelFields on OrganisationsPanel {
    total {
      ...KpiCountFields
    }
    members {
      ...KpiCountFields
    }
    newInPeriod {
      ...KpiCountFields
    }
    byRegion {
      region
      side
      total {
        ...KpiCountFields
      }
      members {
        ...KpiCountFields
      }
      newInPeriod {
        ...KpiCountFields
      }
    }
    bySide {
      side
      total {
        ...KpiCountFields
      }
      members {
        ...KpiCountFields
      }
      newInPeriod {
        ...KpiCountFields
      }
    }
    byKind {
      kind
      total {
        ...KpiCountFields
      }
      members {
        ...KpiCountFields
      }
      newInPeriod {
        ...KpiCountFields
      }
    }
  }
`);

/** @public A fragment; codegen reads it here. */
export const ConnectionsPanelFieldsFragment = graphql(`
  fragment ConnectionsPanelFields on ConnectionsPanel {
    requests {
      ...KpiCountFields
    }
    accepted {
      ...KpiCountFields
    }
    acceptanceRate {
      ...KpiRateFields
    }
    crossRegionRequests {
      ...KpiCountFields
    }
    crossRegionAccepted {
      ...KpiCountFields
    }
    flows {
      needRegion
      offerRegion
      requests {
        ...KpiCountFields
      }
      accepted {
        ...KpiCountFields
      }
    }
  }
`);

/** @public A fragment; codegen reads it here. */
export const TopicFieldsPanelFieldsFragment = graphql(`
  fragment TopicFieldsPanelFields on TopicFieldsPanel {
    fields {
      topicField
      projectsPlanned
      projectsActive
      projectsCompleted
      projectsPaused
      milestonesDone
      milestonesDue
      milestonesOverdue
      progress
    }
    participation {
      region
      side
      organisations {
        ...KpiCountFields
      }
      crossSide {
        ...KpiCountFields
      }
    }
  }
`);

/** @public A fragment; codegen reads it here. */
export const CoworkingPanelFieldsFragment = graphql(`
  fragment CoworkingPanelFields on CoworkingPanel {
    deskDays {
      ...KpiCountFields
    }
    byRegion {
      region
      deskDays {
        ...KpiCountFields
      }
    }
  }
`);

/** @public A fragment; codegen reads it here. */
export const RegionContextPanelFieldsFragment = graphql(`
  fragment RegionContextPanelFields on RegionContextPanel {
    commuters {
      ...RegionStatisticFields
    }
    employees {
      ...RegionStatisticFields
    }
  }

  fragment RegionStatisticFields on RegionStatisticRow {
    kind
    year
    fromRegion
    toRegion
    value {
      ...KpiCountFields
    }
    source
    illustrative
  }
`);
