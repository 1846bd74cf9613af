import { seedDemoAccounts } from '../../src/accounts/demo-accounts';
import { PasswordHasher } from '../../src/accounts/password';
import { startTestApp, type TestApp } from './test-app';

/**
 * The app on a database of its own, started before the file's tests and closed after them, with
 * the demo accounts unless `demoAccounts: false`. `municipality` is the id of the municipality
 * new test organisations are placed in (Dortmund unless another is named).
 */
export function useDemoApp(options: { municipality?: string; demoAccounts?: boolean } = {}): { app: () => TestApp; municipality: () => string } {
  let t: TestApp;
  let municipality: string;
  beforeAll(async () => {
    t = await startTestApp();
    const prisma = t.db.database.prisma;
    municipality = (await prisma.municipality.findFirstOrThrow({ where: { name: options.municipality ?? 'Dortmund' } })).id;
    if (options.demoAccounts !== false) await seedDemoAccounts(prisma, new PasswordHasher());
  });
  afterAll(async () => {
    await t.close();
  });
  return { app: () => t, municipality: () => municipality };
}
