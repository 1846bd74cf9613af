import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  confirmationToken,
  expectNoAxeViolations,
  graphql,
  nonLocalRequests,
  recordConsoleErrors,
  recordRequests,
  screenshot,
  waitForIdle,
} from './support';

const PASSWORD = 'Pendeln zwischen Olpe und Siegen mit dem Zug';
const SIEGEN_PLACE = 'Werkhalle 57 Coworking';

const main = (page: Page) => page.getByRole('main');

/** A confirmed account of a commuter whose company sits in Olpe (sign-up and the mailed confirmation link). */
async function commuterFromOlpe(request: APIRequestContext, email: string): Promise<void> {
  const { regions } = await graphql<{ regions: { key: string; municipalities: { id: string; name: string }[] }[] }>(
    request,
    'query { regions { key municipalities { id name } } }',
  );
  const olpe = regions.find((region) => region.key === 'OLPE')!.municipalities.find((m) => m.name === 'Olpe')!;
  await graphql(request, 'mutation($input: SignUpInput!) { signUp(input: $input) { email } }', {
    input: {
      email,
      name: 'Olga Pendler',
      password: PASSWORD,
      locale: 'de',
      organisation: { name: `Pendel-Test ${email}`, kind: 'COMPANY', municipalityId: olpe.id },
    },
  });
  await graphql(request, 'mutation($token: String!) { verifyEmail(token: $token) }', { token: await confirmationToken(request, email) });
}

test.describe('Co-working places', () => {
  test('a commuter from Olpe finds the places near home, books a desk in a Siegen place, downloads the .ics and sees it in Meine Termine', async ({
    page,
    browser,
  }, testInfo) => {
    // Sign-up, confirmation mail and five axe runs: beyond the default minute on a busy machine.
    test.setTimeout(180_000);
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    const email = `e2e-pendler-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}@example.org`;
    const setup = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    await commuterFromOlpe(setup.request, email);
    await setup.close();

    // 1. The directory: a drawn map with its table, and the places as cards.
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Coworking' }).click();
    await expect(page).toHaveURL(/\/coworking$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coworking-Orte');
    await expect(main(page).getByRole('img', { name: /^Karte: \d+ Co-Working-Orte/ })).toBeVisible();
    await expect(main(page).getByRole('table', { name: 'Co-Working-Orte nach Kommune' })).toContainText('Siegen');
    await waitForIdle(page);
    await screenshot(page, testInfo, '01-coworking');
    await expectNoAxeViolations(page);

    // 2. Near me: Olpe as home sorts the places by distance (Attendorn, then Siegen) and adds the distance column.
    await main(page).getByLabel('Mein Wohnort').selectOption({ label: 'Olpe' });
    await expect(page).toHaveURL(/\?wohnort=[0-9a-f-]{36}$/);
    const cards = main(page).getByRole('article');
    await expect(cards.first()).toContainText('Attendorn');
    await expect(cards.nth(1)).toContainText(SIEGEN_PLACE);
    await expect(cards.nth(1)).toContainText(/\d+(,\d)? km entfernt/);
    const table = main(page).getByRole('table', { name: 'Co-Working-Orte nach Kommune' });
    await expect(table.getByRole('columnheader', { name: 'Entfernung' })).toBeVisible();
    await expect(main(page).getByRole('img', { name: /Karte/ })).toContainText('Ihr Wohnort: Olpe');
    await waitForIdle(page);
    await screenshot(page, testInfo, '02-near-olpe');
    await expectNoAxeViolations(page);

    // 3. The Siegen place, signed out: its facts and a way to sign in that comes back here.
    await cards.nth(1).getByRole('link', { name: SIEGEN_PLACE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SIEGEN_PLACE);
    await expect(main(page)).toContainText('Sandstraße 57, 57072 Siegen');
    await expect(main(page).getByText(/frei: \d+ von 12 Schreibtischen/)).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, testInfo, '03-place-signed-out');
    await expectNoAxeViolations(page);
    await main(page).getByRole('link', { name: 'Zum Buchen anmelden' }).click();
    await expect(page).toHaveURL(/\/anmelden\?weiter=/);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SIEGEN_PLACE);

    // 4. Book a desk three days ahead (a Berlin day, still cancellable); the confirmation takes focus and offers the calendar file.
    const day = await page.evaluate(() => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
      const next = new Date(`${today}T12:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 3);
      return next.toISOString().slice(0, 10);
    });
    await main(page).getByLabel('Tag', { exact: true }).fill(day);
    await expect(main(page).getByText(/frei: \d+ von 12 Schreibtischen/)).toBeVisible();
    await waitForIdle(page);
    await expectNoAxeViolations(page);
    await main(page).getByRole('button', { name: 'Schreibtisch buchen' }).click();
    const done = main(page).getByRole('heading', { name: 'Ihr Schreibtisch ist gebucht' });
    await expect(done).toBeFocused();
    await screenshot(page, testInfo, '04-booked');
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main(page).getByRole('link', { name: 'Kalendereintrag (.ics) herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`schreibtisch-${day}.ics`);
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${day.replace(/-/g, '')}`);
    expect(ics).toContain('SUMMARY:Schreibtisch: Werkhalle 57 Coworking');

    // 5. "Meine Termine" lists the desk day with its calendar file and a way to cancel.
    await main(page).getByRole('link', { name: 'Zu „Meine Termine“' }).click();
    const desks = main(page).getByRole('region', { name: 'Schreibtische in Co-Working-Orten' });
    const entry = desks.getByRole('article');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(SIEGEN_PLACE);
    await expect(entry.getByRole('link', { name: /^Kalendereintrag \(\.ics\) herunterladen/ })).toBeVisible();
    await expect(entry.getByRole('button', { name: /^Stornieren/ })).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, testInfo, '05-my-appointments');
    await expectNoAxeViolations(page);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
