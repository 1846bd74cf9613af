import { Inject, Injectable } from '@nestjs/common';
import type { Municipality, PrismaClient, Region, RegionKey } from '@wiw/db';
import { PRISMA } from '../database/database.module';

@Injectable()
export class RegionsService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Dortmund first, then the five Südwestfalen districts, OTHER last. */
  list(): Promise<Region[]> {
    return this.prisma.region.findMany({ orderBy: { position: 'asc' } });
  }

  findByKeys(keys: readonly RegionKey[]): Promise<Region[]> {
    return this.prisma.region.findMany({ where: { key: { in: [...keys] } } });
  }

  municipalitiesByIds(ids: readonly string[]): Promise<Municipality[]> {
    return this.prisma.municipality.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Municipalities of the given regions, district seat first, then by name. */
  municipalitiesByRegions(keys: readonly RegionKey[]): Promise<Municipality[]> {
    return this.prisma.municipality.findMany({
      where: { regionKey: { in: [...keys] } },
      orderBy: [{ isDistrictSeat: 'desc' }, { name: 'asc' }],
    });
  }

  async organisationCountsByRegions(keys: readonly RegionKey[]): Promise<Map<RegionKey, number>> {
    const rows = await this.prisma.municipality.findMany({
      where: { regionKey: { in: [...keys] } },
      select: { regionKey: true, _count: { select: { organisations: true } } },
    });
    const counts = new Map<RegionKey, number>();
    for (const row of rows) counts.set(row.regionKey, (counts.get(row.regionKey) ?? 0) + row._count.organisations);
    return counts;
  }
}
