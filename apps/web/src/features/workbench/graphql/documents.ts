import { graphql } from '../../../gql';

// --- fragments -------------------------------------------------------------------------------

/**
 * What the format list and the booking pages show of a format.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const FormatSummaryFieldsFragment = graphql(`
  fragment FormatSummaryFields on ConsultationFormat {
    id
    title
    durationMinutes
    capacity
    mode
    location
    nextFreeSlot
    topicField {
      key
      title
    }
    organisation {
      id
      name
    }
    advisor {
      id
      name
    }
  }
`);

/**
 * A booking as "Meine Termine" and its detail page show it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const BookingFieldsFragment = graphql(`
  fragment BookingFields on Booking {
    id
    status
    agenda
    startsAt
    endsAt
    previousStartsAt
    mode
    location
    meetingLink
    cancellationDeadline
    cancelledAt
    cancellationReason
    calendarPath
    viewerCanChange
    viewerIsAdvisor
    createdAt
    organisation {
      id
      name
    }
    advisorContact {
      name
      email
    }
    format {
      ...FormatSummaryFields
      bookingHorizonDays
      minimumNoticeHours
      cancellationDeadlineHours
    }
  }
`);

// --- queries -----------------------------------------------------------------------------------

export const ConsultationFormatsDocument = graphql(`
  query ConsultationFormats($filter: ConsultationFormatFilter, $orderBy: ConsultationFormatOrder!, $first: Int!, $after: String) {
    consultationFormats(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...FormatSummaryFields
        }
      }
    }
  }
`);

export const ConsultationFormatDocument = graphql(`
  query ConsultationFormat($id: ID!) {
    consultationFormat(id: $id) {
      ...FormatSummaryFields
      description
      status
      minimumNoticeHours
      bookingHorizonDays
      cancellationDeadlineHours
    }
  }
`);

export const BookableSlotsDocument = graphql(`
  query BookableSlots($formatId: ID!, $from: Date!, $to: Date!) {
    bookableSlots(formatId: $formatId, from: $from, to: $to) {
      startsAt
      endsAt
      seatsLeft
    }
  }
`);

/** My organisations, for the choice whom to book for (only verified ones can book). */
export const BookingOrganisationsDocument = graphql(`
  query BookingOrganisations {
    myOrganisations {
      id
      name
      verified
    }
  }
`);

export const MyBookingsDocument = graphql(`
  query MyBookings($scope: BookingScope!, $first: Int!, $after: String) {
    myBookings(scope: $scope, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...BookingFields
        }
      }
    }
  }
`);

export const BookingDocument = graphql(`
  query Booking($id: ID!) {
    booking(id: $id) {
      ...BookingFields
    }
  }
`);

// --- mutations ---------------------------------------------------------------------------------

export const BookConsultationDocument = graphql(`
  mutation BookConsultation($input: BookConsultationInput!) {
    bookConsultation(input: $input) {
      ...BookingFields
    }
  }
`);

export const CancelBookingDocument = graphql(`
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      ...BookingFields
    }
  }
`);

export const RescheduleBookingDocument = graphql(`
  mutation RescheduleBooking($input: RescheduleBookingInput!) {
    rescheduleBooking(input: $input) {
      ...BookingFields
    }
  }
`);

// --- calendar subscription ("Kalender-Abo") ------------------------------------------------------

export const MyCalendarFeedDocument = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      active
      createdAt
    }
  }
`);

export const RegenerateCalendarFeedDocument = graphql(`
  mutation RegenerateCalendarFeed {
    regenerateCalendarFeed {
      url
      createdAt
    }
  }
`);

export const RevokeCalendarFeedDocument = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
