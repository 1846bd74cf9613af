import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, signIn, signOut, waitForIdle } from './support';

const KALTHOEFER = 'kalthoefer@demo.example.org';
const JOINT_OFFICE = 'geschaeftsstelle@demo.example.org';
const COMPANY = 'Kalthöfer & Söhne Metallbearbeitung GmbH';
const PROJECT = 'KI-Initiative Südwestfalen–Dortmund';
const FIELD_PATH = '/themenfelder/it-competence';

const main = (page: Page) => page.getByRole('main');
const projectCard = (page: Page) => main(page).getByRole('article', { name: PROJECT });

test.describe('Project workspaces', () => {
  test('a company applies to the AI initiative, the lead accepts, the company appears as participant on the topic-field page', async ({
    page,
  }, testInfo) => {
    // Two sign-ins and eight axe runs: more than the default minute on a loaded machine.
    test.setTimeout(150_000);
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);

    // 1. The public topic-field page: the AI initiative, without the company, links to its workspace.
    await page.goto(FIELD_PATH);
    await waitForIdle(page);
    await expect(projectCard(page)).toBeVisible();
    await expect(projectCard(page)).not.toContainText(COMPANY);
    await expectNoAxeViolations(page);
    await projectCard(page)
      .getByRole('link', { name: `Zum Projektraum: ${PROJECT}` })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROJECT);
    await waitForIdle(page);
    await expect(main(page)).toContainText('Offen für weitere Organisationen');
    await expect(main(page).getByRole('heading', { name: 'Beteiligung beantragen' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const workspace = page.url();

    // 2. The company applies as pilot user with a note.
    await signIn(page, KALTHOEFER);
    await page.goto(workspace);
    await waitForIdle(page);
    await expect(main(page).getByRole('heading', { name: 'Beteiligung beantragen' })).toBeVisible();
    await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue(/.+/);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Pilotanwender' });
    await page.getByLabel('Was bringen Sie ein?').fill('Wir möchten die Qualitätsprüfung unserer Drehteile mit Bilderkennung erproben.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Bewerbung senden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ihre Bewerbung ist bei der Federführung eingegangen.' })).toBeFocused();
    const mine = main(page).getByRole('region', { name: 'Bewerbungen Ihrer Organisationen' });
    await expect(mine.getByRole('article', { name: COMPANY })).toContainText('Offen');
    await screenshot(page, testInfo, '01-applied');
    await expectNoAxeViolations(page);
    await signOut(page);

    // 3. The lead's member (the joint office's organisation leads the initiative) sees the application with board skills and accepts.
    await signIn(page, JOINT_OFFICE);
    await page.goto(workspace);
    await waitForIdle(page);
    const applications = main(page).getByRole('region', { name: 'Bewerbungen' });
    const application = applications.getByRole('article', { name: COMPANY });
    await expect(application).toContainText('Pilotanwender');
    await expect(application).toContainText('Kompetenzen laut Börse');
    await expectNoAxeViolations(page);
    await application.getByRole('button', { name: `${COMPANY} aufnehmen` }).click();
    await expect(page.getByRole('status').filter({ hasText: `${COMPANY} ist jetzt am Projekt beteiligt.` })).toBeFocused();
    await expect(application).toContainText('Angenommen');
    await expect(main(page).getByRole('region', { name: 'Beteiligte Organisationen' })).toContainText(`${COMPANY} – Pilotanwender`);
    await screenshot(page, testInfo, '02-accepted');
    await expectNoAxeViolations(page);

    // 3b. The joint office opens "Projekt vorschlagen" from the topic-field page; an empty submit shows the error summary (axe-checked, nothing sent).
    await page.goto(FIELD_PATH);
    await waitForIdle(page);
    await main(page).getByRole('link', { name: 'Projekt vorschlagen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projekt vorschlagen');
    await waitForIdle(page);
    await expect(page.getByLabel('Themenfeld')).toHaveValue('IT_COMPETENCE');
    await page.getByRole('button', { name: 'Projekt vorschlagen' }).click();
    await expect(main(page).getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' })).toBeVisible();
    await expectNoAxeViolations(page);
    await signOut(page);

    // 4. The public topic-field page lists the company among the initiative's participants.
    await page.goto(FIELD_PATH);
    await waitForIdle(page);
    await expect(projectCard(page).getByRole('link', { name: COMPANY })).toBeVisible();
    await expect(projectCard(page)).toContainText(`${COMPANY} (Pilotanwender)`);
    await screenshot(page, testInfo, '03-participant');
    await expectNoAxeViolations(page);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
