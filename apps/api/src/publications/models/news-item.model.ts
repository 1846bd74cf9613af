import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale, NewsApproverRole, NewsItemStatus } from '@wiw/db';
import { TopicFieldKey } from '../../common/graphql/enums';
import { ConnectionType } from '../../common/pagination/pagination';

registerEnumType(NewsItemStatus, {
  name: 'NewsItemStatus',
  description: 'DRAFT (author only) → SUBMITTED (approval queue) → PUBLISHED (corrections add versions) → WITHDRAWN (stays visible, with reason).',
});
registerEnumType(NewsApproverRole, {
  name: 'NewsApproverRole',
  description: 'COORDINATOR of the joint office, or OFFICE_HOLDER: the holder of the office the item appears on behalf of.',
});

@ObjectType({ description: 'A reference to an organisation, office, project or meeting, with its name in the caller’s language.' })
export class NewsRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'Who approved a news item: a role; a name only for an office holder acting as such.' })
export class NewsApproval {
  @Field(() => NewsApproverRole)
  role: NewsApproverRole;

  @Field(() => NewsRef, { nullable: true, description: 'OFFICE_HOLDER: the office (the approval stays with it after a handover).' })
  office: NewsRef | null;

  @Field(() => String, { nullable: true, description: 'OFFICE_HOLDER: who held the office when approving; null for coordinators.' })
  approverName: string | null;

  @Field()
  approvedAt: Date;
}

@ObjectType()
export class NewsMedia {
  @Field()
  title: string;

  @Field()
  sourceUrl: string;

  @Field()
  licence: string;

  @Field()
  publicFunds: boolean;

  @Field(() => String, { nullable: true })
  producedBy: string | null;
}

@ObjectType({ description: 'Paid promotion of a news item.' })
export class NewsPromotion {
  @Field(() => Int)
  cents: number;

  @Field()
  budgetLine: string;
}

@ObjectType({ description: 'One published version; corrections add versions with their reason.' })
export class NewsVersion {
  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field()
  teaser: string;

  @Field()
  body: string;

  @Field(() => [String])
  links: string[];

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({
  description: 'An approver sent the submitted item back to its author: their comment (for the author, the approvers and the joint office).',
})
export class NewsSendBack {
  @Field()
  comment: string;

  @Field(() => NewsApproverRole)
  role: NewsApproverRole;

  @Field()
  sentBackAt: Date;
}

@ObjectType({ description: 'What the caller may do with a news item now, by the same rules the mutations check.' })
export class NewsViewerActions {
  @Field({ description: 'updateNewsDraft and submitNewsItem: the author, while DRAFT.' })
  edit: boolean;

  @Field({ description: 'approveNewsItem: a coordinator or the holder of its office, never its author, while SUBMITTED.' })
  approve: boolean;

  @Field({ description: 'sendBackNewsItem: as approve.' })
  sendBack: boolean;

  @Field({ description: 'correctNewsItem: a coordinator or the holder of its office, never its author, while PUBLISHED.' })
  correct: boolean;

  @Field({ description: 'withdrawNewsItem: its author, a coordinator or the holder of its office, while PUBLISHED.' })
  withdraw: boolean;
}

@ObjectType({ description: 'A news item (Meldung) with its provenance: organisation, office, approval, media, promotion.' })
export class NewsItem {
  @Field(() => ID)
  id: string;

  @Field(() => NewsItemStatus)
  status: NewsItemStatus;

  @Field()
  title: string;

  @Field()
  teaser: string;

  @Field({ description: 'Plain text; blank lines separate paragraphs (render as text, never as HTML).' })
  body: string;

  @Field(() => Locale)
  language: Locale;

  @Field(() => [String])
  links: string[];

  @Field(() => Int, { description: 'The current version (1 until the first correction).' })
  version: number;

  @Field(() => NewsRef)
  organisation: NewsRef;

  @Field(() => NewsRef, { nullable: true, description: 'The office on whose behalf the item appears.' })
  office: NewsRef | null;

  @Field(() => String, { nullable: true, description: 'The author: only for the author, the approvers and the joint office.' })
  authorName: string | null;

  @Field(() => TopicFieldKey, { nullable: true })
  topicField: TopicFieldKey | null;

  @Field(() => NewsRef, { nullable: true })
  project: NewsRef | null;

  @Field(() => NewsRef, { nullable: true })
  meeting: NewsRef | null;

  @Field(() => [NewsMedia])
  media: NewsMedia[];

  @Field(() => NewsPromotion, { nullable: true })
  promotion: NewsPromotion | null;

  @Field(() => NewsApproval, { nullable: true })
  approval: NewsApproval | null;

  @Field(() => [NewsVersion], { description: 'Published versions, newest first.' })
  versions: NewsVersion[];

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  withdrawalReason: string | null;

  @Field(() => NewsSendBack, {
    nullable: true,
    description: 'The last send-back while the item is DRAFT or SUBMITTED again; only for the author, the approvers and the joint office.',
  })
  sentBack: NewsSendBack | null;

  /** Not in the schema: who wrote it, for `viewerCan`. */
  authorId: string;
}

@ObjectType()
export class NewsItemConnection extends ConnectionType(NewsItem, 'NewsItem') {}

@ObjectType({ description: 'Organisations and offices that have public news items (the filters of the list).' })
export class NewsPublishers {
  @Field(() => [NewsRef])
  organisations: NewsRef[];

  @Field(() => [NewsRef])
  offices: NewsRef[];
}

@ObjectType({ description: 'An office an author may publish on behalf of.' })
export class NewsOfficeChoice extends NewsRef {
  @Field(() => ID)
  organisationId: string;
}
