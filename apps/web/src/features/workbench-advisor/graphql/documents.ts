import { graphql } from '../../../gql';

// Operation names start with "Advisor": the companies' side of the workbench has its own.

/**
 * What the list and the form show of one of my formats.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const AdvisorFormatFieldsFragment = graphql(`
  fragment AdvisorFormatFields on ConsultationFormat {
    id
    title
    description
    status
    durationMinutes
    capacity
    mode
    location
    meetingLink
    bufferBeforeMinutes
    bufferAfterMinutes
    minimumNoticeHours
    bookingHorizonDays
    cancellationDeadlineHours
    updatedAt
    viewerIsAdvisor
    topicField {
      key
      title
    }
    organisation {
      id
      name
    }
  }
`);

export const AdvisorFormatsDocument = graphql(`
  query AdvisorFormats {
    myConsultationFormats {
      ...AdvisorFormatFields
    }
  }
`);

export const AdvisorFormatDocument = graphql(`
  query AdvisorFormat($id: ID!) {
    consultationFormat(id: $id) {
      ...AdvisorFormatFields
    }
  }
`);

export const AdvisorCreateFormatDocument = graphql(`
  mutation AdvisorCreateFormat($input: CreateConsultationFormatInput!) {
    createConsultationFormat(input: $input) {
      ...AdvisorFormatFields
    }
  }
`);

export const AdvisorUpdateFormatDocument = graphql(`
  mutation AdvisorUpdateFormat($id: ID!, $input: ConsultationFormatInput!) {
    updateConsultationFormat(id: $id, input: $input) {
      ...AdvisorFormatFields
    }
  }
`);

export const AdvisorArchiveFormatDocument = graphql(`
  mutation AdvisorArchiveFormat($id: ID!) {
    archiveConsultationFormat(id: $id) {
      id
      status
    }
  }
`);

export const AdvisorReactivateFormatDocument = graphql(`
  mutation AdvisorReactivateFormat($id: ID!) {
    reactivateConsultationFormat(id: $id) {
      id
      status
    }
  }
`);

/** My organisations; their kind and membership come from each profile. */
export const AdvisorOrganisationsDocument = graphql(`
  query AdvisorOrganisations {
    myOrganisations {
      id
      name
      verified
    }
  }
`);

export const AdvisorOrganisationProfileDocument = graphql(`
  query AdvisorOrganisationProfile($id: ID!) {
    organisation(id: $id) {
      id
      kind
      isMember
    }
  }
`);

// --- availability ------------------------------------------------------------------------------

export const AdvisorAvailabilityDocument = graphql(`
  query AdvisorAvailability {
    myAvailability {
      rules {
        id
        weekday
        start
        end
      }
      exceptions {
        id
        date
        kind
        start
        end
        note
      }
    }
  }
`);

export const AdvisorSetRulesDocument = graphql(`
  mutation AdvisorSetRules($input: AvailabilityRulesInput!) {
    setAvailabilityRules(input: $input) {
      id
      weekday
      start
      end
    }
  }
`);

export const AdvisorAddExceptionDocument = graphql(`
  mutation AdvisorAddException($input: AvailabilityExceptionInput!) {
    addAvailabilityException(input: $input) {
      id
      date
      kind
      start
      end
      note
    }
  }
`);

export const AdvisorRemoveExceptionDocument = graphql(`
  mutation AdvisorRemoveException($id: ID!) {
    removeAvailabilityException(id: $id)
  }
`);

// --- week calendar -----------------------------------------------------------------------------

/** @public A fragment: the operations below spread it; codegen reads it here. */
export const AdvisorBookingFieldsFragment = graphql(`
  fragment AdvisorBookingFields on Booking {
    id
    status
    agenda
    startsAt
    endsAt
    previousStartsAt
    mode
    location
    cancelledAt
    cancellationReason
    attendanceMarkedAt
    viewerCanChange
    format {
      id
      title
    }
    organisation {
      id
      name
    }
    bookedBy {
      name
      email
    }
  }
`);

export const AdvisorNextSlotStartDocument = graphql(`
  query AdvisorNextSlotStart {
    advisorNextSlotStart
  }
`);

export const AdvisorScheduleDocument = graphql(`
  query AdvisorSchedule($from: Date!, $to: Date!) {
    advisorSchedule(from: $from, to: $to) {
      id
      startsAt
      endsAt
      capacity
      seatsTaken
      cancelled
      format {
        id
        title
      }
      bookings {
        ...AdvisorBookingFields
      }
      movedAway {
        id
        startsAt
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const AdvisorMarkAttendanceDocument = graphql(`
  mutation AdvisorMarkAttendance($id: ID!, $status: AttendanceStatus!) {
    markAttendance(id: $id, status: $status) {
      ...AdvisorBookingFields
    }
  }
`);

export const AdvisorCancelBookingDocument = graphql(`
  mutation AdvisorCancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      ...AdvisorBookingFields
    }
  }
`);

// --- own figures -------------------------------------------------------------------------------

export const AdvisorFiguresDocument = graphql(`
  query AdvisorFigures {
    myAdvisorFigures {
      bookings
      upcoming
      attended
      noShows
      noShowRate
      utilisation
      byFormat {
        formatId
        title
        bookings
        upcoming
        attended
        noShows
        noShowRate
        utilisation
      }
    }
  }
`);
