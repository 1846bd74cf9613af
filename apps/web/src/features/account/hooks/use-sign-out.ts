import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { SignOutDocument } from '../graphql/documents';

/**
 * Ends the current session. Whatever the outcome, every query is reset afterwards: nothing the
 * signed-in person saw stays in the cache, and `me` asks the server again.
 */
export function useSignOut({ onSignedOut }: { onSignedOut?: () => void } = {}) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(SignOutDocument, {}, { language }),
    onSuccess: () => onSignedOut?.(),
    onSettled: () => queryClient.resetQueries(),
  });
}
