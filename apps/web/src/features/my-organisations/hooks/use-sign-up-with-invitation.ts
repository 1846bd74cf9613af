import { useMutation } from '@tanstack/react-query';
import type { SignUpWithInvitationInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { SignUpWithInvitationDocument } from '../graphql/documents';

/** Creates the account of an invited person; resolves with the address to sign in with. */
export function useSignUpWithInvitation() {
  const language = useLanguage();
  return useMutation({
    mutationFn: (input: SignUpWithInvitationInput) => request(SignUpWithInvitationDocument, { input }, { language }),
  });
}
