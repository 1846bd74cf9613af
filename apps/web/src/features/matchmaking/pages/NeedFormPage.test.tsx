import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, currentLocation, linkTexts, type RecordedRequest, renderWithProviders } from '../../../test/utils';
import { apiError, MUN_DORTMUND, myOrganisationsData, needNode, organisationProfile, requestsOf, SKILL_PLC, uuid } from '../test/fixtures';
import { boardServer, signedOut } from '../test/server';
import { ErrorCodes } from '../../../lib/error-codes';

const ROUTE = '/boerse/bedarfe/neu';
const COMPANY = uuid(11);
const INSTITUTE = uuid(12);

type Reply = { errors: Array<{ message: string; extensions?: Record<string, unknown> }> } | { data: unknown };

/** My organisations (a company and a research institute) and the create mutation. */
function formServer(
  onCreate: (request: RecordedRequest) => Reply = () => ({ data: { createNeed: { id: uuid(1) } } }),
  organisations = [
    { id: COMPANY, name: 'Velkamp Intralogistik GmbH', verified: false },
    { id: INSTITUTE, name: 'Lamarr-Institut' },
  ],
) {
  return boardServer({
    MyOrganisations: () => ({ data: myOrganisationsData(organisations) }),
    Organisation: (request) => ({
      data: organisationProfile(String(request.variables.id), request.variables.id === COMPANY ? 'COMPANY' : 'RESEARCH', MUN_DORTMUND),
    }),
    CreateNeed: onCreate,
    Need: () => ({ data: { need: { ...needNode({ viewerCanEdit: true, status: 'DRAFT' }), description: 'Beschreibung', publishedAt: null } } }),
    NeedMatches: () => ({ data: { needMatches: [] } }),
    PublishNeed: () => ({ data: { publishNeed: { id: uuid(1), status: 'OPEN', expiresAt: '2026-06-01T10:00:00Z' } } }),
  });
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Titel'), 'SPS-Programmierer/in');
  await user.type(screen.getByLabelText('Beschreibung'), 'Inbetriebnahme von Förderanlagen.');
  await user.selectOptions(screen.getByLabelText('Art des Bedarfs'), 'Festanstellung');
  await user.selectOptions(screen.getByLabelText('Themenfeld'), 'Fachkräfte');
  await user.clear(screen.getByLabelText('Anzahl Personen'));
  await user.type(screen.getByLabelText('Anzahl Personen'), '2');
  await user.type(screen.getByRole('combobox', { name: 'Skill hinzufügen' }), 'SPS');
  await screen.findByRole('option', { name: /SPS/ });
  await user.keyboard('{ArrowDown}{Enter}');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Niveau für „Speicherprogrammierbare Steuerung (SPS)“' }), 'Experte');
}

describe('NeedForm', () => {
  it('offers only companies, preselects the only one with its seat, and says unverified ones stay drafts', async () => {
    formServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const company = (await screen.findByLabelText('Unternehmen')) as HTMLSelectElement;
    expect(
      within(company)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Bitte wählen', 'Velkamp Intralogistik GmbH (noch nicht bestätigt)']);
    expect(company.value).toBe(COMPANY);
    await waitFor(() => expect((screen.getByLabelText('Einsatzort') as HTMLSelectElement).value).toBe(MUN_DORTMUND));
    expect(screen.getByText(/Gespeichert wird zunächst ein Entwurf/)).toBeTruthy();
    expect(screen.getByText(/„Velkamp Intralogistik GmbH“ ist noch nicht von der Geschäftsstelle bestätigt/)).toBeTruthy();
  });

  it('validates inline with an error summary that takes focus', async () => {
    const user = userEvent.setup();
    const { requests } = formServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Als Entwurf speichern' }));
    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!;
    expect(document.activeElement).toBe(summary);
    expect(linkTexts(summary)).toEqual([
      'Titel: Der Titel muss 3 bis 120 Zeichen lang sein.',
      'Beschreibung: Bitte beschreiben Sie den Eintrag.',
      'Art des Bedarfs: Bitte wählen Sie die Art.',
      'Themenfeld: Bitte wählen Sie das Themenfeld.',
      'Skills: Bitte wählen Sie mindestens einen Skill.',
    ]);
    const title = screen.getByLabelText('Titel');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe(
      'Fehler: Der Titel muss 3 bis 120 Zeichen lang sein.',
    );
    expect(screen.getByRole('combobox', { name: 'Skill hinzufügen' }).getAttribute('aria-invalid')).toBe('true');
    await user.click(within(summary).getByRole('link', { name: /Skills:/ }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Skill hinzufügen' }));
    expect(requestsOf(requests, 'CreateNeed')).toHaveLength(0);
  });

  it('saves a draft and goes to its page, which offers to publish it', async () => {
    const user = userEvent.setup();
    const { requests } = formServer();
    const { container } = renderWithProviders(<AppRoutes />, { route: ROUTE });
    await screen.findByLabelText('Unternehmen');
    await fillIn(user);
    await user.type(screen.getByLabelText(/^Start/), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Als Entwurf speichern' }));
    await waitFor(() => expect(currentLocation(container)).toBe(`/boerse/bedarfe/${uuid(1)}`));
    expect(requestsOf(requests, 'CreateNeed')[0]?.variables).toEqual({
      input: {
        organisationId: COMPANY,
        title: 'SPS-Programmierer/in',
        description: 'Inbetriebnahme von Förderanlagen.',
        kind: 'EMPLOYMENT',
        topicField: 'SKILLED_WORKERS',
        headcount: 2,
        municipalityId: MUN_DORTMUND,
        remoteMode: 'ONSITE',
        startDate: '2026-09-01',
        skills: [{ skillId: SKILL_PLC, level: 'EXPERT', weight: 'REQUIRED' }],
      },
    });
    expect((await screen.findByText(/Als Entwurf gespeichert/)).getAttribute('role')).toBe('status');
    await user.click(screen.getByRole('button', { name: 'Veröffentlichen' }));
    expect(await screen.findByText('Der Bedarf ist veröffentlicht und für 90 Tage auf der Börse.')).toBeTruthy();
    // The form's notice is out of date now.
    await waitFor(() => expect(screen.queryByText(/Als Entwurf gespeichert/)).toBeNull());
    expect(currentLocation(container)).toBe(`/boerse/bedarfe/${uuid(1)}`);
  });

  it('maps BAD_USER_INPUT fields and UNKNOWN_SKILLS to the fields; other errors become an alert', async () => {
    const user = userEvent.setup();
    const replies: Reply[] = [
      {
        errors: [
          {
            message: 'Ungültige Eingabe in: title, skills.0.level.',
            extensions: {
              code: ErrorCodes.BAD_USER_INPUT,
              fields: [
                { field: 'title', constraints: ['matches'] },
                { field: 'skills.0.level', constraints: ['isEnum'] },
              ],
            },
          },
        ],
      },
      apiError(ErrorCodes.UNKNOWN_SKILLS, 'Mindestens ein Skill ist unbekannt oder doppelt angegeben.'),
      apiError(ErrorCodes.NEED_ORGANISATION_KIND, 'Bedarfe können nur Unternehmen melden.'),
      apiError(ErrorCodes.FORBIDDEN, 'Dafür fehlt Ihnen die Berechtigung.'),
    ];
    formServer(() => replies.shift()!);
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await screen.findByLabelText('Unternehmen');
    await fillIn(user);
    const save = screen.getByRole('button', { name: 'Als Entwurf speichern' }) as HTMLButtonElement;
    // The summary disappears while the form is sent again: look it up each time.
    const summaryLinks = () =>
      within(screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!)
        .getAllByRole('link')
        .map((link) => link.textContent);
    const saveAgain = async () => {
      await waitFor(() => expect(save.disabled).toBe(false));
      await user.click(save);
    };

    await user.click(save);
    const summary = (await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' })).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(linkTexts(summary)).toEqual(['Titel: Der Titel muss 3 bis 120 Zeichen lang sein.', 'Skills: Bitte wählen Sie mindestens einen Skill.']);
    expect(screen.getByLabelText('Titel').getAttribute('aria-invalid')).toBe('true');

    await saveAgain();
    await waitFor(() => expect(summaryLinks()).toEqual(['Skills: Mindestens ein Skill ist unbekannt oder doppelt angegeben.']));

    await saveAgain();
    await waitFor(() => expect(summaryLinks()).toEqual(['Unternehmen: Bedarfe können nur Unternehmen melden.']));
    expect(screen.getByLabelText('Unternehmen').getAttribute('aria-invalid')).toBe('true');

    await saveAgain();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Das Speichern hat nicht geklappt.');
    expect(alert.textContent).toContain('Dafür fehlt Ihnen die Berechtigung.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('says that only companies post needs when the person has none', async () => {
    formServer(undefined, [{ id: INSTITUTE, name: 'Lamarr-Institut' }]);
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Bedarfe melden nur Unternehmen')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Angebot einstellen' }).getAttribute('href')).toBe('/boerse/angebote/neu');
  });

  it('sends signed-out visitors to the sign-in page and back', async () => {
    boardServer({ Me: signedOut });
    const { container } = renderWithProviders(<AppRoutes />, { route: ROUTE });
    await waitFor(() => expect(currentLocation(container)).toBe('/anmelden?weiter=%2Fboerse%2Fbedarfe%2Fneu'));
  });
});
