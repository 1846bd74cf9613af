import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Whether I have a private calendar feed; its URL is shown only once, when it is (re)generated.' })
export class CalendarFeedStatus {
  @Field()
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'When the current URL was generated.' })
  createdAt: Date | null;
}

@ObjectType({
  description:
    'The secret URL of my calendar feed (iCalendar, subscribe to it in a calendar app). Shown only now; anyone with it can read my appointments.',
})
export class CalendarFeedLink {
  @Field()
  url: string;

  @Field()
  createdAt: Date;
}
