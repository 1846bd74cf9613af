import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Database } from '@wiw/db';

export const PRISMA = Symbol('PRISMA');
/** The pg pool behind the Prisma client on PostgreSQL (`DatabasePool`); null on the embedded PGlite. */
export const DATABASE_POOL = Symbol('DATABASE_POOL');

/** Provides the Prisma client (and pg pool) of a database opened before the app starts (see server.ts). */
@Global()
@Module({})
export class DatabaseModule {
  static forDatabase(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: PRISMA, useValue: database.prisma },
        { provide: DATABASE_POOL, useValue: database.connection.pool },
      ],
      exports: [PRISMA, DATABASE_POOL],
    };
  }
}
