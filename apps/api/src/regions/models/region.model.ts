import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { Region as RegionRow } from '@wiw/db';
import { RegionKey, Side } from '../../common/graphql/enums';

@ObjectType({ description: 'Dortmund, a Südwestfalen district, or OTHER (outside the partnership).' })
export class Region {
  @Field(() => RegionKey)
  key: RegionKey;

  @Field()
  name: string;

  @Field(() => Side, { nullable: true, description: 'Null for regions outside the partnership.' })
  side: Side | null;

  @Field(() => String, { nullable: true, description: 'Seat of the district administration.' })
  seat: string | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => Int, { nullable: true })
  population: number | null;

  @Field(() => Int, { nullable: true, description: 'Reference year of the population figure.' })
  populationYear: number | null;

  static from(row: RegionRow): Region {
    return Object.assign(new Region(), {
      key: row.key,
      name: row.name,
      side: row.side,
      seat: row.seat,
      latitude: row.latitude,
      longitude: row.longitude,
      population: row.population,
      populationYear: row.populationYear,
    });
  }
}
