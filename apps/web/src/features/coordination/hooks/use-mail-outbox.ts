import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutboxStatus } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useConnectionQuery } from '../../../lib/use-connection-query';
import { useLanguage } from '../../../lib/use-language';
import { MailOutboxCountsDocument, OutboxMailsDocument, RetryMailDocument } from '../graphql/mail-documents';
import { AUDIT_EVENTS_QUERY_ROOT } from './use-audit-events';

export const MAIL_OUTBOX_PAGE_SIZE = 20;

/** Every query of the outbox page: a retry moves a mail from the failed to the pending list. */
export const MAIL_OUTBOX_QUERY_ROOT = ['mailOutbox'] as const;

/** How many mails wait and how many failed. */
export function useMailOutboxCounts() {
  const language = useLanguage();
  return useQuery({
    queryKey: [...MAIL_OUTBOX_QUERY_ROOT, 'counts', language] as const,
    queryFn: ({ signal }) => request(MailOutboxCountsDocument, {}, { language, signal }),
    select: (data) => data.mailOutbox,
  });
}

/** The pending or failed mails, newest first, 20 per page ("Weitere laden"). */
export function useOutboxMails(status: OutboxStatus) {
  const language = useLanguage();
  return useConnectionQuery([...MAIL_OUTBOX_QUERY_ROOT, 'mails', language, status], async (after, signal) => {
    const data = await request(OutboxMailsDocument, { status, first: MAIL_OUTBOX_PAGE_SIZE, after }, { language, signal });
    return data.outboxMails;
  });
}

/** Sends a failed mail again (BAD_USER_INPUT when it is no longer failed); audited by the API. */
export function useRetryMail() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await request(RetryMailDocument, { id }, { language })).retryMail,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: MAIL_OUTBOX_QUERY_ROOT }),
        queryClient.invalidateQueries({ queryKey: AUDIT_EVENTS_QUERY_ROOT }),
      ]),
  });
}
