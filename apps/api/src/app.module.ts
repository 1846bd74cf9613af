import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Database } from '@wiw/db';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { MembershipsModule } from './memberships/memberships.module';
import { MatchmakingModule } from './matchmaking/matchmaking.module';
import { OfficesModule } from './offices/offices.module';
import { PeopleModule } from './people/people.module';
import { graphqlOptions } from './common/graphql/graphql-options';
import './common/graphql/enums';
import { LoadersFactory } from './common/loaders/loaders.factory';
import { LoadersModule } from './common/loaders/loaders.module';
import { APP_CONFIG, type AppConfig } from './config/config';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RegionsModule } from './regions/regions.module';
import { TopicFieldsModule } from './topic-fields/topic-fields.module';
import { WorkbenchModule } from './workbench/workbench.module';

@Module({})
export class AppModule {
  static create(config: AppConfig, database: Database): DynamicModule {
    return {
      module: AppModule,
      imports: [
        { module: class ConfigModule {}, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        DatabaseModule.forDatabase(database),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule],
          inject: [APP_CONFIG, LoadersFactory],
          useFactory: (appConfig: AppConfig, loaders: LoadersFactory) => graphqlOptions(appConfig, loaders),
        }),
        AuditModule,
        AccountsModule,
        MembershipsModule,
        OfficesModule,
        PeopleModule,
        MatchmakingModule,
        WorkbenchModule,
        DashboardModule,
        MailModule.forConfig(config),
        HealthModule,
        RegionsModule,
        OrganisationsModule,
        TopicFieldsModule,
      ],
    };
  }
}
