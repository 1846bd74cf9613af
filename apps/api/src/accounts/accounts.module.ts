import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../common/auth/auth.guard';
import { SessionLookup } from '../common/auth/session-lookup';
import { MailModule } from '../mail';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { PasswordHasher } from './password';
import { PasswordsResolver } from './passwords.resolver';
import { PasswordsService } from './passwords.service';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';
import { RetentionService } from './retention.service';
import { RolesResolver } from './roles.resolver';
import { RolesService } from './roles.service';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';

@Module({
  imports: [MailModule],
  controllers: [PrivacyController],
  providers: [
    AccountsService,
    AccountsResolver,
    PrivacyService,
    PasswordsService,
    PasswordsResolver,
    RetentionService,
    RolesService,
    RolesResolver,
    SessionsService,
    SignInThrottleService,
    PasswordHasher,
    { provide: SessionLookup, useExisting: SessionsService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService],
})
export class AccountsModule {}
