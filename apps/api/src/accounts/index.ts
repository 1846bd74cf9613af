export { AccountsModule } from './accounts.module';
export { ADMIN_LINK_HOURS, createAdmin, DEFAULT_ADMIN_NAME, type AdminOutcome } from './create-admin';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from './demo-accounts';
export { WeakPasswordError } from './accounts.errors';
export { checkPasswordPolicy, describePasswordProblems, PasswordHasher } from './password';
export { mayAssignRole } from './roles.service';
export { SessionsService } from './sessions.service';
export { createUser, normaliseEmail } from './users';
