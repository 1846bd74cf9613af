import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "An organisation's own figures, for its members only (exact: nothing is suppressed in one's own figures)." })
export class OrganisationOwnFigures {
  @Field(() => Int)
  needsOpen: number;

  @Field(() => Int)
  needsFilled: number;

  @Field(() => Int)
  offersOpen: number;

  @Field(() => Int, { description: 'Contact requests sent on behalf of the organisation.' })
  contactRequestsSent: number;

  @Field(() => Int, { description: "Contact requests about the organisation's needs and offers sent by others." })
  contactRequestsReceived: number;

  @Field(() => Int, { description: 'Accepted contact requests the organisation takes part in, either side.' })
  contactsAccepted: number;

  @Field(() => Int, { description: 'Workbench consultations booked for the organisation, still to come.' })
  bookingsUpcoming: number;

  @Field(() => Int)
  bookingsAttended: number;

  @Field(() => Int)
  bookingsMissed: number;
}

@ObjectType({ description: 'Consultations of an advisor, all time.' })
export class AdvisorWorkloadFigures {
  @Field(() => Int, { description: 'Bookings not cancelled.' })
  bookings: number;

  @Field(() => Int)
  upcoming: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  noShows: number;

  @Field(() => Float, { nullable: true, description: 'No-shows of the consultations with recorded attendance; null without any.' })
  noShowRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Seats taken of seats offered in scheduled consultations; null without any.' })
  utilisation: number | null;
}

@ObjectType()
export class AdvisorFormatFigures extends AdvisorWorkloadFigures {
  @Field(() => ID)
  formatId: string;

  @Field()
  title: string;
}

@ObjectType({ description: "An advisor's own workbench figures, all time." })
export class AdvisorOwnFigures extends AdvisorWorkloadFigures {
  @Field(() => [AdvisorFormatFigures], { description: 'Per format, by title.' })
  byFormat: AdvisorFormatFigures[];
}
