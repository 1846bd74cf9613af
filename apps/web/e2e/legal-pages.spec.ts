import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, signIn, waitForIdle } from './support';

test('legal pages: footer link → page in both languages; an administrator publishes a new version', async ({ page }, testInfo) => {
  const requests = recordRequests(page);
  const consoleErrors = recordConsoleErrors(page);
  const marker = `Geschäftsstelle der Wirtschaftsinitiative, Testlauf ${Date.now().toString(36)}`;

  // 1. Every page's footer links the legal pages; the default text says what the operator must fill in.
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Rechtliches' }).getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click();
  await expect(page).toHaveURL(/\/barrierefreiheit$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeVisible();
  await expect(page.getByText(/^Stand: .* \(Version \d+\)$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Feedback und Kontakt' })).toBeVisible();
  await expect(page.locator('.legal-text')).toContainText('[Vom Betreiber auszufüllen:');
  await waitForIdle(page);
  await expectNoAxeViolations(page);

  // Same address, English text after the language switch.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  await expect(page.locator('.legal-text')).toContainText('[To be completed by the operator:');
  await waitForIdle(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Deutsch' }).click();

  // 2. The administrator edits the Impressum: the new version is published with its date.
  await signIn(page, 'admin@demo.example.org');
  await page.goto('/impressum');
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(page).toHaveURL(/\/impressum\/bearbeiten$/);
  const german = page.getByRole('textbox', { name: 'Text auf Deutsch' });
  await expect(german).toHaveValue(/Vom Betreiber auszufüllen/);
  await waitForIdle(page);
  await expectNoAxeViolations(page);
  await german.fill(`## Angaben gemäß § 5 DDG\n\n**${marker}**\nMusterstraße 1, 44135 Dortmund`);
  await page.getByRole('button', { name: 'Neue Version veröffentlichen' }).click();
  const saved = page.getByRole('status').filter({ hasText: /^Version \d+ ist veröffentlicht\.$/ });
  await expect(saved).toBeVisible();
  const version = /Version (\d+)/.exec((await saved.textContent()) ?? '')?.[1];
  await expect(page.getByRole('heading', { level: 2, name: 'Versionen' })).toBeVisible();
  await expect(page.getByText(`Version ${version} vom`)).toContainText('Demo Administration');
  await waitForIdle(page);
  await screenshot(page, testInfo, 'legal-editor');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Zur veröffentlichten Seite' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Stand: .* \\(Version ${version}\\)$`))).toBeVisible();
  await expect(page.locator('.legal-text strong')).toHaveText(marker);
  await waitForIdle(page);
  await expectNoAxeViolations(page);

  expect(nonLocalRequests(requests)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
