import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination/pagination';
import { BoardSort, NeedFilter, OfferFilter } from './board-filter.input';

@ArgsType()
export class NeedBoardArgs extends PageArgs {
  @Field(() => NeedFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedFilter)
  filter?: NeedFilter | null;

  @Field(() => BoardSort, { defaultValue: BoardSort.NEWEST })
  @IsEnum(BoardSort)
  sort: BoardSort = BoardSort.NEWEST;
}

@ArgsType()
export class OfferBoardArgs extends PageArgs {
  @Field(() => OfferFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferFilter)
  filter?: OfferFilter | null;

  @Field(() => BoardSort, { defaultValue: BoardSort.NEWEST })
  @IsEnum(BoardSort)
  sort: BoardSort = BoardSort.NEWEST;
}
