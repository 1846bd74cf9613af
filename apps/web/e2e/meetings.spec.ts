import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, signIn, signOut, waitForIdle } from './support';

const DENKRAUM = 'Denkraum: Digitalisierung im Mittelstand';
const main = (page: Page) => page.getByRole('main');
const registration = (page: Page) => main(page).getByRole('region', { name: 'Anmeldung' });

/**
 * The demo's public Denkraum has two seats, both taken (Karl Kalthöfer, Ben Berater): Vera Velkamp
 * lands on the waitlist and moves up when Karl Kalthöfer withdraws. axe on every state.
 */
test.describe('Partnership meetings', () => {
  test('event calendar → meeting page → waitlist → a seat is freed → moved up, with the online link', async ({ page }, testInfo) => {
    // Four people sign in and out: on a busy machine this takes about a minute (60 s is the default).
    test.setTimeout(180_000);
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);

    // 1. Signed out: the calendar, filtered to Denkraum workshops, and the meeting page.
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Veranstaltungen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veranstaltungen');
    await waitForIdle(page);
    await page.getByLabel('Art').selectOption({ label: 'Denkraum' });
    await expect(page).toHaveURL(/art=denkraum-workshop/);
    await waitForIdle(page);
    await expect(main(page).getByRole('link', { name: DENKRAUM })).toBeVisible();
    await screenshot(page, testInfo, '01-calendar');
    await expectNoAxeViolations(page);

    await main(page).getByRole('link', { name: DENKRAUM }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DENKRAUM);
    await waitForIdle(page);
    await expect(main(page).getByRole('region', { name: 'Tagesordnung' })).toContainText('Wo stehen wir?');
    await expect(registration(page)).toContainText('Zur Anmeldung melden Sie sich bitte an.');
    await expect(main(page)).toContainText('Der Link erscheint hier, sobald Sie einen Platz haben.');
    const meetingUrl = page.url();
    await screenshot(page, testInfo, '02-meeting-signed-out');
    await expectNoAxeViolations(page);

    // 2. Vera Velkamp: both seats are taken, she joins the waitlist and gets her code.
    await signIn(page, 'velkamp@demo.example.org');
    await page.goto(meetingUrl);
    await waitForIdle(page);
    await registration(page).getByRole('button', { name: 'Auf die Warteliste' }).click();
    await expect(registration(page)).toContainText('Sie stehen auf der Warteliste (Platz 1).');
    await expect(registration(page).locator('.meeting-code')).toHaveText(/^[A-HJ-NP-Z2-9]{8}$/);
    await screenshot(page, testInfo, '03-waitlisted');
    await expectNoAxeViolations(page);
    await signOut(page);

    // 3. Karl Kalthöfer withdraws his registration: the seat goes to the waitlist in the same transaction.
    await signIn(page, 'kalthoefer@demo.example.org');
    await page.goto(meetingUrl);
    await waitForIdle(page);
    await expect(registration(page)).toContainText('Sie sind angemeldet.');
    await registration(page).getByRole('button', { name: 'Anmeldung zurückziehen' }).click();
    await expectNoAxeViolations(page);
    await registration(page).getByRole('button', { name: 'Ja, zurückziehen' }).click();
    await expect(registration(page)).toContainText('Ihre Anmeldung wurde zurückgezogen.');
    await screenshot(page, testInfo, '04-withdrawn');
    await expectNoAxeViolations(page);
    await signOut(page);

    // 4. Vera Velkamp holds a seat now, and sees the online link.
    await signIn(page, 'velkamp@demo.example.org');
    await page.goto(meetingUrl);
    await waitForIdle(page);
    await expect(registration(page)).toContainText('Sie sind angemeldet.');
    await expect(main(page).getByRole('link', { name: /meet\.example\.org\/denkraum-digitalisierung/ })).toBeVisible();
    await screenshot(page, testInfo, '05-moved-up');
    await expectNoAxeViolations(page);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
