import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublishMeetingMinutesInput, TopicFieldKey } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { MEETINGS_QUERY_ROOT } from '../hooks/use-meetings';
import { MinutesProjectsDocument, PublishMeetingMinutesDocument } from './minutes-documents';

/** The projects of the meeting's topic fields (a decision may only lead there). */
export function useMinutesProjects(keys: readonly TopicFieldKey[]) {
  const language = useLanguage();
  return useQuery({
    queryKey: [...MEETINGS_QUERY_ROOT, 'minutes-projects', language] as const,
    queryFn: ({ signal }) => request(MinutesProjectsDocument, {}, { language, signal }),
    select: (data) => data.topicFields.filter((field) => keys.includes(field.key)).flatMap((field) => field.projects),
  });
}

export type MinutesProject = NonNullable<ReturnType<typeof useMinutesProjects>['data']>[number];

/** Publishes (or corrects) the minutes; the meeting page and the topic-field and project pages (their milestones) show them after. */
export function usePublishMinutes() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PublishMeetingMinutesInput) =>
      (await request(PublishMeetingMinutesDocument, { input }, { language })).publishMeetingMinutes,
    onSettled: async () => {
      await Promise.all(
        [MEETINGS_QUERY_ROOT, ['topicField'], ['topicFields'], ['project']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
