import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { RequestPasswordResetDocument } from '../graphql/documents';

/** Asks for a reset link; the server answers the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  const language = useLanguage();
  return useMutation({
    mutationFn: (email: string) => request(RequestPasswordResetDocument, { input: { email } }, { language }),
  });
}
