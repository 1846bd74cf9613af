import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import {
  confirmationToken,
  DEMO_PASSWORD,
  graphql,
  expectNoAxeViolations,
  openAccountMenu,
  nonLocalRequests,
  recordConsoleErrors,
  recordRequests,
  screenshot,
  signIn,
  waitForIdle,
} from './support';

const ADVISOR = 'beratung@demo.example.org';
const COMPANY_OWNER = 'velkamp@demo.example.org';

/** A Berlin calendar day "YYYY-MM-DD" of an instant. */
const berlinDay = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(instant);

/** The Monday of the week of a day. */
function mondayOf(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

const addDays = (day: string, count: number) => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
};

const COORDINATOR = 'geschaeftsstelle@demo.example.org';
const PASSWORD = 'Westfälischer Sonnenaufgang über dem Rothaargebirge';

/**
 * A new company of its own (registered, confirmed, verified by the joint office) takes a seat in
 * the advisor's scheduled demo group session, so that cancelling it touches no shared demo data.
 * (A seat in an existing group session: creating a new slot does not work on the embedded
 * database yet, see the report.)
 */
async function bookSeatAsNewCompany(
  browser: Browser,
  advisor: APIRequestContext,
  suffix: string,
  agenda: string,
): Promise<{ company: string; startsAt: string }> {
  const company = `E2E Beratungskunde ${suffix} GmbH`;
  const email = `e2e-werkbank-${suffix}@example.org`;
  const booker = await browser.newContext();
  const coordinator = await browser.newContext();
  try {
    const { regions } = await graphql<{ regions: { municipalities: { id: string }[] }[] }>(
      booker.request,
      'query { regions { municipalities { id } } }',
    );
    await graphql(booker.request, 'mutation($input: SignUpInput!) { signUp(input: $input) { email } }', {
      input: {
        email,
        name: 'Erika Werkbank',
        password: PASSWORD,
        locale: 'de',
        organisation: { name: company, kind: 'COMPANY', municipalityId: regions[0]!.municipalities[0]!.id },
      },
    });
    await graphql(booker.request, 'mutation($token: String!) { verifyEmail(token: $token) }', {
      token: await confirmationToken(booker.request, email),
    });
    await graphql(booker.request, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password: PASSWORD } });
    const { myOrganisations } = await graphql<{ myOrganisations: { id: string }[] }>(booker.request, 'query { myOrganisations { id } }');
    const organisationId = myOrganisations[0]!.id;

    await graphql(coordinator.request, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: COORDINATOR, password: DEMO_PASSWORD },
    });
    await graphql(coordinator.request, 'mutation($id: ID!) { verifyOrganisation(id: $id) { id } }', { id: organisationId });

    const { myConsultationFormats } = await graphql<{ myConsultationFormats: { id: string; capacity: number; status: string }[] }>(
      advisor,
      'query { myConsultationFormats { id capacity status } }',
    );
    const today = berlinDay(new Date());
    for (const format of myConsultationFormats.filter((candidate) => candidate.capacity > 1 && candidate.status === 'ACTIVE')) {
      const { bookableSlots } = await graphql<{ bookableSlots: { startsAt: string; seatsLeft: number }[] }>(
        booker.request,
        'query($formatId: ID!, $from: Date!, $to: Date!) { bookableSlots(formatId: $formatId, from: $from, to: $to) { startsAt seatsLeft } }',
        { formatId: format.id, from: today, to: addDays(today, 41) },
      );
      const session = bookableSlots.find((slot) => slot.seatsLeft > 0 && slot.seatsLeft < format.capacity);
      if (!session) continue;
      await graphql(booker.request, 'mutation($input: BookConsultationInput!) { bookConsultation(input: $input) { id } }', {
        input: { formatId: format.id, organisationId, startsAt: session.startsAt, agenda },
      });
      return { company, startsAt: session.startsAt };
    }
    throw new Error('The demo advisor has no scheduled group session with a free seat.');
  } finally {
    await booker.close();
    await coordinator.close();
  }
}

test.describe('Workbench: advisors', () => {
  test('non-advisors are turned away; signed-out visitors are asked to sign in', async ({ page }) => {
    await page.goto('/werkbank/beratung/kalender');
    await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fwerkbank%2Fberatung%2Fkalender$/);
    await signIn(page, COMPANY_OWNER);
    await page.goto('/werkbank/beratung');
    await expect(page.getByText('Nur für Beraterinnen und Berater')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Bereiche der Beratung' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('format, weekly hours and exception, a booking cancelled in the week calendar, calendar subscription', async ({ page, browser }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    // Other journeys share this server: everything created here carries the suffix.
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const title = `Werkbank-Sprechstunde ${suffix}`;
    const agenda = `Förderung für unsere Lagerautomatisierung (${suffix}).`;

    // 1. Signed in through the account menu, the advisors' area with the demo formats.
    await signIn(page, ADVISOR);
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Beratungsbereich' }).click();
    await expect(page).toHaveURL(/\/werkbank\/beratung$/);
    const areaNav = page.getByRole('navigation', { name: 'Bereiche der Beratung' });
    await expect(areaNav.getByRole('link', { name: 'Formate' })).toHaveAttribute('aria-current', 'page');
    const formats = page.getByRole('list', { name: 'Meine Formate' });
    await expect(formats.getByRole('heading', { name: 'Digitalisierungs-Check für Automobilzulieferer' })).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, testInfo, '01-formats');
    await expectNoAxeViolations(page);

    // My figures: the totals and a table per format (the demo formats included).
    await areaNav.getByRole('link', { name: 'Kennzahlen' }).click();
    await expect(page).toHaveURL(/\/werkbank\/beratung\/kennzahlen$/);
    await expect(areaNav.getByRole('link', { name: 'Kennzahlen' })).toHaveAttribute('aria-current', 'page');
    const figures = page.getByRole('table', { name: 'Kennzahlen je Format' });
    await expect(figures.getByRole('rowheader', { name: 'Digitalisierungs-Check für Automobilzulieferer' })).toBeVisible();
    await expect(page.getByLabel('Insgesamt')).toContainText('Buchungen');
    await waitForIdle(page);
    await screenshot(page, testInfo, '01-figures');
    await expectNoAxeViolations(page);
    await areaNav.getByRole('link', { name: 'Formate' }).click();
    await expect(formats.getByRole('heading', { name: 'Digitalisierungs-Check für Automobilzulieferer' })).toBeVisible();

    // 2. A new format: the limits are checked first, then it is created (online, bookable at once).
    await page.getByRole('link', { name: 'Neues Format' }).click();
    await expect(page.getByRole('heading', { name: 'Neues Format', level: 2 })).toBeVisible();
    const form = page.getByRole('form', { name: 'Neues Format' });
    await expect(form.getByLabel('Angeboten für')).toHaveValue(/[0-9a-f-]{36}/);
    await form.getByLabel('Dauer in Minuten').fill('62');
    await form.getByRole('button', { name: 'Format anlegen' }).click();
    const summary = form.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' });
    await expect(summary).toBeVisible();
    await expect(form).toContainText('Die Dauer muss 15 bis 480 Minuten betragen, in Schritten von 5.');
    await expect(form.getByLabel('Dauer in Minuten')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, testInfo, '02-format-errors');
    await expectNoAxeViolations(page);

    await form.getByLabel('Titel').fill(title);
    await form.getByLabel(/^Beschreibung/).fill('Eine halbe Stunde für Ihre Fragen zur digitalen Werkbank.');
    await form.getByLabel('Themenfeld').selectOption('SKILLED_WORKERS');
    await form.getByLabel('Dauer in Minuten').fill('30');
    await form.getByRole('radio', { name: 'Vor Ort' }).check();
    await expect(form.getByLabel('Besprechungslink')).toHaveCount(0);
    await form.getByRole('radio', { name: 'Online' }).check();
    await form.getByLabel('Besprechungslink').fill(`https://meet.example.org/${suffix}`);
    await form.getByLabel('Mindestvorlauf (Stunden)').fill('0');
    await form.getByRole('button', { name: 'Format anlegen' }).click();
    await expect(page).toHaveURL(/\/werkbank\/beratung$/);
    await expect(page.getByRole('status').filter({ hasText: `Das Format „${title}“ ist angelegt.` })).toBeVisible();
    const created = formats.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(created).toContainText('Aktiv');
    await expect(created).toContainText('30 Minuten');

    // Archive (after confirming) and offer it again.
    await created.getByRole('link', { name: `Bearbeiten ${title}` }).click();
    await expect(page).toHaveURL(/\/werkbank\/beratung\/formate\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Archivieren' }).click();
    await expect(page.getByRole('button', { name: 'Ja, archivieren' })).toBeFocused();
    await page.getByRole('button', { name: 'Ja, archivieren' }).click();
    await expect(page.getByRole('status').filter({ hasText: `„${title}“ ist archiviert.` })).toBeFocused();
    await page.getByRole('button', { name: 'Wieder anbieten' }).click();
    await expect(page.getByRole('status').filter({ hasText: `„${title}“ ist wieder buchbar.` })).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, testInfo, '03-format-edit');
    await expectNoAxeViolations(page);

    // 3. Availability: a Saturday period (saved with the others), an absence added and removed again.
    await areaNav.getByRole('link', { name: 'Verfügbarkeit' }).click();
    const saturday = page.getByRole('group', { name: 'Samstag' });
    await saturday.getByRole('button', { name: 'Zeitraum hinzufügen am Samstag' }).click();
    await expect(saturday.getByLabel(/^Beginn \(Samstag, Zeitraum 1\)/)).toBeFocused();
    await saturday.getByLabel(/^Beginn \(Samstag, Zeitraum 1\)/).fill('14:00');
    await saturday.getByLabel(/^Ende \(Samstag, Zeitraum 1\)/).fill('12:00');
    await page.getByRole('button', { name: 'Wöchentliche Zeiten speichern' }).click();
    await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Samstag, Zeitraum 1 – Ende: Das Ende muss nach dem Beginn liegen.' })).toBeVisible();
    await saturday.getByLabel(/^Beginn \(Samstag, Zeitraum 1\)/).fill('10:00');
    await saturday.getByLabel(/^Ende \(Samstag, Zeitraum 1\)/).fill('12:00');
    await page.getByRole('button', { name: 'Wöchentliche Zeiten speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ihre wöchentlichen Zeiten sind gespeichert.' })).toBeVisible();

    const day = addDays(berlinDay(new Date()), 200);
    const exceptionForm = page.getByRole('form', { name: 'Ausnahme hinzufügen' });
    await exceptionForm.getByLabel('Tag', { exact: true }).fill(day);
    await exceptionForm.getByLabel(/^Notiz/).fill(`Messe ${suffix}`);
    await exceptionForm.getByRole('button', { name: 'Ausnahme hinzufügen' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Die Ausnahme am .+ ist eingetragen\./ })).toBeVisible();
    const exception = page
      .getByRole('list', { name: 'Geplante Ausnahmen' })
      .getByRole('listitem')
      .filter({ hasText: `Messe ${suffix}` });
    await expect(exception).toContainText('Abwesenheit, ganzer Tag');
    await waitForIdle(page);
    await screenshot(page, testInfo, '04-availability');
    await expectNoAxeViolations(page);
    await exception.getByRole('button', { name: /^Entfernen/ }).click();
    await expect(exception.getByRole('button', { name: 'Ja, entfernen' })).toBeFocused();
    await exception.getByRole('button', { name: 'Ja, entfernen' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Die Ausnahme am .+ ist entfernt\./ })).toBeFocused();
    await expect(exception).toHaveCount(0);

    // 4. A company takes a seat in the advisor's group session; the advisor finds it in its week and cancels it.
    const { company, startsAt } = await bookSeatAsNewCompany(browser, page.request, suffix, agenda);

    await areaNav.getByRole('link', { name: 'Kalender' }).click();
    await expect(page.getByRole('heading', { name: /^Woche vom / })).toBeVisible();
    // The calendar opens on the week of the next booked slot (written into the address), not on an empty week.
    await expect(page).toHaveURL(/[?&]woche=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByRole('list', { name: /^Buchungen:/ }).first()).toBeVisible();
    await page.goto(`/werkbank/beratung/kalender?woche=${mondayOf(berlinDay(new Date(startsAt)))}`);
    const bookings = page.getByRole('list', { name: /^Buchungen:/ }).getByRole('listitem');
    const booking = bookings.filter({ hasText: agenda }).filter({ hasText: 'Bestätigt' });
    await expect(booking).toContainText(company);
    await expect(booking).toContainText('Erika Werkbank');
    await expect(booking).toContainText('Bestätigt');
    await expect(booking).toContainText('Die Teilnahme erfassen Sie ab Beginn des Termins.');
    await waitForIdle(page);
    await screenshot(page, testInfo, '05-calendar');
    await expectNoAxeViolations(page);

    await booking.getByRole('button', { name: /^Absagen/ }).click();
    await expect(booking.getByLabel('Grund der Absage')).toBeFocused();
    await booking.getByLabel('Grund der Absage').fill('Ich bin auf einer Dienstreise.');
    await booking.getByRole('button', { name: 'Weiter' }).click();
    await expect(booking.getByRole('button', { name: 'Ja, absagen' })).toBeFocused();
    await screenshot(page, testInfo, '06-cancel-confirm');
    await expectNoAxeViolations(page);
    await booking.getByRole('button', { name: 'Ja, absagen' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Der Termin von ${company} ist abgesagt` })).toBeFocused();
    const cancelled = bookings.filter({ hasText: agenda }).filter({ hasText: 'Grund: Ich bin auf einer Dienstreise.' });
    await expect(cancelled).toContainText('Abgesagt');

    // 5. Calendar subscription: the secret address is shown once, serves iCalendar, and is revoked again.
    const feed = page.getByRole('region', { name: 'Kalender-Abo' });
    const create = feed.getByRole('button', { name: /^(Abo-Adresse erzeugen|Neue Adresse erzeugen)$/ });
    const renewing = (await create.textContent()) === 'Neue Adresse erzeugen';
    await create.click();
    if (renewing) await feed.getByRole('group').getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
    const address = feed.getByLabel('Ihre Abo-Adresse');
    await expect(address).toBeFocused();
    const url = await address.inputValue();
    expect(url).toMatch(/^https?:\/\/\S+$/);
    // The whole secret address is readable: the panel's full width, wrapped, nothing scrolled away, monospace (issue 16, item 7).
    const [box, panel] = await Promise.all([address.boundingBox(), feed.boundingBox()]);
    expect(box!.width).toBeGreaterThan(panel!.width * 0.85);
    expect(await address.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(true);
    expect(await address.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/monospace/);
    // Copied by keyboard: Tab to the button, Enter; the status region says so and the clipboard holds the address.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.keyboard.press('Tab');
    await expect(feed.getByRole('button', { name: 'Adresse kopieren' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(feed.getByRole('status').filter({ hasText: 'Die Adresse ist in der Zwischenablage.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const feedPath = `${new URL(url).pathname}${new URL(url).search}`;
    const ics = await page.request.get(feedPath);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await screenshot(page, testInfo, '07-calendar-feed');
    await expectNoAxeViolations(page);
    await feed.getByRole('button', { name: 'Abo beenden' }).click();
    await feed.getByRole('group').getByRole('button', { name: 'Abo beenden' }).click();
    await expect(feed.getByRole('status').filter({ hasText: 'Das Kalender-Abo ist beendet.' })).toBeFocused();
    expect((await page.request.get(feedPath)).status()).toBeGreaterThanOrEqual(400);

    // 6. The same area in English; then the Saturday period is removed again for other journeys.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Advisor area');
    await expect(page.getByRole('navigation', { name: 'Sections of the advisor area' }).getByRole('link', { name: 'Calendar' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.getByRole('navigation', { name: 'Sections of the advisor area' }).getByRole('link', { name: 'Availability' }).click();
    await expect(page.getByRole('heading', { name: 'Weekly hours' })).toBeVisible();
    await waitForIdle(page);
    await expectNoAxeViolations(page);
    await page.getByRole('group', { name: 'Saturday' }).getByRole('button', { name: 'Remove Saturday, period 1' }).click();
    await page.getByRole('button', { name: 'Save weekly hours' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your weekly hours have been saved.' })).toBeVisible();
    await page.getByRole('button', { name: 'Deutsch' }).click();

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
