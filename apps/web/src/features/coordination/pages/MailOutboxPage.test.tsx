import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OutboxMailsQuery } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { connection } from '../../../test/fixtures';
import { apiError, AppRoutes, currentLocation, fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';
import { viewer } from '../test/fixtures';

type Mail = OutboxMailsQuery['outboxMails']['edges'][number]['node'];

const ROUTE = '/geschaeftsstelle/postausgang';
const HOUR = 3_600_000;

const mail = (overrides: Partial<Mail> = {}): Mail => ({
  id: 'mail-1',
  template: 'verify-email',
  recipient: 'r***@example.org',
  locale: 'de',
  status: 'FAILED',
  attempts: 8,
  lastError: '550 5.1.1 Mailbox unavailable',
  createdAt: new Date(Date.now() - 3 * HOUR).toISOString(),
  nextAttemptAt: new Date(Date.now() - 3 * HOUR).toISOString(),
  ...overrides,
});

/** A fake outbox: one failed mail until it is retried, then it waits. */
function outboxServer(options: { retry?: 'ok' | 'refused'; mailsError?: boolean } = {}) {
  let failed = [mail()];
  let pending = [mail({ id: 'mail-2', recipient: 'v***@demo.example.org', status: 'PENDING', attempts: 2, lastError: '421 try later' })];
  return fakeGraphQL((request) => {
    switch (operationName(request)) {
      case 'MailOutboxCounts':
        return { data: { mailOutbox: { failed: failed.length, pending: pending.length } } };
      case 'OutboxMails':
        if (options.mailsError) return apiError(ErrorCodes.SERVICE_UNAVAILABLE, 'Die Datenbank ist gerade nicht erreichbar.');
        return { data: { outboxMails: connection(request.variables.status === 'FAILED' ? failed : pending) } };
      case 'RetryMail':
        if (options.retry === 'refused') return apiError(ErrorCodes.BAD_USER_INPUT, 'Nur eine fehlgeschlagene Mail kann erneut gesendet werden.');
        pending = [...failed.map((m) => ({ ...m, status: 'PENDING' as const, attempts: 0 })), ...pending];
        failed = [];
        return { data: { retryMail: { id: 'mail-1', status: 'PENDING', attempts: 0 } } };
      default:
        return { data: viewer() };
    }
  });
}

describe('MailOutboxPage', () => {
  it('lists the failed mails with masked recipient, attempts, last error and age; the filter shows the waiting ones', async () => {
    const user = userEvent.setup();
    const server = outboxServer();
    const { container } = renderWithProviders(<AppRoutes />, { route: ROUTE });
    const table = await screen.findByRole('table', { name: 'Mails im Postausgang, neueste zuerst' });
    const row = within(table).getByRole('row', { name: /r\*\*\*@example\.org/ });
    expect(row.textContent).toContain('verify-email (de)');
    expect(row.textContent).toContain('8');
    expect(row.textContent).toContain('550 5.1.1 Mailbox unavailable');
    expect(row.textContent).toContain('vor 3 Stunden');
    expect(await screen.findByRole('radio', { name: 'Fehlgeschlagen (1)' })).toHaveProperty('checked', true);
    expect(screen.getByRole('link', { name: 'Postausgang' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('radio', { name: 'Wartend (1)' }));
    expect(await screen.findByRole('row', { name: /v\*\*\*@demo\.example\.org/ })).toBeTruthy();
    expect(currentLocation(container)).toBe(`${ROUTE}?liste=wartend`);
    expect(requestsOf(server.requests, 'OutboxMails').map((r) => r.variables.status)).toEqual(['FAILED', 'PENDING']);
    expect(screen.queryByRole('button', { name: /erneut senden/ })).toBeNull();
  });

  it('sends a failed mail again after asking, says so, and moves it to the waiting list', async () => {
    const user = userEvent.setup();
    const server = outboxServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Mail an r***@example.org erneut senden' }));
    const question = screen.getByRole('group', { name: /Die Mail an r\*\*\*@example\.org erneut senden\?/ });
    await user.click(within(question).getByRole('button', { name: 'Abbrechen' }));
    expect(requestsOf(server.requests, 'RetryMail')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Mail an r***@example.org erneut senden' }));
    await user.click(within(screen.getByRole('group', { name: /erneut senden\?/ })).getByRole('button', { name: 'Ja, erneut senden' }));
    const status = await screen.findByText('Die Mail an r***@example.org wird erneut gesendet; sie steht jetzt unter „Wartend“.');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(requestsOf(server.requests, 'RetryMail')[0]?.variables).toEqual({ id: 'mail-1' });
    expect(await screen.findByText('Keine fehlgeschlagenen Mails.')).toBeTruthy();
    expect(await screen.findByRole('radio', { name: 'Wartend (2)' })).toBeTruthy();
  });

  it('shows a refused retry as an alert, and a failed load with a retry', async () => {
    const user = userEvent.setup();
    outboxServer({ retry: 'refused' });
    const { unmount } = renderWithProviders(<AppRoutes />, { route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Mail an r***@example.org erneut senden' }));
    await user.click(within(screen.getByRole('group', { name: /erneut senden\?/ })).getByRole('button', { name: 'Ja, erneut senden' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Die Mail wurde nicht erneut eingereiht. Nur eine fehlgeschlagene Mail kann erneut gesendet werden.',
    );
    unmount();

    outboxServer({ mailsError: true });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Der Postausgang konnte nicht geladen werden.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });
});
