import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { DeleteMyAccountDocument } from '../graphql/documents';

/** Deletes the account after checking the password; the server clears the cookie, so every query is reset. */
export function useDeleteMyAccount() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => request(DeleteMyAccountDocument, { password }, { language }),
    onSuccess: () => queryClient.resetQueries(),
  });
}
