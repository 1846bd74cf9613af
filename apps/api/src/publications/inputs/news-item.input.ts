import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUrl, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Locale } from '@wiw/db';
import {
  MAX_NEWS_LINKS,
  MAX_NEWS_MEDIA,
  NEWS_BODY_LENGTH,
  NEWS_PROMOTION_MAX_CENTS,
  NEWS_REASON_LENGTH,
  NEWS_SHORT_TEXT_MAX_LENGTH,
  NEWS_TEASER_LENGTH,
  NEWS_TITLE_LENGTH,
  NEWS_URL_MAX_LENGTH,
} from '@wiw/domain';
import { TopicFieldKey } from '../../common/graphql/enums';
import { Text, Id, OptionalId, OptionalEnum } from '../../common/validation/input-decorators';

const LINK = { protocols: ['https', 'http'], require_protocol: true };

@InputType({ description: 'A picture, video or document used in a news item, with its origin and licence.' })
export class NewsMediaInput {
  @Field()
  @Text({ min: 2, max: NEWS_SHORT_TEXT_MAX_LENGTH })
  title: string;

  @Field({ description: 'Where the file comes from (http/https); checked against the disallowed hosts.' })
  @IsUrl(LINK)
  @MaxLength(NEWS_URL_MAX_LENGTH)
  sourceUrl: string;

  @Field({ description: 'e.g. "CC BY 4.0" or "alle Rechte vorbehalten".' })
  @Text({ min: 2, max: NEWS_SHORT_TEXT_MAX_LENGTH })
  licence: string;

  @Field({ description: 'Produced with public funds.' })
  @IsBoolean()
  publicFunds: boolean;

  @Field(() => String, { nullable: true, description: 'Who produced it (e.g. the agency of a member).' })
  @Text({ max: NEWS_SHORT_TEXT_MAX_LENGTH, optional: true })
  producedBy?: string | null;
}

/** The text of a news item: what a correction replaces. */
@InputType()
export class NewsTextInput {
  @Field()
  @Text(NEWS_TITLE_LENGTH)
  title: string;

  @Field()
  @Text(NEWS_TEASER_LENGTH)
  teaser: string;

  @Field({ description: 'Plain text; blank lines separate paragraphs.' })
  @Text({ ...NEWS_BODY_LENGTH, multiLine: true })
  body: string;

  @Field(() => [String], {
    defaultValue: [],
    description: `Links out (http/https), at most ${MAX_NEWS_LINKS}; checked against the disallowed hosts.`,
  })
  @ArrayMaxSize(MAX_NEWS_LINKS)
  @IsUrl(LINK, { each: true })
  @MaxLength(NEWS_URL_MAX_LENGTH, { each: true })
  links: string[] = [];
}

/** Everything a draft says; an update replaces all of it (media included). */
@InputType()
export class NewsDraftInput extends NewsTextInput {
  @Id({ description: 'The publishing organisation (one I belong to; the joint office: any).' })
  organisationId: string;

  @OptionalId({ description: 'The office of that organisation on whose behalf the item appears.' })
  officeId?: string | null;

  @OptionalEnum(TopicFieldKey)
  topicField?: TopicFieldKey | null;

  @OptionalId()
  projectId?: string | null;

  @OptionalId()
  meetingId?: string | null;

  @Field(() => Locale, { defaultValue: 'de' })
  @IsEnum(Locale)
  language: Locale = 'de';

  @Field(() => [NewsMediaInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_NEWS_MEDIA)
  @ValidateNested({ each: true })
  @Type(() => NewsMediaInput)
  media: NewsMediaInput[] = [];

  @Field({ defaultValue: false, description: 'Promoted with money (then amount and budget line are required).' })
  @IsBoolean()
  promoted: boolean = false;

  @Field(() => Int, { nullable: true, description: 'The amount spent on promotion, in cents.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(NEWS_PROMOTION_MAX_CENTS)
  promotionCents?: number | null;

  @Field(() => String, { nullable: true, description: 'The budget line the promotion was paid from.' })
  @Text({ min: 2, max: NEWS_SHORT_TEXT_MAX_LENGTH, optional: true })
  budgetLine?: string | null;
}

@InputType()
export class NewsCorrectionInput extends NewsTextInput {
  @Field({ description: 'Why the item was corrected; shown in its version history.' })
  @Text({ ...NEWS_REASON_LENGTH, multiLine: true })
  reason: string;
}

@InputType()
export class NewsFilter {
  @OptionalEnum(TopicFieldKey)
  topicField?: TopicFieldKey | null;

  @OptionalId()
  organisationId?: string | null;

  @OptionalId()
  officeId?: string | null;
}
