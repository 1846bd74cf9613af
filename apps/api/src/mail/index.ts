export { MailModule } from './mail.module';
export { InvalidMailError, OutboxService, type OutboxMailRequest } from './outbox.service';
export { MailTemplateError } from './templates';
