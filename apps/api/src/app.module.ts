import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Database } from '@wiw/db';
import { AccountsModule } from './accounts';
import { AuditModule } from './audit';
import { DashboardModule } from './dashboard';
import { MembershipsModule } from './memberships';
import { MatchmakingModule } from './matchmaking';
import { MeetingsModule } from './meetings';
import { OfficesModule } from './offices';
import { PeopleModule } from './people';
import { ProjectsModule } from './projects';
import { graphqlOptions } from './common/graphql/graphql-options';
import './common/graphql/enums';
import { LoadersFactory } from './common/loaders/loaders';
import { APP_CONFIG, type AppConfig } from './config/config';
import { DatabaseModule } from './database/database.module';
import { GraphQLLoadersModule } from './graphql-loaders.module';
import { HealthModule } from './health';
import { MailModule } from './mail';
import { Metrics, metricsPlugin, MetricsModule } from './metrics';
import { OrganisationsModule } from './organisations';
import { RegionsModule } from './regions';
import { TopicFieldsModule } from './topic-fields';
import { WorkbenchModule } from './workbench';
import { CoworkingModule } from './coworking';
import { CalendarFeedContributionsModule } from './calendar-feed-contributions.module';
import { LegalPagesModule } from './legal-pages';
import { PublicationsModule } from './publications';

@Module({})
export class AppModule {
  static create(config: AppConfig, database: Database): DynamicModule {
    return {
      module: AppModule,
      imports: [
        { module: class ConfigModule {}, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        DatabaseModule.forDatabase(database),
        MetricsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphQLLoadersModule],
          inject: [APP_CONFIG, LoadersFactory, Metrics],
          useFactory: (appConfig: AppConfig, loaders: LoadersFactory, metrics: Metrics) =>
            graphqlOptions(appConfig, loaders, [metricsPlugin(metrics)]),
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
        CoworkingModule,
        ProjectsModule,
        MeetingsModule,
        CalendarFeedContributionsModule,
        LegalPagesModule,
        PublicationsModule,
      ],
    };
  }
}
