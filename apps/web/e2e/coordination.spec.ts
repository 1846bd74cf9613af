import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, waitForIdle } from './support';

const DEMO_PASSWORD = 'Westfalen-Demo-2026!';
const COORDINATOR = 'geschaeftsstelle@demo.example.org';

/** Today in Europe/Berlin as YYYY-MM-DD (the value of a date input). */
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

async function signInAsCoordinator(page: Page): Promise<void> {
  await page.goto('/anmelden?weiter=/geschaeftsstelle');
  await page.getByLabel('E-Mail-Adresse').fill(COORDINATOR);
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/geschaeftsstelle$/);
}

/** The row of the people table that contains `text`. */
const rowWith = (page: Page, text: string) => page.getByRole('table', { name: 'Personen mit Konto' }).getByRole('row').filter({ hasText: text });

test.describe('Joint office', () => {
  test('grant and withdraw a role, create an office, find both in the filtered audit log', async ({ page }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    // Other journeys share this server: everything created here carries the suffix.
    const titleDe = `Beauftragte für Intralogistik ${suffix}`;
    const titleEn = `Intralogistics officer ${suffix}`;

    await signInAsCoordinator(page);
    const areaNav = page.getByRole('navigation', { name: 'Bereiche der Geschäftsstelle' });
    await expect(areaNav.getByRole('link', { name: 'Verifizierung' })).toHaveAttribute('aria-current', 'page');
    await waitForIdle(page);
    await expectNoAxeViolations(page);

    // 1. People and roles: find the company owner, grant ADVISOR, withdraw it after confirming.
    await areaNav.getByRole('link', { name: 'Personen und Rollen' }).click();
    await expect(page).toHaveURL(/\/geschaeftsstelle\/personen$/);
    await expect(areaNav.getByRole('link', { name: 'Personen und Rollen' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('searchbox', { name: 'Name oder E-Mail-Adresse' }).fill('velkamp@demo');
    await expect(page).toHaveURL(/\?q=velkamp%40demo$/);
    const vera = rowWith(page, 'velkamp@demo.example.org');
    await expect(vera).toHaveCount(1);
    await expect(vera).toContainText('Velkamp Intralogistik GmbH (Inhaber/in)');
    await waitForIdle(page);
    await screenshot(page, testInfo, '01-people');
    await expectNoAxeViolations(page);

    await vera.getByRole('combobox', { name: /Rolle vergeben/ }).selectOption({ label: 'Berater/in' });
    await vera.getByRole('button', { name: 'Vergeben' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Vera Velkamp hat jetzt die Rolle „Berater/in“.' })).toBeVisible();
    await expect(vera.getByRole('cell').nth(2)).toContainText('Berater/in');

    await vera.getByRole('button', { name: '„Berater/in“ entziehen' }).click();
    await expect(vera.getByRole('button', { name: 'Ja, entziehen' })).toBeFocused();
    await screenshot(page, testInfo, '02-withdraw-confirm');
    await expectNoAxeViolations(page);
    await vera.getByRole('button', { name: 'Ja, entziehen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Vera Velkamp hat die Rolle „Berater/in“ nicht mehr.' })).toBeFocused();
    await expect(vera.getByRole('button', { name: '„Berater/in“ entziehen' })).toHaveCount(0);

    // 2. Offices: the demo mayor's office, then a new one for the company; a second one with the same title is refused.
    await areaNav.getByRole('link', { name: 'Ämter' }).click();
    const dortmund = page.getByRole('region', { name: 'Stadt Dortmund' });
    const mayor = dortmund.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Oberbürgermeister Dortmund' }) });
    await expect(mayor).toContainText('Demo Oberbürgermeister, seit');
    await waitForIdle(page);
    await expectNoAxeViolations(page);

    const form = page.getByRole('form', { name: 'Neues Amt anlegen' });
    await form.getByRole('searchbox', { name: 'Organisation suchen' }).fill('Velkamp');
    const organisation = form.getByRole('combobox', { name: 'Organisation' });
    await expect(organisation.getByRole('option', { name: 'Velkamp Intralogistik GmbH' })).toHaveCount(1);
    await organisation.selectOption({ label: 'Velkamp Intralogistik GmbH' });
    await form.getByRole('textbox', { name: 'Titel auf Deutsch' }).fill(titleDe);
    await form.getByRole('textbox', { name: 'Titel auf Englisch' }).fill(titleEn);
    await form.getByRole('button', { name: 'Amt anlegen' }).click();
    await expect(form.getByRole('status')).toContainText(`Das Amt „${titleDe}“ von Velkamp Intralogistik GmbH ist angelegt.`);
    const created = page.getByRole('region', { name: 'Velkamp Intralogistik GmbH' }).getByRole('listitem').filter({ hasText: titleDe });
    await expect(created).toContainText('unbesetzt');

    await form.getByRole('textbox', { name: 'Titel auf Deutsch' }).fill(titleDe);
    await form.getByRole('textbox', { name: 'Titel auf Englisch' }).fill(titleEn);
    await form.getByRole('button', { name: 'Amt anlegen' }).click();
    await expect(form.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' })).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Titel auf Deutsch' })).toHaveAttribute('aria-invalid', 'true');
    await expect(form).toContainText('Diese Organisation hat bereits ein Amt mit diesem Titel.');

    // The hand-over offers the organisation's members (the owner), and can be cancelled.
    await created.getByRole('button', { name: 'Amt übergeben' }).click();
    const successor = created.getByRole('combobox', { name: 'Nachfolge' });
    await expect(successor.getByRole('option', { name: /Vera Velkamp/ })).toHaveCount(1);
    await screenshot(page, testInfo, '03-offices');
    await expectNoAxeViolations(page);
    await created.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(created.getByRole('button', { name: 'Amt übergeben' })).toBeFocused();

    // 3. Audit log: role changes of people, today (Berlin); the CSV carries the same filter.
    await areaNav.getByRole('link', { name: 'Protokoll' }).click();
    const filters = page.getByRole('search', { name: 'Protokoll filtern' });
    await filters.getByLabel('Aktion').fill('role.');
    await filters.getByLabel('Betroffen').selectOption({ label: 'Person (User)' });
    await filters.getByLabel('Von (Tag)').fill(berlinToday());
    await filters.getByLabel('Bis einschließlich (Tag)').fill(berlinToday());
    await filters.getByRole('button', { name: 'Filtern' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?aktion=role\\.&betroffen=User&von=${berlinToday()}&bis=${berlinToday()}$`));
    const log = page.getByRole('table', { name: 'Protokolleinträge' });
    const granted = log.getByRole('row').filter({ hasText: 'role.granted' }).filter({ hasText: '"role":"ADVISOR"' });
    await expect(granted.first()).toBeVisible();
    await expect(log.getByRole('row').filter({ hasText: 'role.withdrawn' }).first()).toBeVisible();
    await expect(log.getByRole('row').filter({ hasText: 'session.' })).toHaveCount(0);

    const csvLink = page.getByRole('link', { name: 'Als CSV herunterladen' });
    await expect(csvLink).toHaveAttribute('href', /^\/audit\/export\.csv\?action=role\.&entityType=User&from=.+&to=.+$/);
    const csv = await page.request.get((await csvLink.getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    const csvText = await csv.text();
    expect(csvText).toContain('role.granted');
    expect(csvText).not.toContain('session.opened');

    await granted
      .first()
      .getByRole('link', { name: /nur diese Person/ })
      .click();
    await expect(page).toHaveURL(/&person=[0-9a-f-]{36}$/);
    await expect(page.getByText(/Nur Einträge, die diese Person ausgelöst hat/)).toBeVisible();
    await expect(granted.first()).toBeVisible();
    await expect(csvLink).toHaveAttribute('href', /actorUserId=[0-9a-f-]{36}/);
    await waitForIdle(page);
    await screenshot(page, testInfo, '04-audit-log');
    await expectNoAxeViolations(page);

    // 4. The mail outbox: without SMTP in this run every mail goes to the log as sent, so nothing failed.
    await areaNav.getByRole('link', { name: 'Postausgang' }).click();
    await expect(page).toHaveURL(/\/geschaeftsstelle\/postausgang$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Postausgang' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Fehlgeschlagen (0)' })).toBeChecked();
    await expect(page.getByText('Keine fehlgeschlagenen Mails.')).toBeVisible();
    await waitForIdle(page);
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: /^Wartend \(\d+\)$/ }).check();
    await expect(page).toHaveURL(/\?liste=wartend$/);
    await expect(
      page.getByRole('table', { name: 'Mails im Postausgang, neueste zuerst' }).or(page.getByText('Keine wartenden Mails.')),
    ).toBeVisible();
    await waitForIdle(page);
    await expectNoAxeViolations(page);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
