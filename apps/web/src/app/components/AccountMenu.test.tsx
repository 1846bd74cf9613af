import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meData } from '../../test/fixtures';
import { fakeGraphQL, operationName, renderWithProviders } from '../../test/utils';
import { AccountMenu } from './AccountMenu';

describe('AccountMenu', () => {
  it('offers the board pages, "Meine Termine" and (for advisors only) the advisor area to signed-in people', async () => {
    const user = userEvent.setup();
    fakeGraphQL(() => ({ data: meData() }));
    renderWithProviders(<AccountMenu />, { route: '/boerse/kontakte' });
    const toggle = await screen.findByRole('button', { name: 'Angemeldet als Anna Beispiel' });
    await user.click(toggle);
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(
      within(panel)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Mein Konto', '/konto'],
      ['Meine Organisationen', '/konto/organisation'],
      ['Meine Einträge', '/boerse/meine'],
      ['Kontaktanfragen', '/boerse/kontakte'],
      ['Meine Termine', '/werkbank/termine'],
      ['Meine Einladungen', '/veranstaltungen/einladungen'],
      ['Meine Sitzungen', '/konto/sitzungen'],
    ]);
    expect(within(panel).queryByRole('link', { name: 'Beratungsbereich' })).toBeNull();
    expect(within(panel).getByRole('link', { name: 'Kontaktanfragen' }).getAttribute('aria-current')).toBe('page');
    expect(within(panel).getByRole('link', { name: 'Meine Einträge' }).getAttribute('aria-current')).toBeNull();
  });

  it('shows the count of open incoming contact requests on the toggle and beside "Kontaktanfragen"', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'OpenContactRequestCount' ? { data: { contactRequests: { totalCount: 2 } } } : { data: meData() },
    );
    renderWithProviders(<AccountMenu />, { route: '/' });
    const toggle = await screen.findByRole('button', { name: /^Angemeldet als Anna Beispiel\W+2 offene Kontaktanfragen$/ });
    await user.click(toggle);
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(
      within(panel)
        .getByRole('link', { name: /^Kontaktanfragen\W+2 offene Kontaktanfragen$/ })
        .getAttribute('href'),
    ).toBe('/boerse/kontakte');
    expect(requests.find((request) => operationName(request) === 'OpenContactRequestCount')?.query).toContain(
      'contactRequests(box: INBOX, status: PENDING',
    );
  });

  it('shows no count without open requests', async () => {
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'OpenContactRequestCount' ? { data: { contactRequests: { totalCount: 0 } } } : { data: meData() },
    );
    renderWithProviders(<AccountMenu />, { route: '/' });
    expect(await screen.findByRole('button', { name: 'Angemeldet als Anna Beispiel' })).toBeTruthy();
    expect(document.querySelector('.account-menu__count')).toBeNull();
    expect(requests.some((request) => operationName(request) === 'OpenContactRequestCount')).toBe(true);
  });

  it('leads advisors to their area of the workbench', async () => {
    const user = userEvent.setup();
    fakeGraphQL(() => ({ data: meData({ roles: ['ADVISOR'] }) }));
    renderWithProviders(<AccountMenu />, { route: '/werkbank/beratung' });
    await user.click(await screen.findByRole('button', { name: 'Angemeldet als Anna Beispiel' }));
    const link = screen.getByRole('link', { name: 'Beratungsbereich' });
    expect([link.getAttribute('href'), link.getAttribute('aria-current')]).toEqual(['/werkbank/beratung', 'page']);
  });

  it('shows only "Anmelden" to signed-out visitors', async () => {
    const { requests } = fakeGraphQL(() => ({ data: { me: null } }));
    renderWithProviders(<AccountMenu />, { route: '/boerse' });
    expect((await screen.findByRole('link', { name: 'Anmelden' })).getAttribute('href')).toBe('/anmelden?weiter=%2Fboerse');
    expect(screen.queryByRole('link', { name: 'Meine Einträge' })).toBeNull();
    expect(requests.map(operationName)).not.toContain('OpenContactRequestCount');
  });
});
