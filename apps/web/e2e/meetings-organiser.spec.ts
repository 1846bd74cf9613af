import { readFile } from 'node:fs/promises';
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  graphql,
  nonLocalRequests,
  recordConsoleErrors,
  recordRequests,
  screenshot,
  signIn,
  waitForIdle,
} from './support';

const DENKRAUM = 'Denkraum: Digitalisierung im Mittelstand';
const TITLE = 'Zweites Bürgermeistertreffen Westfalen';
const main = (page: Page) => page.getByRole('main');
const invitations = (page: Page) => main(page).getByRole('region', { name: 'Einladungen' });

/** A Berlin calendar day four weeks ahead, as the date input wants it (YYYY-MM-DD). */
function dayAhead(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + 28 * 86_400_000));
}

/**
 * The organiser's side: the joint office creates a mayors' meeting with an agenda (reordered by
 * keyboard-operable buttons), invites the mayors' offices, sees the demo mayor's answer (given
 * through the API: answering in the web belongs to the participant side), edits the meeting and
 * cancels it with a reason; then checks a participant of the demo Denkraum in by code and
 * downloads the registrations as CSV. axe on every state.
 */
test.describe('Organising a meeting', () => {
  test('create with agenda → invite the offices → the mayor accepts → edit → cancel', async ({ page, baseURL }, testInfo) => {
    test.setTimeout(120_000);
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);

    // 1. The joint office opens the editor from the calendar; an empty submit lists what is missing.
    await signIn(page, 'geschaeftsstelle@demo.example.org');
    await page.goto('/veranstaltungen');
    await main(page).getByRole('link', { name: 'Veranstaltung anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veranstaltung anlegen');
    await waitForIdle(page);
    await main(page).getByRole('button', { name: 'Veranstaltung anlegen' }).click();
    const summary = main(page).locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Veranstalter: Bitte wählen Sie den Veranstalter.');
    await expect(summary).toContainText('Beginn: Datum: Bitte geben Sie Datum und Uhrzeit des Beginns an.');
    await screenshot(page, testInfo, '01-editor-errors');
    await expectNoAxeViolations(page);

    // 2. The meeting: organiser, title, kind, time, place, invited only, and an agenda of two items.
    await main(page).getByLabel('Organisation suchen').fill('Wirtschaftsförderung Dortmund');
    await expect(
      main(page).getByRole('combobox', { name: 'Organisation' }).locator('option', { hasText: 'Wirtschaftsförderung Dortmund' }),
    ).toHaveCount(1);
    await main(page).getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Wirtschaftsförderung Dortmund' });
    await main(page).getByLabel('Titel', { exact: true }).first().fill(TITLE);
    await main(page).getByLabel('Art', { exact: true }).selectOption({ label: 'Bürgermeistertreffen' });
    await main(page).getByLabel('Beginn: Datum').fill(dayAhead());
    await main(page).getByLabel('Beginn: Uhrzeit').fill('17:00');
    await main(page).getByLabel('Ende: Uhrzeit').fill('19:00');
    await main(page).getByLabel('Ort (Adresse, Raum)').fill('Rathaus Dortmund, Friedensplatz 1');
    await main(page).getByLabel('Sichtbarkeit').selectOption({ label: 'Nur auf Einladung' });
    const agenda = main(page).getByRole('group', { name: 'Tagesordnung' });
    await agenda.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    await expect(agenda.getByRole('group', { name: 'Punkt 1' }).getByLabel('Titel')).toBeFocused();
    await page.keyboard.type('Begrüßung');
    await agenda.getByRole('group', { name: 'Punkt 1' }).getByLabel('Dauer in Minuten').fill('10');
    await agenda.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    await page.keyboard.type('Fachkräfte zwischen Dortmund und Südwestfalen');
    await agenda.getByRole('group', { name: 'Punkt 2' }).getByLabel('Dauer in Minuten').fill('60');
    // Reordering by keyboard: focus stays with the moved item, the new place is announced.
    await agenda.getByRole('button', { name: 'Punkt 2 nach oben' }).focus();
    await page.keyboard.press('Enter');
    await expect(agenda.getByRole('group', { name: 'Punkt 1' }).getByLabel('Titel')).toHaveValue('Fachkräfte zwischen Dortmund und Südwestfalen');
    await expect(agenda.getByRole('button', { name: 'Punkt 1 nach unten' })).toBeFocused();
    await expect(main(page).getByRole('status')).toHaveText('„Fachkräfte zwischen Dortmund und Südwestfalen“ steht jetzt an Stelle 1.');
    await screenshot(page, testInfo, '02-editor-filled');
    await expectNoAxeViolations(page);
    await main(page).getByRole('button', { name: 'Veranstaltung anlegen' }).click();

    // 3. The meeting page: the agenda in the new order, the organiser's tools and the invitations.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await waitForIdle(page);
    const items = main(page).getByRole('region', { name: 'Tagesordnung' }).getByRole('listitem');
    await expect(items.first()).toContainText('Fachkräfte zwischen Dortmund und Südwestfalen');
    await expect(items.nth(1)).toContainText('Begrüßung');
    await expect(invitations(page)).toContainText('Noch niemand eingeladen.');
    const meetingUrl = page.url();
    const meetingId = meetingUrl.split('/').pop()!;

    // 4. Invite the mayors' offices: filter by title, take all shown.
    await invitations(page).getByLabel('Ämter filtern').fill('Oberbürgermeister');
    await invitations(page)
      .getByRole('button', { name: /angezeigte/ })
      .click();
    await expect(invitations(page).getByRole('checkbox', { name: /Oberbürgermeister Dortmund/ })).toBeChecked();
    await invitations(page).getByRole('button', { name: 'Einladungen senden' }).click();
    await expect(invitations(page).getByRole('status')).toHaveText('Die Einladung ist verschickt.');
    const mayorRow = invitations(page).getByRole('row', { name: /Oberbürgermeister Dortmund/ });
    await expect(mayorRow).toContainText('Offen');
    await screenshot(page, testInfo, '03-invited');
    await expectNoAxeViolations(page);

    // 5. The demo mayor accepts for his office (through the API, in a session of his own).
    const mayor = await playwrightRequest.newContext({ baseURL });
    await graphql(mayor, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'oberbuergermeister@demo.example.org', password: DEMO_PASSWORD },
    });
    const mine = await graphql<{ myMeetingInvitations: Array<{ id: string; meeting: { id: string } }> }>(
      mayor,
      '{ myMeetingInvitations { id meeting { id } } }',
    );
    const invitation = mine.myMeetingInvitations.find((i) => i.meeting.id === meetingId)!;
    await graphql(mayor, 'mutation($input: AnswerMeetingInvitationInput!) { answerMeetingInvitation(input: $input) { id } }', {
      input: { invitationId: invitation.id, answer: 'YES' },
    });
    await mayor.dispose();
    await page.reload();
    await waitForIdle(page);
    await expect(mayorRow).toContainText('Zugesagt');
    await expect(mayorRow).toContainText('Demo Oberbürgermeister');

    // 6. Edit: the form comes back filled in; a changed title is saved.
    await main(page).getByRole('link', { name: 'Veranstaltung bearbeiten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veranstaltung bearbeiten');
    await waitForIdle(page);
    await expect(main(page).getByRole('group', { name: 'Punkt 2' }).getByLabel('Titel')).toHaveValue('Begrüßung');
    await expectNoAxeViolations(page);
    await main(page).getByLabel('Titel', { exact: true }).first().fill(`${TITLE} (verlegt)`);
    await main(page).getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${TITLE} (verlegt)`);

    // 7. Cancel with a reason: an empty reason is refused, then the page says "Abgesagt" and why; invitations stay.
    await main(page).getByRole('button', { name: 'Veranstaltung absagen …' }).click();
    await expect(main(page).getByLabel('Grund der Absage')).toBeFocused();
    await main(page).getByRole('button', { name: 'Verbindlich absagen' }).click();
    await expect(main(page).getByLabel('Grund der Absage')).toHaveAccessibleDescription(/Bitte nennen Sie einen Grund/);
    await expectNoAxeViolations(page);
    await main(page).getByLabel('Grund der Absage').fill('Der Termin wird mit der Landrätekonferenz zusammengelegt.');
    await main(page).getByRole('button', { name: 'Verbindlich absagen' }).click();
    await expect(main(page).getByRole('status').first()).toHaveText('Die Veranstaltung ist abgesagt.');
    await expect(main(page)).toContainText('Grund: Der Termin wird mit der Landrätekonferenz zusammengelegt.');
    await expect(main(page).getByRole('button', { name: 'Veranstaltung absagen …' })).toHaveCount(0);
    await expect(mayorRow).toContainText('Zugesagt');
    const ics = await (await page.request.get(`/meetings/${meetingId}/calendar.ics`)).text();
    expect(ics).toContain('STATUS:CANCELLED');
    await screenshot(page, testInfo, '04-cancelled');
    await expectNoAxeViolations(page);

    // 8. The organisers' list of the demo Denkraum: check-in by code, CSV export.
    await page.goto('/veranstaltungen?art=denkraum-workshop');
    await main(page).getByRole('link', { name: DENKRAUM }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DENKRAUM);
    await waitForIdle(page);
    const list = main(page).getByRole('region', { name: 'Anmeldungen und Anwesenheit' });
    const karl = list.getByRole('row', { name: /Kalthöfer/ });
    const code = (await karl.locator('.meeting-code-cell').textContent())!;
    await list.getByRole('textbox', { name: 'Anmeldecode' }).fill(` ${code.toLowerCase()} `);
    await list.getByRole('button', { name: 'Einlassen' }).click();
    await expect(list.getByRole('status')).toHaveText(/ist eingelassen\.$/);
    await expect(karl).toContainText('Anwesend');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'Anmeldungen als CSV herunterladen' }).click(),
    ]);
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFNr.;Name;Organisation;Status;Wartelistenplatz;Code;Anwesenheit');
    expect(csv).toContain(`;${code};Anwesend`);
    await screenshot(page, testInfo, '05-participants');
    await expectNoAxeViolations(page);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
