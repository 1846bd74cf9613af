import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LegalPageQuery, UpdateLegalPageInput } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { meData } from '../../../test/fixtures';
import { apiError, AppRoutes, fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';

const HOSTILE = [
  '## Kontakt',
  '',
  '<script>window.hacked = true</script> <img src=x onerror="window.hacked = true">',
  '[Klick mich](javascript:window.hacked=true) und [Ombudsstelle](https://www.lbbp.nrw.de/ombudsstelle)',
].join('\n');

const page = (overrides: Partial<NonNullable<LegalPageQuery['legalPage']>> = {}): NonNullable<LegalPageQuery['legalPage']> => ({
  page: 'ACCESSIBILITY',
  version: 3,
  body: HOSTILE,
  bodyDe: HOSTILE,
  bodyEn: '## Contact\n\nEnglish text of the statement.',
  updatedAt: '2026-12-01T09:00:00Z',
  ...overrides,
});

type Answer = { data: unknown } | { errors: Array<{ message: string; extensions?: Record<string, unknown> }> };

function legalServer(roles: Array<'ADMIN' | 'COORDINATOR'> = [], onUpdate?: (input: UpdateLegalPageInput) => Answer) {
  return fakeGraphQL((request) => {
    switch (operationName(request)) {
      case 'Me':
        return { data: meData({ roles }) };
      case 'LegalPage':
        return { data: { legalPage: page() } };
      case 'LegalPageHistory':
        return { data: { legalPageHistory: [{ version: 3, savedAt: '2026-12-01T09:00:00Z', authorName: null, bodyDe: 'Alt', bodyEn: 'Old' }] } };
      case 'UpdateLegalPage':
        return onUpdate!(request.variables.input as UpdateLegalPageInput);
      default:
        return { data: { demoData: false } };
    }
  });
}

describe('LegalPage', () => {
  it('shows the published text with its date, as text only: no script, no image, no javascript: link', async () => {
    legalServer();
    const { container } = renderWithProviders(<AppRoutes />, { route: '/barrierefreiheit' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeTruthy();
    expect(await screen.findByText('Stand: 1. Dezember 2026 (Version 3)')).toBeTruthy();
    const text = container.querySelector('.legal-text')!;
    expect(within(text as HTMLElement).getByRole('heading', { level: 2, name: 'Kontakt' })).toBeTruthy();
    expect(text.querySelector('script, img, [onerror]')).toBeNull();
    expect(text.textContent).toContain('<script>window.hacked = true</script>');
    expect(
      within(text as HTMLElement)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['https://www.lbbp.nrw.de/ombudsstelle']);
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).toBeNull();
    // Every page's footer links the three legal pages.
    const footer = screen.getByRole('navigation', { name: 'Rechtliches' });
    expect(
      within(footer)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/impressum', '/datenschutz', '/barrierefreiheit']);
  });

  it('refuses the editor to the joint office', async () => {
    legalServer(['COORDINATOR']);
    renderWithProviders(<AppRoutes />, { route: '/barrierefreiheit/bearbeiten' });
    expect(await screen.findByText('Rechtstexte bearbeiten nur Administratorinnen und Administratoren.')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('checks the length, saves on the version it started from and says when someone saved in between', async () => {
    const user = userEvent.setup();
    let answer: Answer = apiError(ErrorCodes.LEGAL_PAGE_OUTDATED, 'Inzwischen wurde eine neuere Fassung (Version 4) gespeichert.');
    const server = legalServer(['ADMIN'], () => answer);
    renderWithProviders(<AppRoutes />, { route: '/barrierefreiheit/bearbeiten' });
    const german = await screen.findByRole('textbox', { name: 'Text auf Deutsch' });
    expect(screen.getByText('Sie bearbeiten Version 3.')).toBeTruthy();
    fireEvent.change(german, { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Neue Version veröffentlichen' }));
    expect(await screen.findByRole('link', { name: 'Text auf Deutsch: Bitte 20 bis 40000 Zeichen eingeben.' })).toBeTruthy();
    expect(requestsOf(server.requests, 'UpdateLegalPage')).toHaveLength(0);

    fireEvent.change(german, { target: { value: 'Neuer Text des Betreibers für die Erklärung.' } });
    await user.click(screen.getByRole('button', { name: 'Neue Version veröffentlichen' }));
    expect(await screen.findByText(/Version 4\) gespeichert/)).toBeTruthy();
    expect(requestsOf(server.requests, 'UpdateLegalPage')[0]?.variables.input).toMatchObject({ page: 'ACCESSIBILITY', baseVersion: 3 });
    expect(screen.getByRole('button', { name: 'Neueste Fassung laden' })).toBeTruthy();

    answer = { data: { updateLegalPage: page({ version: 4 }) } };
    await user.click(screen.getByRole('button', { name: 'Neue Version veröffentlichen' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Version 4 ist veröffentlicht.'));
    expect(screen.getByText('Sie bearbeiten Version 4.')).toBeTruthy();
  });

  it('refuses control characters before sending, and puts a refusal of the server on the field it names', async () => {
    const user = userEvent.setup();
    const server = legalServer(['ADMIN'], () => ({
      errors: [
        {
          message: 'Ungültige Eingabe in: bodyEn.',
          extensions: { code: ErrorCodes.BAD_USER_INPUT, fields: [{ field: 'bodyEn', constraints: ['isLength'] }] },
        },
      ],
    }));
    renderWithProviders(<AppRoutes />, { route: '/barrierefreiheit/bearbeiten' });
    const german = await screen.findByRole('textbox', { name: 'Text auf Deutsch' });
    fireEvent.change(german, { target: { value: 'Eine Glocke \u0007 läutet in diesem sonst gültigen Text.' } });
    await user.click(screen.getByRole('button', { name: 'Neue Version veröffentlichen' }));
    expect(await screen.findByRole('link', { name: /^Text auf Deutsch: Der Text enthält Steuerzeichen/ })).toBeTruthy();
    expect(requestsOf(server.requests, 'UpdateLegalPage')).toHaveLength(0);

    fireEvent.change(german, { target: { value: 'Eine Glocke läutet in diesem gültigen Text.' } });
    await user.click(screen.getByRole('button', { name: 'Neue Version veröffentlichen' }));
    expect(await screen.findByRole('link', { name: /^Text auf Englisch: Der Server hat diesen Text nicht angenommen/ })).toBeTruthy();
  });
});
