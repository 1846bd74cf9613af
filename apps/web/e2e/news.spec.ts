import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, signIn, waitForIdle } from './support';

const MAYOR_ITEM = 'Schnellbus Dortmund–Lüdenscheid: Probebetrieb beginnt';
const QUEUED_ITEM = 'Südwestfalen-Tag in Dortmund';
const main = (page: Page) => page.getByRole('main');

/**
 * A reader (signed out) finds the mayor's office's item through the office filter and reads its
 * provenance and a correction's history; the joint office approves the item waiting in the queue.
 * axe on every state.
 */
test.describe('News with provenance', () => {
  test('list → office filter → item with provenance → corrected item → approval queue', async ({ page }, testInfo) => {
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

    await signIn(page, 'geschaeftsstelle@demo.example.org');
    await page.goto('/meldungen/freigabe');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freigaben');
    await waitForIdle(page);
    await expectNoAxeViolations(page);
    await main(page)
      .getByRole('button', { name: `„${QUEUED_ITEM}“ freigeben und veröffentlichen` })
      .click();
    await expect(main(page).getByRole('status')).toHaveText(`„${QUEUED_ITEM}“ ist veröffentlicht.`);
    await expect(main(page)).toContainText('Keine Meldung wartet auf Ihre Freigabe.');
    await screenshot(page, testInfo, '03-queue-approved');
    await expectNoAxeViolations(page);

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
