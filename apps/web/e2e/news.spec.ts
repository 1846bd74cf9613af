import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  graphql,
  nonLocalRequests,
  recordConsoleErrors,
  recordRequests,
  screenshot,
  waitForIdle,
} from './support';

const MAYOR_ITEM = 'Schnellbus Dortmund–Lüdenscheid: Probebetrieb beginnt';
const QUEUED_ITEM = 'Südwestfalen-Tag in Dortmund';
const FIXED_ITEM = 'Südwestfalen-Tag 2027 in Dortmund';
const main = (page: Page) => page.getByRole('main');

/** Another demo person takes the browser (signed in through the API: the sign-in form has its own journeys); no email: signed out. */
async function switchTo(page: Page, email?: string): Promise<void> {
  await page.context().clearCookies();
  if (email)
    await graphql(page.request, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password: DEMO_PASSWORD } });
}

/**
 * A reader (signed out) finds the mayor's office's item through the office filter and reads its
 * provenance and a correction's history. The joint office sends the item waiting in the queue back
 * to its author, who fixes and resubmits it; the joint office approves, corrects and withdraws it,
 * each step visible on the public page, and the transparency report counts the correction.
 * A journalist reads the report and downloads it. axe on every state.
 */
test.describe('News with provenance', () => {
  test('list → office filter → item with provenance → corrected item → feed', async ({ page }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);

    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Meldungen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meldungen');
    await waitForIdle(page);
    await expect(main(page).getByRole('link', { name: 'Fachkräfte-Pendeln: 4.200 Wege täglich' })).toBeVisible();
    await expect(main(page).getByRole('link', { name: QUEUED_ITEM })).toHaveCount(0);
    await page.getByLabel('Amt').selectOption({ label: 'Oberbürgermeister Dortmund (Amt)' });
    await expect(page).toHaveURL(/amt=[0-9a-f-]{36}/);
    await waitForIdle(page);
    await expect(main(page).getByRole('listitem')).toHaveCount(1);
    await screenshot(page, testInfo, '01-list-by-office');
    await expectNoAxeViolations(page);

    await main(page).getByRole('link', { name: MAYOR_ITEM }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MAYOR_ITEM);
    await waitForIdle(page);
    const provenance = main(page).getByRole('region', { name: 'Herkunft' });
    await expect(provenance).toContainText('Oberbürgermeister Dortmund (Amt)');
    await expect(provenance).toContainText('Amtsinhaber/in (Demo Oberbürgermeister)');
    await expect(provenance).toContainText('250,00 € aus Haushaltsstelle „Öffentlichkeitsarbeit OB-Büro 1.100.01“');
    await expect(provenance).toContainText('CC BY 4.0; mit öffentlichen Mitteln erstellt von Presseamt der Stadt Dortmund');
    await screenshot(page, testInfo, '02-item');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Alle Meldungen' }).click();
    await waitForIdle(page);
    await main(page).getByRole('link', { name: 'Fachkräfte-Pendeln: 4.200 Wege täglich' }).click();
    await waitForIdle(page);
    const history = main(page).getByRole('region', { name: 'Versionen' });
    await expect(history).toContainText('Berichtigung: Zahlendreher in der Überschrift berichtigt');
    await expect(history).toContainText('Fachkräfte-Pendeln: 2.400 Wege täglich');
    await expectNoAxeViolations(page);
    const feed = await page.request.get('/news/feed.atom');
    expect(await feed.text()).toContain(`<title>${MAYOR_ITEM}</title>`);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('send back → author fixes and resubmits → approval → correction → withdrawal, public page and report', async ({ page }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);

    // The joint office sends the queued item back with a comment …
    await switchTo(page, 'geschaeftsstelle@demo.example.org');
    await page.goto('/meldungen/freigabe');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freigaben');
    await main(page)
      .getByRole('button', { name: `„${QUEUED_ITEM}“ zurückgeben …` })
      .click();
    await main(page).getByLabel('Was soll geändert werden?').fill('Bitte das Jahr in die Überschrift.');
    await expectNoAxeViolations(page);
    await main(page).getByRole('button', { name: 'An die Autorin bzw. den Autor zurückgeben' }).click();
    await expect(main(page).getByRole('status')).toHaveText(`„${QUEUED_ITEM}“ ist als Entwurf zurückgegeben.`);
    await expect(main(page)).toContainText('Keine Meldung wartet auf Ihre Freigabe.');

    // … its author reads it, fixes the draft and submits it again …
    await switchTo(page, 'landrat@demo.example.org');
    await page.goto('/meldungen/meine');
    await waitForIdle(page);
    await expect(main(page).getByRole('note')).toContainText('Zurückgegeben von Gemeinsame Geschäftsstelle am');
    await expect(main(page).getByRole('note')).toContainText('Bitte das Jahr in die Überschrift.');
    await main(page)
      .getByRole('button', { name: `„${QUEUED_ITEM}“ bearbeiten` })
      .click();
    const editor = main(page).getByRole('form', { name: 'Entwurf bearbeiten' });
    await editor.getByLabel('Überschrift').fill(FIXED_ITEM);
    await screenshot(page, testInfo, '03-sent-back-draft');
    await expectNoAxeViolations(page);
    await editor.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(main(page).getByRole('status')).toContainText(`Entwurf „${FIXED_ITEM}“ gespeichert.`);
    await main(page)
      .getByRole('button', { name: `„${FIXED_ITEM}“ zur Freigabe einreichen` })
      .click();
    await expect(main(page).getByRole('listitem').filter({ hasText: FIXED_ITEM })).toContainText('Zur Freigabe eingereicht');

    // … the joint office approves it, then corrects it and withdraws it on its page.
    await switchTo(page, 'geschaeftsstelle@demo.example.org');
    await page.goto('/meldungen/freigabe');
    await main(page)
      .getByRole('button', { name: `„${FIXED_ITEM}“ freigeben und veröffentlichen` })
      .click();
    await expect(main(page).getByRole('status')).toHaveText(`„${FIXED_ITEM}“ ist veröffentlicht.`);
    await page.goto('/meldungen');
    await main(page).getByRole('link', { name: FIXED_ITEM }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIXED_ITEM);
    const itemUrl = page.url();
    const correction = main(page).getByRole('form', { name: 'Berichtigen' });
    await correction.getByLabel('Anreißer').fill('Am 12. Mai 2027 stellen sich die fünf Kreise im Dortmunder Rathaus vor.');
    await correction.getByLabel('Grund der Berichtigung').fill('Datum ergänzt');
    await expectNoAxeViolations(page);
    await correction.getByRole('button', { name: 'Berichtigung veröffentlichen' }).click();
    const actions = main(page).getByRole('region', { name: 'Berichtigen oder zurückziehen' });
    await expect(actions.getByRole('status')).toHaveText('Berichtigt: Version 2 ist veröffentlicht.');
    await expect(main(page).getByRole('region', { name: 'Versionen' })).toContainText('Berichtigung: Datum ergänzt');
    const withdrawal = main(page).getByRole('form', { name: 'Zurückziehen' });
    await withdrawal.getByLabel('Grund des Zurückziehens').fill('Der Termin ist abgesagt.');
    await withdrawal.getByRole('button', { name: 'Meldung zurückziehen …' }).click();
    await expect(withdrawal.getByRole('button', { name: 'Ja, zurückziehen' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(actions.getByRole('status')).toHaveText('Die Meldung ist zurückgezogen.');

    // The public sees the withdrawn item with its reason and history; the report counts the correction.
    await switchTo(page);
    await page.goto(itemUrl);
    await expect(main(page).getByRole('note')).toContainText('Grund: Der Termin ist abgesagt.');
    await expect(main(page).getByRole('region', { name: 'Versionen' })).toContainText('Berichtigung: Datum ergänzt');
    await expect(main(page).getByRole('region', { name: 'Berichtigen oder zurückziehen' })).toHaveCount(0);
    await screenshot(page, testInfo, '04-withdrawn');
    await expectNoAxeViolations(page);
    await page.goto('/transparenz');
    const agency = main(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Südwestfalen Agentur GmbH', exact: true }) });
    await agency.getByRole('cell').nth(5).getByRole('link').click();
    await expect(main(page).locator(':target')).toContainText('Südwestfalen Agentur GmbH: Berichtigungen');
    await expect(main(page).locator(':target').getByRole('link', { name: FIXED_ITEM })).toBeVisible();

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('a journalist reads /transparenz, follows a figure to its items and downloads the CSV', async ({ page }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    // The demo's mayor's office item was published 40 days ago: its quarter.
    const published = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    const [year, quarter] = [published.getFullYear(), Math.floor(published.getMonth() / 3) + 1];

    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Transparenzbericht' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transparenzbericht');
    await page.getByLabel('Jahr', { exact: true }).selectOption(String(year));
    await page.getByLabel('Quartal', { exact: true }).selectOption({ label: `${quarter}. Quartal` });
    await expect(page.getByRole('heading', { level: 2, name: `${quarter}. Quartal ${year}` })).toBeVisible();
    const row = main(page).getByRole('row', { name: /Oberbürgermeister Dortmund \(Amt\)/ });
    await expect(row).toContainText('Demo Oberbürgermeister');
    await expect(row).toContainText('250,00 €');
    await screenshot(page, testInfo, '04-transparency');
    await expectNoAxeViolations(page);

    await row.getByRole('cell').first().getByRole('link').click();
    await expect(page).toHaveURL(/#posten-\d+-published$/);
    const items = main(page).locator(':target');
    await expect(items).toContainText('Oberbürgermeister Dortmund (Amt): Veröffentlicht (1)');
    await expectNoAxeViolations(page);
    await items.getByRole('link', { name: MAYOR_ITEM }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MAYOR_ITEM);
    await waitForIdle(page);
    await expectNoAxeViolations(page);

    await page.goBack();
    const downloading = page.waitForEvent('download');
    await main(page).getByRole('link', { name: 'CSV-Datei' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`transparenzbericht-${year}-Q${quarter}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain('Stadt Dortmund,Oberbürgermeister Dortmund (Amt),published,,1,');
    await expectNoAxeViolations(page);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
