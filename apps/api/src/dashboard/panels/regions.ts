import type { PrismaClient, RegionKey, Side } from '@wiw/db';

export interface RegionInfo {
  key: RegionKey;
  side: Side | null;
  position: number;
}

/** The seven regions with their side, in their order (reference data; read once per request). */
export async function loadRegions(prisma: Pick<PrismaClient, 'region'>): Promise<RegionInfo[]> {
  return prisma.region.findMany({ select: { key: true, side: true, position: true }, orderBy: { position: 'asc' } });
}
