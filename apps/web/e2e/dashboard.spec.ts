import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, signIn, waitForIdle } from './support';

const MAYOR = 'oberbuergermeister@demo.example.org';
const COMPANY = 'velkamp@demo.example.org';

const main = (page: Page) => page.getByRole('main');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });
const panel = (page: Page, name: string) => main(page).getByRole('region', { name, exact: true });

/** A figure as the dashboard writes it: a number ("1.234", "57 %") or "< 3" / "geschützt" / "–" / "nicht ausgewiesen …". */
const FIGURE = /^(\d[\d.]*( %)?|< 3|geschützt|–|nicht ausgewiesen \(weniger als 3\))$/;

const PANELS: ReadonlyArray<{ name: string; kpi?: string; figure: string }> = [
  { name: 'Organisationen', kpi: 'Registrierte Organisationen', figure: 'Organisationen nach Region' },
  { name: 'Fachkräfte und Kompetenzen', kpi: 'Offene Bedarfe', figure: 'Bedarfe nach Themenfeld' },
  { name: 'Verbindungen', kpi: 'Kontaktanfragen (Matches)', figure: 'Kontaktanfragen zwischen Dortmund und den Kreisen Südwestfalens' },
  { name: 'Digitale Werkbank', kpi: 'Buchungen', figure: 'Werkbank-Buchungen nach Themenfeld' },
  { name: 'Themenfelder', figure: 'Projekte nach Status' },
  { name: 'Coworking', kpi: 'Gebuchte Schreibtischtage', figure: 'Schreibtischtage nach Region des Co-Working-Orts' },
  { name: 'Regionaler Kontext', figure: 'Pendlerinnen und Pendler zwischen Dortmund und den Kreisen Südwestfalens' },
  { name: 'Veranstaltungen', kpi: 'Durchgeführte Veranstaltungen', figure: 'Teilnehmende nach Region ihrer Organisation' },
];

test.describe('Partnership dashboard', () => {
  test('the mayor opens the dashboard: panels, tables, CSV, filters, print view; accessible', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);

    // 1. From the navigation, which shows the entry to the mayor (OFFICIAL through his office).
    await signIn(page, MAYOR);
    await nav(page).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnerschafts-Dashboard');
    // The server refreshes the views at start and then every DASHBOARD_REFRESH_SECONDS (off by default
    // under NODE_ENV=test); until the first refresh the page says the figures are being calculated.
    await expect(
      main(page).getByText(/^Stand: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/),
      'the server must have refreshed the dashboard views',
    ).toBeVisible({ timeout: 45_000 });
    await expect(main(page).getByText(/Werte unter 3 werden als „< 3“ ausgewiesen/)).toBeVisible();

    // 2. Every panel with a figure and a chart (or table) of its own.
    for (const { name, kpi, figure } of PANELS) {
      const region = panel(page, name);
      await expect(region).toBeVisible();
      if (kpi) {
        const value = region.locator('.kpi-list__item', { has: page.getByText(kpi, { exact: true }) }).locator('dd');
        await expect(value).toHaveText(FIGURE);
      }
      await expect(region.getByRole('heading', { level: 3, name: figure })).toBeVisible();
    }
    await expect(panel(page, 'Regionaler Kontext')).toContainText('IT.NRW');
    await expect(panel(page, 'Verbindungen').getByRole('table', { name: /Verbindungsmatrix: Kontaktanfragen/ })).toBeVisible();
    await expect(main(page).locator('.recharts-surface').first()).toBeVisible();
    await waitForIdle(page);
    // The value axes are written like the tables (130.000), never as 130000.
    await expect
      .poll(async () => {
        const ticks = await main(page).locator('.recharts-cartesian-axis-tick-value').allTextContents();
        return { unseparated: ticks.filter((text) => /^\d{4,}$/.test(text)), separated: ticks.some((text) => /^\d{1,3}(\.\d{3})+$/.test(text)) };
      })
      .toEqual({ unseparated: [], separated: true });
    await screenshot(page, testInfo, '01-dashboard');
    await expectNoAxeViolations(page);

    // 3. Each panel's chart as a table.
    for (const { name, figure } of PANELS) {
      const block = panel(page, name).getByRole('group', { name: figure });
      await block.getByRole('button', { name: 'Tabelle anzeigen' }).click();
      const table = block.getByRole('table', { name: figure });
      await expect(table).toBeVisible();
      await expect(table.getByRole('rowheader').first()).toBeVisible();
      await expect(block.getByRole('button', { name: 'Diagramm anzeigen' })).toBeVisible();
    }
    await screenshot(page, testInfo, '02-tables');
    await expectNoAxeViolations(page);

    // 4. A CSV download: BOM, German header, rows; suppressed cells never as 1 or 2.
    const connections = panel(page, 'Verbindungen').getByRole('group', { name: 'Kontaktanfragen zwischen Dortmund und den Kreisen Südwestfalens' });
    const [download] = await Promise.all([page.waitForEvent('download'), connections.getByRole('button', { name: /CSV herunterladen/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dashboard-verbindungen-\d{4}-Q[1-4]\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Kreis;Bedarf in Dortmund, Angebot im Kreis;davon angenommen (Bedarf in Dortmund);Bedarf im Kreis, Angebot in Dortmund;davon angenommen (Bedarf im Kreis)',
    );
    expect(lines[1]).toMatch(/^Hochsauerlandkreis(;(\d+|< 3|geschützt)){4}$/);

    // 5. Period and region filters, in the URL.
    await main(page).getByLabel('Zeitraum', { exact: true }).selectOption('YEAR');
    await expect(page).toHaveURL(/\/dashboard\?zeitraum=\d{4}$/);
    await main(page).getByLabel('Region', { exact: true }).selectOption({ label: 'Märkischer Kreis' });
    await expect(page).toHaveURL(/zeitraum=\d{4}&region=maerkischer-kreis$/);
    await expect(main(page).locator('.dashboard-status')).toContainText('RegionMärkischer Kreis');
    await waitForIdle(page);
    await expect(panel(page, 'Organisationen').locator('.kpi-list dd').first()).toHaveText(FIGURE);
    await main(page).getByLabel('Zeitraum', { exact: true }).selectOption('MONTH');
    await expect(page).toHaveURL(/zeitraum=\d{4}-\d{2}&region=maerkischer-kreis$/);
    await waitForIdle(page);
    await screenshot(page, testInfo, '03-filtered');

    // 6. The print view with the same filters: tables only, a print button, navigation hidden on paper.
    await main(page).getByRole('link', { name: 'Druckansicht' }).click();
    await expect(page).toHaveURL(/\/dashboard\/druck\?zeitraum=\d{4}-\d{2}&region=maerkischer-kreis$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnerschafts-Dashboard – Druckansicht');
    await expect(main(page).getByText(/^Stand: /)).toBeVisible();
    await expect(main(page).locator('.dashboard-status')).toContainText('Märkischer Kreis');
    await expect(main(page).getByRole('table').first()).toBeVisible();
    // Every figure as a table, or "Keine Zahlen." where the period has none (e.g. no skill gap in a small district).
    const tables = await main(page).getByRole('table').count();
    const empty = await main(page).getByText('Keine Zahlen.', { exact: true }).count();
    expect(tables).toBeGreaterThanOrEqual(8);
    expect(tables + empty).toBeGreaterThanOrEqual(14);
    await expect(main(page).getByRole('img')).toHaveCount(0);
    await waitForIdle(page);
    await expectNoAxeViolations(page);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await main(page).getByRole('button', { name: 'Drucken' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    await expect(nav(page)).toBeHidden();
    await expect(main(page).getByRole('button', { name: 'Drucken' })).toBeHidden();
    await screenshot(page, testInfo, '04-print');
    await page.emulateMedia({ media: 'screen' });

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('a company user has no navigation entry and gets "no access" at the URL', async ({ page }, testInfo) => {
    await signIn(page, COMPANY);
    await expect(nav(page).getByRole('link', { name: 'Werkbank' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
    await expect(main(page)).toContainText('Ihr Konto hat keine dieser Rollen');
    await page.goto('/dashboard/druck');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
    await screenshot(page, testInfo, '01-no-access');
    await expectNoAxeViolations(page);
  });

  test('anyone reads the partnership in figures at /zahlen: map, a quarter, CSV and JSON', async ({ page }, testInfo) => {
    // With the demo activity every table is filled: axe runs twice over a much larger page.
    test.setTimeout(120_000);
    const requests = recordRequests(page);
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Die Partnerschaft in Zahlen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Die Partnerschaft in Zahlen');
    await expect(main(page).getByRole('img', { name: /^Karte der Regionen/ })).toBeVisible();
    for (const name of ['Organisationen', 'Verbindungen', 'Themenfelder', 'Coworking', 'Regionaler Kontext'])
      await expect(panel(page, name)).toBeVisible();
    await expect(panel(page, 'Digitale Werkbank')).toHaveCount(0);
    await waitForIdle(page);
    await screenshot(page, testInfo, '10-public-figures');
    await expectNoAxeViolations(page);

    const quarter = await main(page)
      .getByRole('combobox', { name: 'Zeitraum' })
      .locator('optgroup')
      .nth(1)
      .locator('option')
      .first()
      .getAttribute('value');
    await main(page).getByRole('combobox', { name: 'Zeitraum' }).selectOption(quarter!);
    await expect(page).toHaveURL(new RegExp(`/zahlen\\?zeitraum=${quarter}$`));
    // The figures of the quarter have arrived (until then the year's stay on screen, marked busy).
    await expect(main(page).locator('.dashboard-status strong')).toHaveText(/Quartal/);
    const organisations = panel(page, 'Organisationen');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      organisations
        .getByRole('button', { name: /CSV herunterladen/ })
        .first()
        .click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`zahlen-organisationen-regionen-${quarter}.csv`);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      main(page).getByRole('button', { name: 'Alle Zahlen als JSON herunterladen' }).click(),
    ]);
    expect(json.suggestedFilename()).toBe(`zahlen-${quarter}.json`);
    const document = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
      licence: { url: string };
      period: { kind: string };
      datasets: Array<{ id: string }>;
    };
    expect(document.licence.url).toBe('https://www.govdata.de/dl-de/by-2-0');
    expect(document.period.kind).toBe('QUARTER');
    expect(document.datasets.map((dataset) => dataset.id)).toContain('organisationen-regionen');
    await expectNoAxeViolations(page);
    expect(nonLocalRequests(requests)).toEqual([]);
  });
});
