import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeQuery, UpdateProfileInput } from '../../../gql/graphql';
import { changeLanguage } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { UpdateMyProfileDocument } from '../graphql/documents';
import { ME_QUERY_ROOT, meQueryKey } from '../../../lib/session/use-me';

/**
 * Changes name and/or language. The answer replaces `me` in the cache; a changed language also
 * switches the interface (the query keys contain the language, so everything is asked for anew).
 */
export function useUpdateMyProfile() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => request(UpdateMyProfileDocument, { input }, { language }),
    onSuccess: async (data) => {
      const me = data.updateMyProfile;
      queryClient.setQueryData<MeQuery>(meQueryKey(me.locale), { me });
      queryClient.setQueryData<MeQuery>(meQueryKey(language), { me });
      if (me.locale !== language) await changeLanguage(me.locale);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ME_QUERY_ROOT }),
  });
}
