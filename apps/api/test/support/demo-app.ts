import { seedDemoAccounts } from '../../src/accounts/demo-accounts';
import { PasswordHasher } from '../../src/accounts/password';
import { startTestApp, type TestApp } from './test-app';

/**
 * The app on a database of its own with the demo accounts, started before the file's tests and
 * closed after them; `dortmund` is the municipality new test organisations are placed in.
 */
export function useDemoApp(): { app: () => TestApp; dortmund: () => string } {
  let t: TestApp;
  let dortmund: string;
  beforeAll(async () => {
    t = await startTestApp();
    const prisma = t.db.database.prisma;
    dortmund = (await prisma.municipality.findFirstOrThrow({ where: { name: 'Dortmund' } })).id;
    await seedDemoAccounts(prisma, new PasswordHasher());
  });
  afterAll(async () => {
    await t.close();
  });
  return { app: () => t, dortmund: () => dortmund };
}
