import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { Municipality as MunicipalityRow } from '@wiw/db';
import { RegionKey } from '../../common/graphql/enums';

@ObjectType()
export class Municipality {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field({ description: 'Seat of its district (Kreisstadt) or the city itself.' })
  isDistrictSeat: boolean;

  regionKey: RegionKey;

  static from(row: MunicipalityRow): Municipality {
    return Object.assign(new Municipality(), {
      id: row.id,
      name: row.name,
      latitude: row.latitude,
      longitude: row.longitude,
      isDistrictSeat: row.isDistrictSeat,
      regionKey: row.regionKey,
    });
  }
}
