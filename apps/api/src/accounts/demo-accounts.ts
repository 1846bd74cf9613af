import type { MembershipRole, PlatformRole, PrismaClient } from '@wiw/db';
import type { PasswordHasher } from './password';
import { createUser } from './users';

/** One shared demo password; the README lists it. Never created in production. */
export const DEMO_PASSWORD = 'Westfalen-Demo-2026!';

interface DemoAccount {
  email: string;
  name: string;
  organisation: string;
  membership: MembershipRole;
  roles: PlatformRole[];
  /** An office of the organisation the person holds (its role comes with it and moves on handover). */
  office?: { titleDe: string; titleEn: string; role: PlatformRole };
  what: string;
}

/** Fictional people; the organisations are the seeded ones (members are real, companies fictional). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.example.org',
    name: 'Demo Administration',
    organisation: 'suedwestfalen-agentur',
    membership: 'MEMBER',
    roles: ['ADMIN'],
    what: 'Administration',
  },
  {
    email: 'geschaeftsstelle@demo.example.org',
    name: 'Carla Koordinatorin',
    organisation: 'wirtschaftsfoerderung-dortmund',
    membership: 'MEMBER',
    roles: ['COORDINATOR'],
    what: 'Gemeinsame Geschäftsstelle (COORDINATOR)',
  },
  {
    email: 'oberbuergermeister@demo.example.org',
    name: 'Demo Oberbürgermeister',
    organisation: 'stadt-dortmund',
    membership: 'MEMBER',
    roles: [],
    office: { titleDe: 'Oberbürgermeister Dortmund', titleEn: 'Lord Mayor of Dortmund', role: 'OFFICIAL' },
    what: 'Oberbürgermeister Dortmund (OFFICIAL)',
  },
  {
    email: 'landrat@demo.example.org',
    name: 'Demo Landrätin',
    organisation: 'suedwestfalen-agentur',
    membership: 'MEMBER',
    roles: ['OFFICIAL'],
    what: 'Landrätin (OFFICIAL)',
  },
  {
    email: 'beratung@demo.example.org',
    name: 'Ben Berater',
    organisation: 'ihk-siegen',
    membership: 'MEMBER',
    roles: ['ADVISOR'],
    what: 'Berater der digitalen Werkbank (ADVISOR)',
  },
  {
    email: 'velkamp@demo.example.org',
    name: 'Vera Velkamp',
    organisation: 'velkamp-intralogistik',
    membership: 'OWNER',
    roles: [],
    what: 'Unternehmen in Dortmund (OWNER)',
  },
  {
    email: 'kalthoefer@demo.example.org',
    name: 'Karl Kalthöfer',
    organisation: 'kalthoefer-soehne',
    membership: 'OWNER',
    roles: [],
    what: 'Unternehmen im Hochsauerlandkreis (OWNER)',
  },
];

/**
 * Creates the demo accounts that are missing (confirmed, with their roles and memberships).
 * Existing accounts are left as they are, like the rest of the demo data.
 */
export async function seedDemoAccounts(prisma: PrismaClient, passwords: PasswordHasher): Promise<number> {
  const existing = new Set(
    (await prisma.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { email: true } })).map((u) => u.email),
  );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
  if (missing.length === 0) return 0;
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  const organisations = new Map(
    (await prisma.organisation.findMany({ where: { slug: { in: missing.map((a) => a.organisation) } }, select: { id: true, slug: true } })).map(
      (o) => [o.slug, o.id],
    ),
  );
  await prisma.$transaction(async (tx) => {
    for (const account of missing) {
      const organisationId = organisations.get(account.organisation);
      if (!organisationId) throw new Error(`Demo organisation ${account.organisation} is missing from the seed`);
      const user = await createUser(tx, {
        email: account.email,
        name: account.name,
        passwordHash,
        emailVerifiedAt: new Date(),
        roles: account.roles,
        membership: { organisationId, role: account.membership },
      });
      if (account.office) {
        const { titleDe, titleEn, role } = account.office;
        const office = await tx.office.upsert({
          where: { organisationId_titleDe: { organisationId, titleDe } },
          create: { organisationId, titleDe, titleEn, role },
          update: {},
        });
        // Only a vacant office goes to the demo person; a real holder keeps it.
        if ((await tx.officeTerm.count({ where: { officeId: office.id, endedAt: null } })) === 0)
          await tx.officeTerm.create({ data: { officeId: office.id, userId: user.id } });
      }
    }
  });
  return missing.length;
}
