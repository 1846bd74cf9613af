import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, seedTopicFields, waitForIdle } from './support';

test.describe('Partnerportal journey', () => {
  test('home → topic field → organisations filtered by region → organisation page', async ({ page }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);

    // 1. Home, in German by default, with the five topic fields.
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnerportal der Wirtschaftsinitiative Westfalen');
    const fields = page.getByRole('region', { name: 'Die fünf Themenfelder' }).getByRole('listitem');
    await expect(fields).toHaveCount(5);
    await expect(page.getByRole('progressbar')).toHaveCount(5);
    const seed = seedTopicFields();
    if (seed) {
      for (const field of seed) await expect(page.getByRole('link', { name: field.titleDe, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('contentinfo')).toContainText('Demo-Daten: Unternehmen sind fiktiv');
    await screenshot(page, testInfo, '01-home');
    await expectNoAxeViolations(page);

    // 2. Open a topic field: its projects and milestones are shown.
    const fieldLink = fields.first().getByRole('link');
    const fieldTitle = (await fieldLink.textContent())?.trim() ?? '';
    await fieldLink.click();
    await expect(page).toHaveURL(/\/themenfelder\/[a-z]+(?:-[a-z]+)*$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fieldTitle);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const project = page.locator('article.project').first();
    await expect(project).toBeVisible();
    await expect(project.getByRole('heading', { level: 3 })).not.toBeEmpty();
    const milestones = project.getByRole('list', { name: 'Meilensteine' }).getByRole('listitem');
    expect(await milestones.count()).toBeGreaterThan(0);
    await expect(milestones.first()).toContainText(/Erledigt|Offen|Überfällig/);
    await expect(milestones.first()).toContainText(/\d{1,2}\. \p{L}+ \d{4}/u);
    await screenshot(page, testInfo, '02-topic-field');
    await expectNoAxeViolations(page);

    // 3. Organisations directory.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Organisationen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisationen');
    await waitForIdle(page);
    const results = page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('listitem');
    await expect(results.first()).toBeVisible();
    await screenshot(page, testInfo, '03-organisations');
    await expectNoAxeViolations(page);

    // 4. Filter by region: the URL carries the filter and only that region is listed.
    await page.getByLabel('Region').selectOption({ label: 'Märkischer Kreis' });
    await expect(page).toHaveURL(/[?&]region=maerkischer-kreis(&|$)/);
    await waitForIdle(page);
    await expect(page.getByRole('status').filter({ hasText: 'gefunden' })).toBeVisible();
    const count = await results.count();
    expect(count).toBeGreaterThan(0);
    const regions = await results.locator('.org-item__region').allTextContents();
    expect(regions).toHaveLength(count);
    expect(new Set(regions)).toEqual(new Set(['Märkischer Kreis']));
    await screenshot(page, testInfo, '04-organisations-maerkischer-kreis');
    await expectNoAxeViolations(page);

    // 5. Open an organisation: its name is the page heading.
    const orgLink = results.first().getByRole('link');
    const orgName = (await orgLink.textContent())?.trim() ?? '';
    await orgLink.click();
    await expect(page).toHaveURL(/\/organisationen\/[^/?#]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(orgName);
    await expect(page.getByRole('region', { name: 'Steckbrief' })).toContainText('Märkischer Kreis');
    await expect(page.getByRole('link', { name: 'Zurück zum Verzeichnis' })).toHaveAttribute('href', /\/organisationen\?region=maerkischer-kreis$/);
    await screenshot(page, testInfo, '05-organisation');
    await expectNoAxeViolations(page);

    // 6. Back button restores the filtered directory.
    await page.goBack();
    await expect(page).toHaveURL(/[?&]region=maerkischer-kreis(&|$)/);
    await expect(page.getByLabel('Region')).toHaveValue('MAERKISCHER_KREIS');

    // Nothing was loaded from anywhere but this server, and the security policy refused nothing.
    expect(requests.length).toBeGreaterThan(0);
    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('lead organisation ↔ project deep link', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/themenfelder/it-competence');
    const project = page.locator('article.project').first();
    const projectTitle = (await project.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
    const lead = project.locator('.facts__row').first().getByRole('link');
    const leadName = (await lead.textContent())?.trim() ?? '';
    await lead.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(leadName);

    const participations = page.getByRole('region', { name: 'Projektbeteiligungen' });
    const participation = participations.getByRole('listitem').filter({ hasText: projectTitle });
    await expect(participation).toContainText('Federführung');
    await participation.getByRole('link', { name: projectTitle, exact: true }).click();
    await expect(page).toHaveURL(/\/themenfelder\/it-competence#projekt-[a-z0-9-]+$/);
    await expect(page.getByRole('article', { name: projectTitle })).toBeFocused();
    expect(nonLocalRequests(requests)).toEqual([]);
  });

  test('unknown organisation and unknown page show not-found states', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/organisationen/gibt-es-nicht');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation nicht gefunden');
    await page.goto('/irgendwo/anders');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    expect(nonLocalRequests(requests)).toEqual([]);
  });
});
