import 'reflect-metadata';
import { DATABASE_HELP, openMigrated, parseOptions, runCli, UsageError } from '@wiw/db';
import { ADMIN_LINK_HOURS, createAdmin, DEFAULT_ADMIN_NAME, PasswordHasher, type AdminOutcome } from '../accounts';
import { loadConfig } from '../config/config';

const EMAIL = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\]+$/;

const DONE: Record<AdminOutcome, string> = {
  created: 'Created the administrator',
  promoted: 'Made an administrator of',
  renewed: 'Issued a new link for the administrator',
};

void runCli({
  help: `Usage: npm run admin:create -- --email <address> [--name "<name>"] [--force]
       (in the image: node apps/api/dist/cli/create-admin.js --email <address> [--name "<name>"] [--force])

Creates an administrator (role ADMIN, e-mail address confirmed, no password yet), or makes an
existing account one, and prints a one-time link to set the password, valid for ${ADMIN_LINK_HOURS} hours.
Hand the link to the person; it is not mailed. An existing account keeps its name and, if its
address was confirmed, its password; an account whose address was never confirmed loses its
password and sessions (whoever registered it may not own the address). Recorded in the audit log
with "cli" as the actor. Uses the portal's configuration (DATABASE_URL, PUBLIC_URL for the link; no
mail settings needed) and applies no migrations: start the portal once, or run npm run db:migrate,
first.

Options:
  --email <address>  the administrator's e-mail address
  --name "<name>"    name of a new account (default "${DEFAULT_ADMIN_NAME}")
  --force            the address is already an administrator's: issue a new link anyway
                     (earlier links stop working); without it, a second run is refused
  -h, --help         show this help and exit

${DATABASE_HELP}`,
  parse: (argv) => {
    const values = parseOptions(argv, { email: { type: 'string' }, name: { type: 'string' }, force: { type: 'boolean' } });
    const problems: string[] = [];
    const email = values.email?.trim() ?? '';
    if (!email) problems.push('--email is missing');
    else if (email.length > 254 || !EMAIL.test(email)) problems.push(`--email "${email}" is not an e-mail address`);
    if (values.name !== undefined && (!values.name.trim() || values.name.length > 120)) problems.push('--name must have 1 to 120 characters');
    if (problems.length) throw new UsageError(problems.join('; '));
    return { email, name: values.name, force: values.force ?? false };
  },
  run: async (args) => {
    // The server's rules for database and PUBLIC_URL; this tool sends no mail.
    const config = loadConfig(process.env, { needsMail: false });
    const db = await openMigrated('User', (prisma) => prisma.user.count());
    try {
      const admin = await createAdmin(db.prisma, new PasswordHasher(), { ...args, publicUrl: config.publicUrl });
      console.log(`${DONE[admin.outcome]} ${admin.email} in ${db.connection.description}.`);
      console.log(`Open this link to set the password (once, until ${admin.expiresAt.toISOString()}):`);
      console.log(admin.link);
    } finally {
      await db.close();
    }
  },
});
