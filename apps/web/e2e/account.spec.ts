import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, waitForIdle } from './support';

interface MailboxMessage {
  recipient: string;
  template: string;
  subject: string;
  text: string;
  createdAt: string;
}

/** The confirmation link sent to `recipient`, as a path on this server (the mail names PUBLIC_URL). */
async function confirmationPath(page: Page, recipient: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const response = await page.request.get('/dev/mailbox.json');
      expect(response.ok()).toBe(true);
      const { messages } = (await response.json()) as { messages: MailboxMessage[] };
      const mail = messages.find((message) => message.recipient === recipient && message.template === 'verify-email');
      link = mail?.text.match(/https?:\/\/\S+\/konto\/bestaetigen\?token=[\w-]+/)?.[0];
      return link;
    })
    .toBeTruthy();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

const accountToggle = (page: Page, name: string) => page.getByRole('banner').getByRole('button', { name: new RegExp(name) });

test.describe('Accounts', () => {
  test('register → confirm by mail → sign in → my sessions → sign out', async ({ page, context }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const email = `e2e-${suffix}@example.org`;
    const name = 'Erika Testfrau';
    const password = 'Westfälischer Sonnenaufgang über dem Rothaargebirge';

    // 1. Registration form: accessible, with the municipalities grouped by region.
    await page.goto('/registrieren');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation registrieren');
    const municipality = page.getByLabel('Sitz (Stadt oder Gemeinde)');
    await expect(municipality).toBeEnabled();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
    await screenshot(page, testInfo, '01-registration');
    await expectNoAxeViolations(page);

    // Submitting empty shows the errors and moves focus to the first invalid field.
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await expect(page.getByLabel('Ihr Name')).toBeFocused();
    await expect(page.getByLabel('Ihr Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' })).toBeVisible();
    await screenshot(page, testInfo, '02-registration-errors');
    await expectNoAxeViolations(page);

    await page.getByLabel('Ihr Name').fill(name);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(password);
    await page.getByLabel('Name der Organisation').fill(`E2E Werkstatt ${suffix}`);
    await page.getByLabel('Art der Organisation').selectOption({ label: 'Unternehmen' });
    const firstPlace = municipality.locator('optgroup[label="Märkischer Kreis"] option').first();
    await municipality.selectOption((await firstPlace.getAttribute('value'))!);
    await page.getByLabel(/Website/).fill('www.e2e-werkstatt.example');
    await page.getByRole('button', { name: 'Registrieren' }).click();

    const sent = page.getByRole('status').filter({ hasText: 'Bitte prüfen Sie Ihr Postfach' });
    await expect(sent).toContainText(`Wir haben Ihnen eine E-Mail an ${email} geschickt.`);
    await expect(sent).toBeFocused();
    await screenshot(page, testInfo, '03-registration-sent');

    // 2. The confirmation link from the development mailbox confirms the address.
    await page.goto(await confirmationPath(page, email));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-Mail-Adresse bestätigen');
    await expect(page.getByText('Ihre E-Mail-Adresse ist bestätigt.')).toBeVisible();
    await screenshot(page, testInfo, '04-confirmed');
    await page.getByRole('main').getByRole('link', { name: 'Zur Anmeldung' }).click();

    // 3. Sign-in page: accessible; a wrong password shows the server's translated message.
    await expect(page).toHaveURL(/\/anmelden$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    await expectNoAxeViolations(page);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill('Das ist nicht mein Passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
    await expect(alert).toBeFocused();
    await screenshot(page, testInfo, '05-sign-in-wrong-password');
    await expectNoAxeViolations(page);

    // In English the server answers in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('The e-mail address or password is wrong.');
    await page.getByRole('button', { name: 'Deutsch' }).click();

    // 4. Correct password: home, with the name in the header and the session cookie kept.
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(accountToggle(page, name)).toBeVisible();
    const session = (await context.cookies()).find((cookie) => cookie.name === '__Host-wiw_session');
    expect(session, 'Chromium keeps the Secure __Host- cookie on http://127.0.0.1').toBeDefined();
    expect(session).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Lax' });
    await waitForIdle(page);
    await screenshot(page, testInfo, '06-signed-in');

    // 5. My sessions: the current one is listed and marked.
    await accountToggle(page, name).click();
    await page.getByRole('banner').getByRole('link', { name: 'Meine Sitzungen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Sitzungen');
    const sessions = page.getByRole('list', { name: 'Angemeldete Browser' }).getByRole('listitem');
    await expect(sessions).toHaveCount(1);
    await expect(sessions.first()).toContainText('Diese Sitzung');
    await expect(sessions.first().getByRole('heading', { level: 2 })).toContainText(/Chrom/);
    await expect(sessions.first()).toContainText(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    await screenshot(page, testInfo, '07-sessions');
    await expectNoAxeViolations(page);

    // 6. Sign out: the header offers "Anmelden" again, the private page is gone.
    await accountToggle(page, name).click();
    await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
    await expect(accountToggle(page, name)).toHaveCount(0);
    await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fkonto%2Fsitzungen$/);
    expect((await context.cookies()).find((cookie) => cookie.name === '__Host-wiw_session')).toBeUndefined();
    await screenshot(page, testInfo, '08-signed-out');

    expect(requests.length).toBeGreaterThan(0);
    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('an unknown confirmation token gets a clear message', async ({ page }) => {
    const consoleErrors = recordConsoleErrors(page);
    await page.goto('/konto/bestaetigen?token=gibt-es-nicht');
    await expect(page.getByRole('alert')).toContainText('Dieser Bestätigungslink ist ungültig.');
    expect(consoleErrors).toEqual([]);
  });
});
