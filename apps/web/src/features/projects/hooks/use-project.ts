import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TypedDocumentString } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { ProjectWorkspaceDocument } from '../graphql/documents';

export const PROJECT_QUERY_ROOT = ['project'] as const;
export const projectQueryKey = (language: Language, slug: string) => [...PROJECT_QUERY_ROOT, language, slug] as const;

/** One project's workspace: details, participants, milestones, update log, history, and applications the caller may see. */
export function useProject(slug: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: projectQueryKey(language, slug),
    queryFn: ({ signal }) => request(ProjectWorkspaceDocument, { slug }, { language, signal }),
    select: (data) => data.project,
    staleTime: 0,
  });
}

/**
 * A write to a project workspace: afterwards the project and the topic fields (progress,
 * participants) are fetched again.
 */
export function useProjectMutation<R, V>(document: TypedDocumentString<R, V>) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => request(document, variables, { language }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: PROJECT_QUERY_ROOT });
      await queryClient.invalidateQueries({ queryKey: ['topicField'] });
      await queryClient.invalidateQueries({ queryKey: ['topicFields'] });
    },
  });
}
