import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAxeViolations, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, waitForIdle } from './support';

const VELKAMP = 'velkamp@demo.example.org';
const FORMAT_TITLE = 'Digitalisierungs-Check für Automobilzulieferer';

const main = (page: Page) => page.getByRole('main');

/** `text` as a pattern that ignores how the words are spaced (a slot button stacks its lines). */
const loose = (text: string) =>
  new RegExp(
    text
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s*'),
  );

/** The slot picker ("Freie Termine") of a page or panel. */
const picker = (scope: Page | Locator) => scope.getByRole('region', { name: 'Freie Termine' });

/**
 * Chooses the first free slot, moving week by week ("Nächste Woche") until one shows up; returns
 * the chosen button's accessible name ("Donnerstag, 26. November, 13:00–14:00").
 */
async function chooseFirstFreeSlot(scope: Page | Locator): Promise<string> {
  const slots = picker(scope);
  for (let week = 0; week < 10; week += 1) {
    await expect(slots.locator('[aria-busy="true"]')).toHaveCount(0);
    const free = slots.locator('button[aria-pressed]');
    if ((await free.count()) > 0) {
      const name = (await free.first().innerText()).replace(/\s+/g, ' ').trim();
      await free.first().click();
      return name;
    }
    await slots.getByRole('group', { name: 'Woche wählen' }).getByRole('button', { name: 'Nächste Woche' }).click();
  }
  throw new Error('no free slot within ten weeks');
}

test.describe('Digital workbench (companies)', () => {
  test('find a format → slots of a week → sign in → book → Meine Termine → reschedule → cancel; calendar file and subscription', async ({
    page,
  }, testInfo) => {
    // The whole company journey in one test: on shared, loaded machines it needs more than the default minute.
    test.setTimeout(120_000);
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const agenda = `Wir möchten unsere Lagerverwaltung digitalisieren (E2E ${suffix}).`;

    // 1. Signed out: the workbench, its formats and filters.
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Werkbank' }).click();
    await expect(page).toHaveURL(/\/werkbank$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digitale Werkbank');
    await expect(main(page).getByRole('article').first()).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, testInfo, '01-workbench');
    await expectNoAxeViolations(page);

    await page.getByRole('searchbox', { name: 'Suche' }).fill('Digitalisierungs-Check');
    await page.getByRole('searchbox', { name: 'Suche' }).press('Enter');
    await expect(page).toHaveURL(/\?q=Digitalisierungs-Check/);
    const card = main(page).getByRole('article', { name: FORMAT_TITLE });
    await expect(card).toContainText('Ben Berater · Industrie- und Handelskammer Siegen');
    await expect(card).toContainText('Einzelberatung');
    await expect(card).toContainText('60 Minuten · Vor Ort');
    await expect(card).toContainText(/Nächster freier Termin: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    await card.getByRole('link', { name: FORMAT_TITLE }).click();

    // 2. The format and its free slots; choosing one asks to sign in and comes back to it.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FORMAT_TITLE);
    await expect(main(page).getByRole('region', { name: 'Auf einen Blick' })).toContainText('Buchbarbis 24 Stunden vor Beginn');
    // The page opens on the week of the next free slot: slots show without moving week by week.
    await expect(picker(page).locator('button[aria-pressed]').first()).toBeVisible();
    const chosen = await chooseFirstFreeSlot(page);
    // The sign-in prompt with the chosen time takes focus.
    const prompt = main(page).locator('.sign-in-to-book');
    await expect(prompt).toBeFocused();
    await expect(prompt).toContainText(`Gewählter Termin: ${chosen.slice(0, chosen.lastIndexOf(','))}`);
    await waitForIdle(page);
    await screenshot(page, testInfo, '02-format-signed-out');
    await expectNoAxeViolations(page);
    await main(page).getByRole('link', { name: 'Anmelden und buchen' }).click();
    await expect(page).toHaveURL(/\/anmelden\?weiter=/);
    await page.getByLabel('E-Mail-Adresse').fill(VELKAMP);
    await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();

    // 3. Back at the chosen slot: the booking form, then the confirmation.
    await expect(page).toHaveURL(/\/werkbank\/formate\/[0-9a-f-]{36}\?woche=\d{4}-\d{2}-\d{2}&termin=/);
    const form = main(page).getByRole('form', { name: /^Ihre Buchung: / });
    await expect(form).toBeVisible();
    await expect(picker(page).locator('button[aria-pressed="true"]')).toHaveText(loose(chosen));
    await expect(form.getByLabel('Buchen für').locator('option:checked')).toHaveText('Velkamp Intralogistik GmbH');
    await form.getByLabel('Ihr Anliegen').fill(agenda);
    await expect(form).toContainText(`${agenda.length} von 2000 Zeichen`);
    await waitForIdle(page);
    await screenshot(page, testInfo, '03-booking-form');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Verbindlich buchen' }).click();

    const confirmation = main(page).getByRole('region', { name: 'Ihr Termin ist gebucht' });
    await expect(
      confirmation.getByRole('heading', { name: 'Ihr Termin ist gebucht' }),
      'booking a new slot: on the embedded PGlite database the API waits for its 20 s transaction timeout when it creates a slot (availability read outside the transaction)',
    ).toBeFocused({ timeout: 30_000 });
    await expect(confirmation).toContainText('Gebucht fürVelkamp Intralogistik GmbH');
    await expect(confirmation).toContainText('OrtVor Ort: IHK Siegen, Besprechungsraum Werkbank, Siegen');
    const ics = confirmation.getByRole('link', { name: 'Kalendereintrag (.ics) herunterladen' });
    const icsPath = await ics.getAttribute('href');
    expect(icsPath).toMatch(/^\/workbench\/bookings\/[0-9a-f-]{36}\/calendar\.ics$/);
    const icsFile = await page.request.get(icsPath!);
    expect(icsFile.status()).toBe(200);
    expect(icsFile.headers()['content-type']).toContain('text/calendar');
    expect(await icsFile.text()).toContain('BEGIN:VEVENT');
    const bookingHref = await confirmation.getByRole('link', { name: 'Termin ansehen' }).getAttribute('href');
    await screenshot(page, testInfo, '04-confirmation');
    await expectNoAxeViolations(page);

    // 4. "Meine Termine" lists it; its page reschedules it and cancels it.
    await confirmation.getByRole('link', { name: 'Zu „Meine Termine“' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Termine');
    const item = main(page)
      .locator('article')
      .filter({ has: page.locator(`a[href="${bookingHref}"]`) });
    await expect(item).toContainText('Bestätigt');
    await expect(item).toContainText('Ben Berater · Industrie- und Handelskammer Siegen');
    await expect(item.getByRole('link', { name: /^Kalendereintrag \(\.ics\)/ })).toHaveAttribute('href', icsPath!);
    await waitForIdle(page);
    await screenshot(page, testInfo, '05-my-bookings');
    await expectNoAxeViolations(page);

    await item.getByRole('link', { name: FORMAT_TITLE, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FORMAT_TITLE);
    await expect(main(page)).toContainText(`Ihr Anliegen${agenda}`);
    const changes = main(page).getByRole('region', { name: 'Absagen oder verschieben' });
    await changes.getByRole('button', { name: 'Termin verschieben' }).click();
    await expect(changes.getByRole('heading', { name: 'Termin verschieben' })).toBeFocused();
    const moved = await chooseFirstFreeSlot(changes);
    const confirmMove = changes.getByRole('form', { name: 'Verschiebung bestätigen' });
    await expect(confirmMove.getByRole('heading', { name: 'Verschiebung bestätigen' })).toBeFocused();
    await confirmMove.getByLabel(/Nachricht an die Beratung/).fill('Passt uns besser.');
    await waitForIdle(page);
    await screenshot(page, testInfo, '06-reschedule');
    await expectNoAxeViolations(page);
    await confirmMove.getByRole('button', { name: 'Verschiebung bestätigen' }).click();
    const movedStatus = main(page).getByRole('status').filter({ hasText: 'Der Termin ist verschoben auf' });
    await expect(movedStatus).toBeFocused();
    // "Dienstag, 24. November, 10:00–11:00" (slot button) is in "Dienstag, 24. November 2026, 10:00–11:00".
    const [movedDay, movedTime] = [moved.slice(0, moved.lastIndexOf(',')), moved.slice(moved.lastIndexOf(',') + 2)];
    await expect(movedStatus).toContainText(movedDay);
    await expect(movedStatus).toContainText(movedTime);
    // "Meine Termine" shows it as moved (old → new), not as a second appointment.
    await page.getByRole('link', { name: 'Zu „Meine Termine“' }).first().click();
    await expect(item).toContainText(/Verschoben von \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} → /);
    await expect(item).toContainText(movedDay);
    await expectNoAxeViolations(page);
    await item.getByRole('link', { name: FORMAT_TITLE, exact: true }).click();

    await changes.getByRole('button', { name: 'Termin absagen' }).click();
    await changes.getByLabel('Grund der Absage').fill(`Interner Termin kollidiert (${suffix}).`);
    await changes.getByRole('button', { name: 'Weiter' }).click();
    await expect(changes.getByRole('button', { name: 'Verbindlich absagen' })).toBeFocused();
    await expectNoAxeViolations(page);
    await changes.getByRole('button', { name: 'Verbindlich absagen' }).click();
    await expect(main(page).getByRole('status').filter({ hasText: 'Der Termin ist abgesagt.' })).toBeFocused();
    await expect(main(page)).toContainText('Abgesagt');
    await expect(main(page)).toContainText(`Grund der AbsageInterner Termin kollidiert (${suffix}).`);
    await expect(main(page).getByRole('region', { name: 'Absagen oder verschieben' })).toHaveCount(0);
    await screenshot(page, testInfo, '07-cancelled');
    await expectNoAxeViolations(page);

    // 5. The calendar subscription: a secret address, shown once, readable as iCalendar; then ended again.
    await page.getByRole('link', { name: 'Zu „Meine Termine“' }).first().click();
    const feed = main(page).getByRole('region', { name: 'Kalender-Abo' });
    await expect(feed.getByRole('button', { name: /Abo-Adresse erzeugen|Neue Adresse erzeugen/ })).toBeVisible();
    if (await feed.getByRole('button', { name: 'Abo beenden' }).isVisible()) {
      await feed.getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
      await feed.getByRole('group').getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
    } else {
      await feed.getByRole('button', { name: 'Abo-Adresse erzeugen' }).click();
    }
    const address = feed.getByLabel('Ihre Abo-Adresse');
    await expect(address).toBeFocused();
    const feedUrl = await address.inputValue();
    expect(feedUrl).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feedFile = await page.request.get(new URL(feedUrl).pathname);
    expect(feedFile.status()).toBe(200);
    expect(await feedFile.text()).toContain('BEGIN:VCALENDAR');
    await waitForIdle(page);
    await screenshot(page, testInfo, '08-calendar-subscription');
    await expectNoAxeViolations(page);
    await feed.getByRole('button', { name: 'Abo beenden' }).click();
    await feed.getByRole('group').getByRole('button', { name: 'Abo beenden' }).click();
    await expect(feed.getByRole('status').filter({ hasText: 'Das Kalender-Abo ist beendet.' })).toBeFocused();
    expect((await page.request.get(new URL(feedUrl).pathname)).status()).toBe(404);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
