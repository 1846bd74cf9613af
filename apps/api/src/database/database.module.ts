import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Database } from '@wiw/db';

export const PRISMA = Symbol('PRISMA');

/** Provides the Prisma client of a database opened before the app starts (see server.ts). */
@Global()
@Module({})
export class DatabaseModule {
  static forDatabase(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: PRISMA, useValue: database.prisma }],
      exports: [PRISMA],
    };
  }
}
