import { expect, test, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  openAccountMenu,
  nonLocalRequests,
  recordConsoleErrors,
  recordRequests,
  screenshot,
  signIn,
  signOut,
  waitForIdle,
} from './support';

const VELKAMP = 'velkamp@demo.example.org';
const KALTHOEFER = 'kalthoefer@demo.example.org';

const main = (page: Page) => page.getByRole('main');

/** Types into the skill picker and takes the suggestion matching `option` with ↓ and Enter. */
async function addSkill(page: Page, search: string, option: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Skill hinzufügen' });
  await box.fill(search);
  const listbox = page.getByRole('listbox', { name: 'Vorschläge' });
  await expect(listbox.getByRole('option', { name: option }).first()).toBeVisible();
  const options = await listbox.getByRole('option').allTextContents();
  const index = options.findIndex((text) => option.test(text));
  expect(index, `suggestions for ${search}: ${options.join(' | ')}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step <= index; step += 1) await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'hinzugefügt' })).toBeVisible();
}

test.describe('Skills board', () => {
  test('need with two skills → board → matching offer from Südwestfalen → contact request → accepted', async ({ page }, testInfo) => {
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    // Other journeys share this server (and may run first): everything created here carries the suffix.
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const needTitle = `SPS-Inbetriebnahme Förderanlagen ${suffix}`;
    const offerTitle = `SPS-Schulung im Sauerland ${suffix}`;

    // 1. Velkamp (Dortmund) posts a need with two skills picked by keyboard, saves the draft, publishes it.
    await signIn(page, VELKAMP);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Börse' }).click();
    await expect(page).toHaveURL(/\/boerse$/);
    await waitForIdle(page);
    await expectNoAxeViolations(page);
    await main(page).getByRole('link', { name: 'Bedarf melden' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedarf melden');
    await page.getByLabel('Unternehmen').selectOption({ label: 'Velkamp Intralogistik GmbH' });
    await page.getByLabel('Titel').fill(needTitle);
    await page.getByLabel('Beschreibung').fill('Wir nehmen neue Förderanlagen in Betrieb und suchen Verstärkung in der SPS-Programmierung.');
    await page.getByLabel('Art des Bedarfs').selectOption({ label: 'Festanstellung' });
    await page.getByLabel('Themenfeld').selectOption({ label: 'Fachkräfte und Arbeitsmarkt' });
    await page.getByLabel('Anzahl Personen').fill('2');
    await addSkill(page, 'SPS', /Speicherprogrammierbare Steuerung/);
    await addSkill(page, 'Python', /^Python/);
    await page.getByRole('combobox', { name: /^Gewichtung für „Python/ }).selectOption({ label: 'Wunsch' });
    await page.getByRole('combobox', { name: /^Niveau für „Speicherprogrammierbare/ }).selectOption({ label: 'Experte' });
    await expect(page.getByLabel('Einsatzort')).toHaveValue(/.+/);
    await expect(page.getByLabel('Einsatzort').locator('option:checked')).toHaveText('Dortmund');
    await screenshot(page, testInfo, '01-need-form');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();

    await expect(page).toHaveURL(/\/boerse\/bedarfe\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('status').filter({ hasText: 'Als Entwurf gespeichert' })).toBeVisible();
    await expect(main(page)).toContainText('Entwurf – nur für Sie und Ihre Organisation sichtbar');
    await waitForIdle(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Der Bedarf ist veröffentlicht' })).toBeFocused();
    await expect(main(page)).toContainText('Veröffentlicht bis');
    await screenshot(page, testInfo, '02-need-published');

    // The board shows it (search by the unique suffix; other entries may be there too).
    await page.goto(`/boerse?q=${suffix}`);
    const needCard = main(page).getByRole('article', { name: needTitle });
    await expect(needCard).toContainText('Velkamp Intralogistik GmbH');
    await expect(needCard).toContainText('Festanstellung · Dortmund (Dortmund)');
    await expect(needCard).toContainText('ExpertePflicht');
    await expect(main(page).getByText('1 von 1 angezeigt')).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, testInfo, '03-board');
    await expectNoAxeViolations(page);
    await signOut(page);

    // 2. Kalthöfer (Hochsauerlandkreis) offers SPS training, publishes it and finds the need among its matches.
    await signIn(page, KALTHOEFER);
    await page.goto('/boerse/angebote');
    await main(page).getByRole('link', { name: 'Angebot einstellen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Angebot einstellen');
    await page.getByLabel('Anbieter').selectOption({ label: 'Kalthöfer & Söhne Metallbearbeitung GmbH' });
    await page.getByLabel('Art des Angebots').selectOption({ label: 'Weiterbildung' });
    await page.getByLabel('Titel').fill(offerTitle);
    await page.getByLabel('Beschreibung').fill('Praxiskurs SPS-Programmierung (IEC 61131-3) an echten Anlagen, auch bei Ihnen vor Ort.');
    await addSkill(page, 'SPS', /Speicherprogrammierbare Steuerung/);
    await page.getByRole('combobox', { name: /^Niveau für „Speicherprogrammierbare/ }).selectOption({ label: 'Experte' });
    await expect(page.getByLabel('Ort').locator('option:checked')).toHaveText('Meschede');
    await page.getByLabel('Einsatz im Umkreis von (km)').fill('150');
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await expect(page).toHaveURL(/\/boerse\/angebote\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Das Angebot ist veröffentlicht' })).toBeFocused();

    const matches = main(page).getByRole('list', { name: 'Passende Bedarfe' });
    const match = matches.getByRole('article', { name: needTitle });
    await expect(match).toContainText(/1 von 1 Pflicht-Skills · \d+ km · ab sofort verfügbar/);
    await expect(match).toContainText('Dortmund ↔ Südwestfalen');
    await expect(match).toContainText('Gemeinsame Skills: Speicherprogrammierbare Steuerung');
    await expect(match).toContainText('Fehlt: Python');
    await match.getByRole('button', { name: /Kontakt anfragen/ }).click();
    await match.getByLabel('Ihre Nachricht').fill(`Guten Tag, wir schulen Ihr Team gern in SPS-Programmierung (${suffix}).`);
    await waitForIdle(page);
    await screenshot(page, testInfo, '04-offer-matches');
    await expectNoAxeViolations(page);
    await match.getByRole('button', { name: 'Anfrage senden' }).click();
    await expect(match.getByRole('status')).toContainText('Ihre Anfrage ist gesendet');
    await signOut(page);

    // 3. Velkamp was told by mail and sees the open request counted in the header.
    const mailbox = (await (await page.request.get('/dev/mailbox.json')).json()) as {
      messages: Array<{ recipient: string; template: string; text: string }>;
    };
    expect(mailbox.messages.some((m) => m.recipient === VELKAMP && m.template === 'contact-requested' && m.text.includes(suffix))).toBe(true);
    await signIn(page, VELKAMP);
    const banner = page.getByRole('banner');
    const toggle = banner.getByRole('button', { name: /Angemeldet als/ });
    await expect(toggle).toHaveAccessibleName(/\d+ offene Kontaktanfragen?$/);
    const openBefore = Number(/(\d+) offene/.exec((await toggle.textContent()) ?? '')?.[1]);

    // 4. Velkamp accepts in "Kontaktanfragen" and then sees Kalthöfer's address.
    await openAccountMenu(page);
    await banner.getByRole('link', { name: 'Kontaktanfragen' }).click();
    await expect(page).toHaveURL(/\/boerse\/kontakte$/);
    const request = main(page).getByRole('article').filter({ hasText: needTitle });
    await expect(request).toContainText(offerTitle);
    await expect(request).toContainText('Wartet auf Antwort');
    await expect(request).toContainText('Die Kontaktdaten erscheinen hier, sobald die Anfrage angenommen ist.');
    await expect(request.getByRole('link', { name: KALTHOEFER })).toHaveCount(0);
    await waitForIdle(page);
    await expectNoAxeViolations(page);
    await request.getByRole('button', { name: 'Annehmen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Angenommen.' })).toBeFocused();
    const mail = request.getByRole('link', { name: KALTHOEFER });
    await expect(mail).toHaveAttribute('href', `mailto:${KALTHOEFER}`);
    await expect(request).toContainText('Kalthöfer & Söhne Metallbearbeitung GmbH');
    await expect(toggle).toHaveAccessibleName(openBefore > 1 ? new RegExp(`${openBefore - 1} offene Kontaktanfragen?$`) : /^Angemeldet als [^,]+$/);
    await screenshot(page, testInfo, '05-contact-accepted');
    await expectNoAxeViolations(page);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
