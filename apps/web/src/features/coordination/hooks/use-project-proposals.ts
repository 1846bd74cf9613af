import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { DecideProjectProposalDocument, ProjectProposalsDocument } from '../graphql/documents';
import { AUDIT_EVENTS_QUERY_ROOT } from './use-audit-events';

const PROJECT_PROPOSALS_QUERY_ROOT = ['projectProposals'] as const;

/** Project proposals waiting for the joint office, oldest first. */
export function useProjectProposals() {
  const language = useLanguage();
  return useQuery({
    queryKey: [...PROJECT_PROPOSALS_QUERY_ROOT, language],
    queryFn: ({ signal }) => request(ProjectProposalsDocument, {}, { language, signal }),
    select: (data) => data.projectProposals,
    staleTime: 0,
  });
}

/** The joint office approves or rejects (with a reason) a proposal; the list, projects, topic fields and the log are fetched again. */
export function useDecideProjectProposal() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { id: string; accept: boolean; reason: string | null }) =>
      request(DecideProjectProposalDocument, variables, { language }),
    onSettled: () =>
      Promise.all(
        [PROJECT_PROPOSALS_QUERY_ROOT, ['project'], ['topicField'], ['topicFields'], AUDIT_EVENTS_QUERY_ROOT].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
