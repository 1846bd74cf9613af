import { useMutation } from '@tanstack/react-query';
import type { SignUpInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { SignUpDocument } from '../graphql/documents';

/** Registers a person with a new organisation; the answer is the same for known addresses. */
export function useSignUp() {
  const language = useLanguage();
  return useMutation({
    mutationFn: (input: SignUpInput) => request(SignUpDocument, { input }, { language }),
  });
}
