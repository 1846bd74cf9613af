import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openAccountMenu, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, waitForIdle } from './support';

interface MailboxMessage {
  recipient: string;
  template: string;
  text: string;
}

const DEMO_PASSWORD = 'Westfalen-Demo-2026!';
const COORDINATOR = 'geschaeftsstelle@demo.example.org';
const OWNER = 'velkamp@demo.example.org';

/** The newest link of `template` mailed to `recipient` whose path is `pathname`, as a path on this server. */
async function mailedPath(page: Page, recipient: string, template: string, pathname: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${pathname.replace(/\//g, '\\/')}\\?token=[\\w-]+`);
  let link: string | undefined;
  await expect
    .poll(async () => {
      const response = await page.request.get('/dev/mailbox.json');
      expect(response.ok()).toBe(true);
      const { messages } = (await response.json()) as { messages: MailboxMessage[] };
      const mails = messages.filter((message) => message.recipient === recipient && message.template === template);
      link = mails.at(-1)?.text.match(pattern)?.[0];
      return link;
    })
    .toBeTruthy();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

const banner = (page: Page) => page.getByRole('banner');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(banner(page).getByRole('link', { name: 'Anmelden' })).toHaveCount(0);
  await expect(banner(page).getByRole('button', { name: /Angemeldet als/ })).toBeVisible();
}

async function openMenuItem(page: Page, name: string): Promise<void> {
  await openAccountMenu(page);
  await banner(page).getByRole('link', { name }).click();
}

async function signOut(page: Page): Promise<void> {
  await openAccountMenu(page);
  await banner(page).getByRole('button', { name: 'Abmelden' }).click();
  await expect(banner(page).getByRole('link', { name: 'Anmelden' })).toBeVisible();
}

test.describe('Accounts: password, my account, organisations, joint office', () => {
  test('register → forgot password → reset by mail → my account → joint office verifies the organisation', async ({ page }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const email = `e2e-reset-${suffix}@example.org`;
    const organisationName = `Prüfwerkstatt ${suffix}`;
    const firstPassword = 'Sauerland Nebel über der Lenne im Herbst';
    const newPassword = 'Volme Ruhr Bigge und Lister am Morgen';

    // Register and confirm a new person with a new (unverified) organisation.
    await page.goto('/registrieren');
    await page.getByLabel('Ihr Name').fill('Paula Prüfling');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(firstPassword);
    await page.getByLabel('Name der Organisation').fill(organisationName);
    await page.getByLabel('Art der Organisation').selectOption({ label: 'Unternehmen' });
    const municipality = page.getByLabel('Sitz (Stadt oder Gemeinde)');
    await expect(municipality).toBeEnabled();
    await municipality.selectOption((await municipality.locator('optgroup[label="Märkischer Kreis"] option').first().getAttribute('value'))!);
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Bitte prüfen Sie Ihr Postfach' })).toBeVisible();
    await page.goto(await mailedPath(page, email, 'verify-email', '/konto/bestaetigen'));
    await expect(page.getByText('Ihre E-Mail-Adresse ist bestätigt.')).toBeVisible();

    // 1. Forgot password, linked from the sign-in page.
    await page.goto('/anmelden');
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expect(page).toHaveURL(/\/passwort-vergessen$/);
    await expect(heading(page)).toHaveText('Passwort vergessen');
    await expectNoAxeViolations(page);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await expect(page.getByRole('status')).toContainText('Wenn es zu dieser Adresse ein Konto gibt');
    await screenshot(page, testInfo, '01-forgot-sent');

    // 2. The reset link from the mailbox: a too short password is refused inline, then the new one is set.
    await page.goto(await mailedPath(page, email, 'reset-password', '/konto/passwort-zuruecksetzen'));
    await expect(heading(page)).toHaveText('Neues Passwort festlegen');
    await expectNoAxeViolations(page);
    const passwordField = page.getByLabel('Neues Passwort');
    await passwordField.fill('zu kurz');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect(passwordField).toBeFocused();
    await expect(passwordField).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await passwordField.fill(newPassword);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect(page.getByRole('status')).toContainText('Ihr Passwort ist geändert.');
    await screenshot(page, testInfo, '02-reset-done');
    await page.getByRole('main').getByRole('link', { name: 'Zur Anmeldung' }).click();

    // 3. The old password no longer works, the new one does.
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort', { exact: true }).fill(firstPassword);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
    await signIn(page, email, newPassword);

    // 4. My account: profile, password, data download, deletion warning.
    await openMenuItem(page, 'Mein Konto');
    await expect(heading(page)).toHaveText('Mein Konto');
    await expect(page.getByLabel('Ihr Name')).toHaveValue('Paula Prüfling');
    const download = await page.request.get(
      (await page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).getAttribute('href')) as string,
    );
    expect(download.status()).toBe(200);
    expect(JSON.stringify(await download.json())).toContain(email);
    await waitForIdle(page);
    await screenshot(page, testInfo, '03-my-account');
    await expectNoAxeViolations(page);

    // 5. My organisations: the new organisation is not verified yet.
    await openMenuItem(page, 'Meine Organisationen');
    await expect(heading(page)).toHaveText('Meine Organisationen');
    await expect(page.getByRole('heading', { level: 2, name: organisationName })).toBeVisible();
    await expect(page.getByText('noch nicht geprüft')).toBeVisible();
    // Its own figures: nothing yet, zeros shown.
    await expect(page.getByRole('heading', { level: 3, name: 'Kennzahlen' })).toBeVisible();
    await expect(page.getByLabel(`Kennzahlen von ${organisationName}`)).toContainText('0 offen · 0 besetzt');
    await waitForIdle(page);
    await screenshot(page, testInfo, '04-my-organisations');
    await expectNoAxeViolations(page);
    await signOut(page);

    // 6. Signed out, the joint office area says "no access".
    await page.goto('/geschaeftsstelle');
    await expect(page.getByText('Kein Zugang')).toBeVisible();
    await expectNoAxeViolations(page);

    // 7. The joint office verifies the organisation; it then appears in the directory search.
    await signIn(page, COORDINATOR, DEMO_PASSWORD);
    await openMenuItem(page, 'Geschäftsstelle');
    await expect(heading(page)).toHaveText('Geschäftsstelle');
    const row = page
      .getByRole('table', { name: /auf die Prüfung/ })
      .getByRole('row')
      .filter({ hasText: organisationName });
    await expect(row).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, testInfo, '05-joint-office');
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: 'Als geprüft markieren' }).click();
    await expect(page.getByRole('status').filter({ hasText: `„${organisationName}“ ist geprüft` })).toBeFocused();
    await expect(row).toHaveCount(0);
    // The audit log has its own page in the joint-office area.
    await page.getByRole('navigation', { name: 'Bereiche der Geschäftsstelle' }).getByRole('link', { name: 'Protokoll' }).click();
    await expect(page.getByRole('table', { name: 'Protokolleinträge' }).getByRole('row').nth(1)).toContainText('organisation.verified');

    const csv = await page.request.get((await page.getByRole('link', { name: 'Als CSV herunterladen' }).getAttribute('href')) as string);
    expect(csv.status()).toBe(200);
    await page.getByLabel('Aktion').fill('organisation.');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await expect(page.getByRole('link', { name: 'Als CSV herunterladen' })).toHaveAttribute('href', '/audit/export.csv?action=organisation.');
    await waitForIdle(page);
    await expectNoAxeViolations(page);
    await signOut(page);

    await page.goto(`/organisationen?q=${encodeURIComponent(organisationName)}`);
    await expect(page.getByRole('main').getByRole('link', { name: organisationName })).toBeVisible();
    await screenshot(page, testInfo, '06-directory');

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('an owner invites a person who creates an account from the mailed link', async ({ page }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    const invitee = `e2e-invite-${Date.now().toString(36)}@example.org`;

    await signIn(page, OWNER, DEMO_PASSWORD);
    await openMenuItem(page, 'Meine Organisationen');
    await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(invitee);
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Die Einladung an ${invitee} ist verschickt.` })).toBeVisible();
    await expect(page.getByRole('table', { name: /Offene Einladungen/ })).toContainText(invitee);
    await signOut(page);

    await page.goto(await mailedPath(page, invitee, 'invitation', '/konto/einladung'));
    await expect(heading(page)).toHaveText('Einladung');
    await expectNoAxeViolations(page);
    await page.getByLabel('Ihr Name').fill('Ina Eingeladen');
    await page.getByLabel('Passwort').fill('Hengstey See und Harkort Turm');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect(page.getByRole('status')).toContainText(`Melden Sie sich jetzt mit ${invitee}`);
    await screenshot(page, testInfo, '01-invitation-account-created');
    await page.getByRole('main').getByRole('link', { name: 'Zur Anmeldung' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(invitee);
    await page.getByLabel('Passwort', { exact: true }).fill('Hengstey See und Harkort Turm');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page).toHaveURL(/\/konto\/organisation$/);
    await expect(page.getByRole('table', { name: /Mitglieder von/ })).toContainText(invitee);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
