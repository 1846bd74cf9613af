import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
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
import { MultiLine } from '../../common/graphql/input-text';

const LINK = { protocols: ['https', 'http'], require_protocol: true };

@InputType({ description: 'A picture, video or document used in a news item, with its origin and licence.' })
export class NewsMediaInput {
  @Field()
  @IsString()
  @Length(2, NEWS_SHORT_TEXT_MAX_LENGTH)
  title: string;

  @Field({ description: 'Where the file comes from (http/https); checked against the disallowed hosts.' })
  @IsUrl(LINK)
  @MaxLength(NEWS_URL_MAX_LENGTH)
  sourceUrl: string;

  @Field({ description: 'e.g. "CC BY 4.0" or "alle Rechte vorbehalten".' })
  @IsString()
  @Length(2, NEWS_SHORT_TEXT_MAX_LENGTH)
  licence: string;

  @Field({ description: 'Produced with public funds.' })
  @IsBoolean()
  publicFunds: boolean;

  @Field(() => String, { nullable: true, description: 'Who produced it (e.g. the agency of a member).' })
  @IsOptional()
  @IsString()
  @MaxLength(NEWS_SHORT_TEXT_MAX_LENGTH)
  producedBy?: string | null;
}

/** The text of a news item: what a correction replaces. */
@InputType()
export class NewsTextInput {
  @Field()
  @IsString()
  @Length(NEWS_TITLE_LENGTH.min, NEWS_TITLE_LENGTH.max)
  title: string;

  @Field()
  @IsString()
  @Length(NEWS_TEASER_LENGTH.min, NEWS_TEASER_LENGTH.max)
  teaser: string;

  @Field({ description: 'Plain text; blank lines separate paragraphs.' })
  @IsString()
  @Length(NEWS_BODY_LENGTH.min, NEWS_BODY_LENGTH.max)
  @MultiLine()
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
  @Field(() => ID, { description: 'The publishing organisation (one I belong to; the joint office: any).' })
  @IsUUID()
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The office of that organisation on whose behalf the item appears.' })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => TopicFieldKey, { nullable: true })
  @IsOptional()
  @IsEnum(TopicFieldKey)
  topicField?: TopicFieldKey | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
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
  @IsOptional()
  @IsString()
  @Length(2, NEWS_SHORT_TEXT_MAX_LENGTH)
  budgetLine?: string | null;
}

@InputType()
export class NewsCorrectionInput extends NewsTextInput {
  @Field({ description: 'Why the item was corrected; shown in its version history.' })
  @IsString()
  @Length(NEWS_REASON_LENGTH.min, NEWS_REASON_LENGTH.max)
  @MultiLine()
  reason: string;
}

@InputType()
export class NewsFilter {
  @Field(() => TopicFieldKey, { nullable: true })
  @IsOptional()
  @IsEnum(TopicFieldKey)
  topicField?: TopicFieldKey | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;
}
