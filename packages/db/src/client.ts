import { resolveDatabaseTarget, type DatabaseTarget } from './config';
import { openConnection, type DatabaseConnection } from './connection';
import { PrismaClient } from './generated/prisma/client';

export interface Database {
  readonly prisma: PrismaClient;
  readonly connection: DatabaseConnection;
  close(): Promise<void>;
}

/**
 * Creates the Prisma client for PostgreSQL (DATABASE_URL) or the embedded PGlite database
 * (optionally started from a dumped PGlite data directory).
 */
export async function createDatabase(target: DatabaseTarget = resolveDatabaseTarget(), options: { loadDataDir?: Blob } = {}): Promise<Database> {
  const connection = await openConnection(target, options.loadDataDir);
  const prisma = new PrismaClient({ adapter: connection.adapterFactory });
  return {
    prisma,
    connection,
    close: async () => {
      await prisma.$disconnect();
      await connection.close();
    },
  };
}
