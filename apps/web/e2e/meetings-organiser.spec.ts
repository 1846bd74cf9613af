import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, graphql, nonLocalRequests, recordConsoleErrors, recordRequests, screenshot, signIn, waitForIdle } from './support';

const DENKRAUM = 'Denkraum: Digitalisierung im Mittelstand';
const TITLE = 'Zweites Bürgermeistertreffen Westfalen';
const ROUND = 'Lenkungsrunde IT-Kompetenz';
const MILESTONE = 'Landkarte um Südwestfalen erweitert';
const main = (page: Page) => page.getByRole('main');
const invitations = (page: Page) => main(page).getByRole('region', { name: 'Einladungen' });

/** A Berlin calendar day four weeks ahead, as the date input wants it (YYYY-MM-DD). */
function dayAhead(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + 28 * 86_400_000));
}

/**
 * The organiser's side: the joint office creates a mayors' meeting with an agenda (reordered by
 * keyboard-operable buttons), invites the mayors' offices, sees the demo mayor's answer (given on
 * the meeting page in a browser session of his own), edits the meeting and
 * cancels it with a reason; then checks a participant of the demo Denkraum in by code and
 * downloads the registrations as CSV; after a steering round it publishes minutes with a decision
 * whose milestone then shows on the project and topic-field pages. axe on every state.
 */
test.describe('Organising a meeting', () => {
  test('create with agenda → invite the offices → the mayor accepts → edit → cancel', async ({ page, browser, baseURL }, testInfo) => {
    test.setTimeout(180_000);
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

    // 5. The demo mayor accepts for his office on the meeting page, in a browser session of his own.
    const mayorContext = await browser.newContext({ baseURL, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const mayorPage = await mayorContext.newPage();
    await signIn(mayorPage, 'oberbuergermeister@demo.example.org');
    await mayorPage.goto(meetingUrl);
    const answer = main(mayorPage).getByRole('region', { name: 'Ihre Einladung' });
    await answer.getByLabel(/Ihre Antwort/).selectOption('YES');
    await answer.getByRole('button', { name: 'Antwort senden' }).click();
    await expect(answer).toContainText(`Ihre Antwort zu „${TITLE}“ ist gespeichert.`);
    await expectNoAxeViolations(mayorPage);
    await mayorContext.close();
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

    // 9. After a steering round (created through the API as having started two hours ago): the joint
    // office writes the minutes with a decision that creates a milestone, and publishes them.
    const { myOrganisations } = await graphql<{ myOrganisations: Array<{ id: string; name: string }> }>(
      page.request,
      '{ myOrganisations { id name } }',
    );
    const started = new Date(Date.now() - 2 * 3_600_000);
    const { createMeeting: round } = await graphql<{ createMeeting: { id: string } }>(
      page.request,
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      {
        input: {
          organiserId: myOrganisations.find((o) => o.name === 'Wirtschaftsförderung Dortmund')!.id,
          title: ROUND,
          kind: 'STEERING_ROUND',
          topicFields: ['IT_COMPETENCE'],
          startsAt: started.toISOString(),
          endsAt: new Date(started.getTime() + 90 * 60_000).toISOString(),
          format: 'IN_PERSON',
          place: 'Rathaus Dortmund, Friedensplatz 1',
          visibility: 'PUBLIC',
          agenda: [{ title: 'Landkarte der IT-Kompetenzen', durationMinutes: 45 }],
        },
      },
    );
    await page.goto(`/veranstaltungen/${round.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUND);
    await waitForIdle(page);
    const editor = main(page).getByRole('region', { name: 'Protokoll schreiben' });
    await editor.getByRole('button', { name: 'Protokoll schreiben' }).click();
    await editor.getByLabel('Protokoll zu „Landkarte der IT-Kompetenzen“').fill('Die Landkarte geht in die zweite Runde.');
    await editor.getByRole('button', { name: 'Beschluss hinzufügen' }).click();
    await editor.getByLabel('Beschlusstext (Deutsch)').fill('Die Partner erweitern die Landkarte um Südwestfalen.');
    await editor.getByRole('checkbox', { name: 'Legt einen Meilenstein an oder verschiebt ihn' }).check();
    await editor.getByRole('combobox', { name: 'Projekt', exact: true }).selectOption({ label: 'Landkarte der IT-Kompetenzen' });
    await editor.getByLabel('Titel des Meilensteins').fill(MILESTONE);
    await editor.getByRole('combobox', { name: 'Verantwortliche Organisation' }).selectOption({ index: 1 });
    await editor.getByLabel('Fällig am').fill(dayAhead());
    await expectNoAxeViolations(page);
    await editor.getByRole('button', { name: 'Protokoll veröffentlichen' }).click();
    await expect(editor.getByRole('button', { name: 'Veröffentlichen' })).toBeFocused();
    await screenshot(page, testInfo, '06-minutes-confirm');
    await expectNoAxeViolations(page);
    await editor.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect(main(page).getByText('Das Protokoll ist veröffentlicht.')).toBeVisible();
    const minutes = main(page).getByRole('region', { name: 'Protokoll und Beschlüsse' });
    await expect(minutes).toContainText('Beschluss 1: Die Partner erweitern die Landkarte um Südwestfalen.');
    await expect(minutes).toContainText(`Meilenstein „${MILESTONE}“ im Projekt Landkarte der IT-Kompetenzen · Offen`);
    await screenshot(page, testInfo, '07-minutes-published');
    await expectNoAxeViolations(page);

    // 10. The topic-field page shows the milestone with the decision and a link back to the meeting.
    await minutes.getByRole('link', { name: 'Landkarte der IT-Kompetenzen' }).click();
    await waitForIdle(page);
    const milestone = main(page).locator('li.milestone').filter({ hasText: MILESTONE });
    await expect(milestone).toContainText(`in ${ROUND} (Beschluss 1)`);
    await page.goto('/themenfelder/it-competence');
    await waitForIdle(page);
    const onField = main(page).locator('li.milestone').filter({ hasText: MILESTONE });
    await expect(onField).toContainText(/beschlossen am .* in /);
    await expectNoAxeViolations(page);
    await onField.getByRole('link', { name: ROUND }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUND);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
