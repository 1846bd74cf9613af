import { expect, test } from '@playwright/test';
import { nonLocalRequests, recordRequests, screenshot, seedTopicFields } from './support';

test('the English switch shows English titles and persists', async ({ page }, testInfo) => {
  const requests = recordRequests(page);
  await page.goto('/');
  const titles = page.getByRole('region', { name: 'Die fünf Themenfelder' }).getByRole('heading', { level: 3 });
  await expect(titles).toHaveCount(5);
  const german = await titles.allTextContents();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner portal of the Wirtschaftsinitiative Westfalen');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

  const englishTitles = page.getByRole('region', { name: 'The five topic fields' }).getByRole('heading', { level: 3 });
  const seed = seedTopicFields();
  if (seed) {
    await expect(englishTitles).toHaveText(seed.map((field) => field.titleEn));
  } else {
    await expect(englishTitles).not.toHaveText(german);
  }
  await expect(page.getByRole('contentinfo')).toContainText('Demo data: companies are fictional');
  await screenshot(page, testInfo, 'home-english');

  // The choice survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner portal of the Wirtschaftsinitiative Westfalen');

  expect(nonLocalRequests(requests)).toEqual([]);
});
