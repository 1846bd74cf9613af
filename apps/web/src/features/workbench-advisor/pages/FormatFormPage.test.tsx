import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, currentLocation, linkTexts, type RecordedRequest, renderWithProviders } from '../../../test/utils';
import { advisorServer, apiError, fill, formatNode, IHK, organisationsData, profileData, requestsOf, uuid } from '../test/fixtures';
import { ErrorCodes } from '../../../lib/error-codes';

const NEW = '/werkbank/beratung/formate/neu';
const COMPANY = uuid(502);
const ADVISORY = uuid(503);

type Reply = { errors: Array<{ message: string; extensions?: Record<string, unknown> }> } | { data: unknown };

const created = (request: RecordedRequest): Reply => ({
  data: { createConsultationFormat: formatNode({ title: String((request.variables.input as { title: string }).title) }) },
});

describe('NewFormatPage', { timeout: 15_000 }, () => {
  it('offers only advisory firms and member organisations; an unverified one gets a note', async () => {
    const user = userEvent.setup();
    advisorServer({
      AdvisorOrganisations: () => ({
        data: organisationsData([
          { id: IHK, name: 'Industrie- und Handelskammer Siegen', verified: true },
          { id: COMPANY, name: 'Velkamp Intralogistik GmbH', verified: true },
          { id: ADVISORY, name: 'Südwest Beratung GmbH', verified: false },
        ]),
      }),
      AdvisorOrganisationProfile: (request) => ({
        data:
          request.variables.id === IHK
            ? profileData(IHK, 'CHAMBER', true)
            : request.variables.id === ADVISORY
              ? profileData(ADVISORY, 'ADVISORY', false)
              : profileData(COMPANY, 'COMPANY', false),
      }),
    });
    renderWithProviders(<AppRoutes />, { route: NEW });
    const select = (await screen.findByLabelText('Angeboten für', {}, { timeout: 5000 })) as HTMLSelectElement;
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Bitte wählen', 'Industrie- und Handelskammer Siegen', 'Südwest Beratung GmbH (noch nicht bestätigt)']);
    // Two to choose from: none is preselected (with one, it is; see the create test).
    expect(select.value).toBe('');
    await user.selectOptions(select, ADVISORY);
    expect(screen.getByText(/„Südwest Beratung GmbH“ ist noch nicht von der Geschäftsstelle bestätigt/)).toBeTruthy();
  });

  it('says why there is no form without such an organisation', async () => {
    advisorServer({
      AdvisorOrganisations: () => ({ data: organisationsData([{ id: COMPANY, name: 'Velkamp Intralogistik GmbH', verified: true }]) }),
      AdvisorOrganisationProfile: () => ({ data: profileData(COMPANY, 'COMPANY', false) }),
    });
    renderWithProviders(<AppRoutes />, { route: NEW });
    expect(await screen.findByText('Keine passende Organisation')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('validates against the API limits with a summary that takes focus', async () => {
    const user = userEvent.setup();
    const { requests } = advisorServer({ AdvisorCreateFormat: created });
    renderWithProviders(<AppRoutes />, { route: NEW });
    await screen.findByLabelText('Angeboten für');
    await fill(user, screen.getByLabelText('Dauer in Minuten'), '62');
    await user.click(screen.getByRole('radio', { name: /Denkraum/ }));
    await fill(user, screen.getByLabelText('Plätze im Denkraum'), '300');
    await user.click(screen.getByRole('button', { name: 'Format anlegen' }));
    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!;
    expect(document.activeElement).toBe(summary);
    expect(linkTexts(summary)).toEqual([
      'Titel: Der Titel muss 3 bis 120 Zeichen lang sein (eine Zeile).',
      'Themenfeld: Bitte wählen Sie das Themenfeld.',
      'Dauer in Minuten: Die Dauer muss 15 bis 480 Minuten betragen, in Schritten von 5.',
      'Plätze im Denkraum: Ein Denkraum hat 2 bis 200 Plätze.',
      'Besprechungslink: Bitte geben Sie einen vollständigen Link mit https:// an (höchstens 500 Zeichen).',
    ]);
    const duration = screen.getByLabelText('Dauer in Minuten');
    expect(duration.getAttribute('aria-invalid')).toBe('true');
    await user.click(within(summary).getByRole('link', { name: /Besprechungslink/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Besprechungslink'));
    expect(requestsOf(requests, 'AdvisorCreateFormat')).toHaveLength(0);
  });

  it('switches between address and meeting link, creates the format and returns to the list with a notice', async () => {
    const user = userEvent.setup();
    const { requests } = advisorServer({
      AdvisorCreateFormat: created,
      AdvisorFormats: () => ({ data: { myConsultationFormats: [formatNode({ title: 'Denkraum Nachfolge' })] } }),
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: NEW });
    await screen.findByLabelText('Angeboten für');
    await fill(user, screen.getByLabelText('Titel'), 'Denkraum Nachfolge');
    await fill(user, screen.getByLabelText(/^Beschreibung/), 'Austausch zur Unternehmensnachfolge.');
    await user.selectOptions(screen.getByLabelText('Themenfeld'), 'Vernetzung');
    await fill(user, screen.getByLabelText('Dauer in Minuten'), '90');
    await user.click(screen.getByRole('radio', { name: /Denkraum/ }));
    await fill(user, screen.getByLabelText('Plätze im Denkraum'), '12');
    expect(screen.getByLabelText('Besprechungslink')).toBeTruthy();
    expect(screen.queryByLabelText('Adresse')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Vor Ort' }));
    expect(screen.queryByLabelText('Besprechungslink')).toBeNull();
    await fill(user, screen.getByLabelText('Adresse'), 'Koblenzer Str. 121, 57072 Siegen');
    await user.clear(screen.getByLabelText('Pause danach (Minuten)'));
    await user.type(screen.getByLabelText('Pause danach (Minuten)'), '15');
    await user.click(screen.getByRole('button', { name: 'Format anlegen' }));
    await waitFor(() => expect(currentLocation(container)).toBe('/werkbank/beratung'));
    expect(requestsOf(requests, 'AdvisorCreateFormat')[0]?.variables).toEqual({
      input: {
        organisationId: IHK,
        title: 'Denkraum Nachfolge',
        description: 'Austausch zur Unternehmensnachfolge.',
        topicField: 'NETWORKING',
        durationMinutes: 90,
        capacity: 12,
        mode: 'ONSITE',
        location: 'Koblenzer Str. 121, 57072 Siegen',
        meetingLink: null,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 15,
        minimumNoticeHours: 24,
        bookingHorizonDays: 60,
        cancellationDeadlineHours: 24,
      },
    });
    const notice = await screen.findByText('Das Format „Denkraum Nachfolge“ ist angelegt.');
    expect(notice.getAttribute('role')).toBe('status');
  });

  it('puts server errors into the fields, others into an alert', async () => {
    const user = userEvent.setup();
    const replies: Reply[] = [
      apiError(ErrorCodes.ORGANISATION_NOT_VERIFIED, 'Die Organisation ist noch nicht bestätigt.'),
      {
        errors: [
          {
            message: 'Ungültige Eingabe in: meetingLink.',
            extensions: { code: ErrorCodes.BAD_USER_INPUT, fields: [{ field: 'meetingLink', constraints: ['isUrl'] }] },
          },
        ],
      },
      apiError(ErrorCodes.FORBIDDEN, 'Dafür fehlt Ihnen die Berechtigung.'),
    ];
    advisorServer({ AdvisorCreateFormat: () => replies.shift()! });
    renderWithProviders(<AppRoutes />, { route: NEW });
    await screen.findByLabelText('Angeboten für');
    await fill(user, screen.getByLabelText('Titel'), 'Erstberatung');
    await user.selectOptions(screen.getByLabelText('Themenfeld'), 'Erholung');
    await fill(user, screen.getByLabelText('Besprechungslink'), 'https://meet.example.org/raum');
    const save = screen.getByRole('button', { name: 'Format anlegen' }) as HTMLButtonElement;
    const summaryLinks = () =>
      within(screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!)
        .getAllByRole('link')
        .map((link) => link.textContent);
    const saveAgain = async () => {
      await waitFor(() => expect(save.disabled).toBe(false));
      await user.click(save);
    };

    await user.click(save);
    await waitFor(() => expect(summaryLinks()).toEqual(['Angeboten für: Die Organisation ist noch nicht bestätigt.']));
    expect(screen.getByLabelText('Angeboten für').getAttribute('aria-invalid')).toBe('true');

    await saveAgain();
    await waitFor(() =>
      expect(summaryLinks()).toEqual(['Besprechungslink: Bitte geben Sie einen vollständigen Link mit https:// an (höchstens 500 Zeichen).']),
    );

    await saveAgain();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Das Speichern hat nicht geklappt.');
    expect(alert.textContent).toContain('Dafür fehlt Ihnen die Berechtigung.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });
});

describe('EditFormatPage', { timeout: 15_000 }, () => {
  const ROUTE = `/werkbank/beratung/formate/${uuid(1)}`;

  it('fills the form with the format and saves all of it', async () => {
    const user = userEvent.setup();
    const { requests } = advisorServer({
      AdvisorFormat: () => ({ data: { consultationFormat: formatNode({ capacity: 6 }) } }),
      AdvisorUpdateFormat: (request) => ({
        data: { updateConsultationFormat: formatNode({ title: String((request.variables.input as { title: string }).title) }) },
      }),
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: ROUTE });
    const title = (await screen.findByLabelText('Titel', {}, { timeout: 5000 })) as HTMLInputElement;
    expect(title.value).toBe('Erstberatung Fördermittel');
    expect(screen.getByText('Industrie- und Handelskammer Siegen')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Angeboten für' })).toBeNull();
    expect((screen.getByRole('radio', { name: /Denkraum/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Plätze im Denkraum') as HTMLInputElement).value).toBe('6');
    await waitFor(() => expect((screen.getByLabelText('Themenfeld') as HTMLSelectElement).value).toBe('RECOVERY'));
    await fill(user, title, 'Erstberatung Förderprogramme');
    await user.click(screen.getByRole('radio', { name: /Einzelberatung/ }));
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(currentLocation(container)).toBe('/werkbank/beratung'));
    expect(requestsOf(requests, 'AdvisorUpdateFormat')[0]?.variables).toMatchObject({
      id: uuid(1),
      input: {
        title: 'Erstberatung Förderprogramme',
        capacity: 1,
        mode: 'REMOTE',
        meetingLink: 'https://meet.example.org/ihk-foerderung',
        location: null,
        bufferAfterMinutes: 15,
      },
    });
    expect(await screen.findByText('Die Änderungen an „Erstberatung Förderprogramme“ sind gespeichert.')).toBeTruthy();
  });

  it('archives after confirming, then offers it again', async () => {
    const user = userEvent.setup();
    let status: 'ACTIVE' | 'ARCHIVED' = 'ACTIVE';
    const { requests } = advisorServer({
      AdvisorFormat: () => ({ data: { consultationFormat: formatNode({ status }) } }),
      AdvisorArchiveFormat: () => {
        status = 'ARCHIVED';
        return { data: { archiveConsultationFormat: { id: uuid(1), status } } };
      },
      AdvisorReactivateFormat: () => {
        status = 'ACTIVE';
        return { data: { reactivateConsultationFormat: { id: uuid(1), status } } };
      },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const archive = await screen.findByRole('button', { name: 'Archivieren' });
    expect(screen.getByText('Das Format ist aktiv: Unternehmen können es buchen.')).toBeTruthy();
    await user.click(archive);
    const confirm = screen.getByRole('button', { name: 'Ja, archivieren' });
    expect(document.activeElement).toBe(confirm);
    expect(screen.getByRole('group', { name: '„Erstberatung Fördermittel“ wirklich archivieren?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Archivieren' }));
    expect(requestsOf(requests, 'AdvisorArchiveFormat')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Archivieren' }));
    await user.click(screen.getByRole('button', { name: 'Ja, archivieren' }));
    const done = await screen.findByText('„Erstberatung Fördermittel“ ist archiviert.');
    expect(done.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(done);
    await user.click(await screen.findByRole('button', { name: 'Wieder anbieten' }));
    expect(await screen.findByText('„Erstberatung Fördermittel“ ist wieder buchbar.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Archivieren' })).toBeTruthy();
    expect(requestsOf(requests, 'AdvisorReactivateFormat')[0]?.variables).toEqual({ id: uuid(1) });
  });

  it('says "not found" for a format that is not mine', async () => {
    advisorServer({ AdvisorFormat: () => apiError(ErrorCodes.FORMAT_NOT_FOUND, 'Dieses Beratungsformat gibt es nicht.') });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Dieses Format gibt es nicht oder es gehört nicht Ihnen.')).toBeTruthy();
  });

  it("does not offer another advisor's active format for editing", async () => {
    advisorServer({ AdvisorFormat: () => ({ data: { consultationFormat: formatNode({ viewerIsAdvisor: false }) } }) });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Dieses Format gibt es nicht oder es gehört nicht Ihnen.')).toBeTruthy();
    expect(screen.queryByLabelText('Titel')).toBeNull();
  });
});
