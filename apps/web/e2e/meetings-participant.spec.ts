import { expect, test, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  graphql,
  nonLocalRequests,
  openAccountMenu,
  recordConsoleErrors,
  recordRequests,
  screenshot,
  signIn,
  signOut,
  waitForIdle,
} from './support';

const main = (page: Page) => page.getByRole('main');
const INVITED = 'Bürgermeisterrunde Teilnehmersicht';
const OPEN = 'Infoabend Teilnehmersicht';
const HOUR = 3_600_000;

/** The month in Berlin ("YYYY-MM") of an instant. */
const berlinMonth = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(at);

/**
 * The participant's side of meetings: the joint office invites the Lord Mayor's office to a new
 * meeting and takes the one seat of another (set up through GraphQL, so the demo's meetings stay
 * as the other journeys expect them); the demo mayor answers the invitation on "Meine Einladungen",
 * sees the answer on the meeting page, finds the meetings in the month view, joins a waitlist and
 * withdraws from "Meine Termine". axe on every state.
 */
test.describe('Meetings, the participant side', () => {
  test('invitation answered → month view → Meine Termine with waitlist place and code, withdrawn', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const requests = recordRequests(page);
    const consoleErrors = recordConsoleErrors(page);
    const startsAt = new Date(Math.ceil((Date.now() + 40 * 24 * HOUR) / (24 * HOUR)) * 24 * HOUR + 16 * HOUR);
    const month = berlinMonth(startsAt);

    // 1. The joint office: two meetings, an invitation to the Lord Mayor's office, the one seat of the second.
    await signIn(page, 'geschaeftsstelle@demo.example.org');
    const { myOrganisations, offices } = await graphql<{ myOrganisations: { id: string }[]; offices: { id: string; title: string }[] }>(
      page.request,
      `
        {
          myOrganisations {
            id
          }
          offices {
            id
            title
          }
        }
      `,
    );
    const organiserId = myOrganisations[0]!.id;
    const create = async (title: string, extra: Record<string, unknown>, hours: number) =>
      (
        await graphql<{ createMeeting: { id: string } }>(
          page.request,
          `
            mutation ($input: CreateMeetingInput!) {
              createMeeting(input: $input) {
                id
              }
            }
          `,
          {
            input: {
              organiserId,
              title,
              description: 'Fiktive Veranstaltung für den Test.',
              kind: 'MAYORS_MEETING',
              topicFields: ['NETWORKING'],
              startsAt: new Date(startsAt.getTime() + hours * HOUR).toISOString(),
              endsAt: new Date(startsAt.getTime() + (hours + 2) * HOUR).toISOString(),
              format: 'IN_PERSON',
              place: 'Rathaus Dortmund',
              agenda: [],
              waitlistEnabled: true,
              ...extra,
            },
          },
        )
      ).createMeeting.id;
    const invitedId = await create(INVITED, { visibility: 'INVITED', registrationOpen: false }, 0);
    const openId = await create(OPEN, { visibility: 'PUBLIC', registrationOpen: true, capacity: 1, kind: 'PUBLIC_EVENT' }, 24);
    const mayorOffice = offices.find((office) => office.title === 'Oberbürgermeister Dortmund')!;
    await graphql(
      page.request,
      `
        mutation ($input: InviteToMeetingInput!) {
          inviteToMeeting(input: $input) {
            id
          }
        }
      `,
      {
        input: { meetingId: invitedId, officeIds: [mayorOffice.id] },
      },
    );
    await graphql(
      page.request,
      `
        mutation ($input: RegisterForMeetingInput!) {
          registerForMeeting(input: $input) {
            id
          }
        }
      `,
      {
        input: { meetingId: openId, organisationId: organiserId },
      },
    );
    await signOut(page);

    // 2. The Lord Mayor: "Meine Einladungen" from the account menu, answered with yes.
    await signIn(page, 'oberbuergermeister@demo.example.org');
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Meine Einladungen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Einladungen');
    await waitForIdle(page);
    const card = main(page).locator('article', { has: page.getByRole('link', { name: INVITED }) });
    await expect(card).toContainText('Eingeladen: Oberbürgermeister Dortmund');
    await expect(card).toContainText('Noch nicht beantwortet.');
    await screenshot(page, testInfo, '01-invitations');
    await expectNoAxeViolations(page);
    await card.getByRole('button', { name: 'Antwort senden' }).click();
    await expect(card).toContainText('Bitte wählen Sie eine Antwort.');
    await expectNoAxeViolations(page);
    await card.getByLabel(/Ihre Antwort/).selectOption('YES');
    await card.getByRole('button', { name: 'Antwort senden' }).click();
    await expect(card).toContainText(/Zugesagt von /);
    await screenshot(page, testInfo, '02-accepted');
    await expectNoAxeViolations(page);

    // The answer shows on the meeting page.
    await card.getByRole('link', { name: INVITED }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(INVITED);
    await waitForIdle(page);
    await expect(main(page).getByRole('region', { name: 'Ihre Einladung' })).toContainText(/Zugesagt von /);
    await screenshot(page, testInfo, '03-meeting-answered');
    await expectNoAxeViolations(page);

    // 3. The month view: both meetings on their Berlin days; the arrow keys move between days.
    await page.goto('/veranstaltungen');
    await waitForIdle(page);
    await main(page).getByRole('link', { name: 'Monat' }).click();
    await expect(page).toHaveURL(/ansicht=monat/);
    await page.goto(`/veranstaltungen?ansicht=monat&monat=${month}`);
    await waitForIdle(page);
    const grid = main(page).getByRole('grid');
    await expect(grid.getByRole('link', { name: new RegExp(INVITED) })).toBeVisible();
    const current = grid.locator('td[tabindex="0"]');
    await current.focus();
    const before = await current.textContent();
    await page.keyboard.press('ArrowRight');
    await expect(grid.locator('td[tabindex="0"]')).not.toHaveText(before!);
    await expect(grid.locator('td:focus')).toHaveCount(1);
    await screenshot(page, testInfo, '04-month');
    await expectNoAxeViolations(page);

    // 4. The open meeting is full: the mayor joins the waitlist on its page …
    await grid.getByRole('link', { name: new RegExp(OPEN) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OPEN);
    await waitForIdle(page);
    const registration = main(page).getByRole('region', { name: 'Anmeldung' });
    await registration.getByRole('button', { name: 'Auf die Warteliste' }).click();
    await expect(registration).toContainText('Sie stehen auf der Warteliste (Platz 1).');

    // … and finds it on "Meine Termine" with place and code, and withdraws there.
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Meine Termine' }).click();
    await waitForIdle(page);
    const mine = main(page).getByRole('region', { name: 'Meine Veranstaltungen' });
    const entry = mine.locator('article', { has: page.getByRole('link', { name: OPEN }) });
    await expect(entry).toContainText('Sie stehen auf der Warteliste (Platz 1).');
    await expect(entry.locator('.meeting-code')).toHaveText(/^[A-HJ-NP-Z2-9]{8}$/);
    await screenshot(page, testInfo, '05-my-appointments');
    await expectNoAxeViolations(page);
    await entry.getByRole('button', { name: /Anmeldung zurückziehen/ }).click();
    await expectNoAxeViolations(page);
    await entry.getByRole('button', { name: 'Ja, zurückziehen' }).click();
    await expect(mine.getByRole('link', { name: OPEN })).toHaveCount(0);
    await screenshot(page, testInfo, '06-withdrawn');
    await expectNoAxeViolations(page);

    expect(nonLocalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
