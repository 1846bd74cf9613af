import { Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DevMailboxController } from './dev-mailbox.controller';
import { MailOutboxResolver } from './mail-outbox.resolver';
import { MailWorker } from './mail.worker';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxService } from './outbox.service';
import { createMailTransport, MAIL_TRANSPORT } from './transports';

/** The development mailbox exists only outside production and only when mails are not really sent. */
export function devMailboxEnabled(config: AppConfig): boolean {
  return config.env !== 'production' && config.mail.transport === 'log';
}

/**
 * Mail: OutboxService (global, so every feature can enqueue mails in its own transactions), the
 * MailWorker that delivers them (SMTP with SMTP_URL; with MAIL_TRANSPORT=log to the log, never
 * delivered in production) and, in development, the mailbox page at /dev/mailbox.
 */
@Module({})
export class MailModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: MailModule,
      global: true,
      controllers: devMailboxEnabled(config) ? [DevMailboxController] : [],
      providers: [
        OutboxService,
        OutboxAdminService,
        MailOutboxResolver,
        MailWorker,
        { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: (appConfig: AppConfig) => createMailTransport(appConfig) },
      ],
      exports: [OutboxService],
    };
  }
}
