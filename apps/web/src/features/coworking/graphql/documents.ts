import { graphql } from '../../../gql';

/**
 * A place as the directory, the map and the booking page show it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const PlaceFieldsFragment = graphql(`
  fragment PlaceFields on CoworkingPlace {
    id
    name
    street
    postalCode
    openingHours
    description
    amenities
    accessibility
    accessibilityNote
    desks
    dayPriceCents
    freeForMembers
    photoCredit
    cancellationDeadlineHours
    isFictional
    distanceKm
    operator {
      id
      name
    }
    municipality {
      id
      name
      latitude
      longitude
      region {
        key
        name
      }
    }
  }
`);

/**
 * A desk day as "Meine Termine" and the booking confirmation show it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const DeskBookingFieldsFragment = graphql(`
  fragment DeskBookingFields on DeskBooking {
    id
    date
    status
    viewerCanCancel
    cancellationDeadline
    calendarPath
    place {
      id
      name
      street
      postalCode
    }
  }
`);

export const CoworkingPlacesDocument = graphql(`
  query CoworkingPlaces($near: ID) {
    coworkingPlaces(nearMunicipalityId: $near) {
      ...PlaceFields
    }
  }
`);

export const CoworkingPlaceDocument = graphql(`
  query CoworkingPlace($id: ID!, $date: Date!) {
    coworkingPlace(id: $id) {
      ...PlaceFields
      desksLeft(date: $date)
      viewerCanEdit
    }
  }
`);

export const CoworkingMunicipalitiesDocument = graphql(`
  query CoworkingMunicipalities {
    regions {
      key
      name
      side
      municipalities {
        id
        name
        latitude
        longitude
      }
    }
  }
`);

export const MyDeskBookingsDocument = graphql(`
  query MyDeskBookings($past: Boolean) {
    myDeskBookings(past: $past) {
      ...DeskBookingFields
    }
  }
`);

export const BookDeskDocument = graphql(`
  mutation BookDesk($input: BookDeskInput!) {
    bookDesk(input: $input) {
      ...DeskBookingFields
    }
  }
`);

export const CancelDeskBookingDocument = graphql(`
  mutation CancelDeskBooking($input: CancelDeskBookingInput!) {
    cancelDeskBooking(input: $input) {
      ...DeskBookingFields
    }
  }
`);

export const UpdateCoworkingPlaceDocument = graphql(`
  mutation UpdateCoworkingPlace($input: UpdateCoworkingPlaceInput!) {
    updateCoworkingPlace(input: $input) {
      ...PlaceFields
    }
  }
`);
