import { useQuery } from '@tanstack/react-query';
import type { TopicFieldKey } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { TopicFieldDocument } from '../graphql/documents';

export const topicFieldQueryKey = (language: Language, key: TopicFieldKey | null) => ['topicField', language, key] as const;

/** Loads one topic field with projects and milestones; idle while `key` is null (unknown slug). */
export function useTopicField(key: TopicFieldKey | null) {
  const language = useLanguage();
  return useQuery({
    queryKey: topicFieldQueryKey(language, key),
    queryFn: ({ signal }) => request(TopicFieldDocument, { key: key ?? '' }, { language, signal }),
    select: (data) => data.topicField,
    enabled: key !== null,
  });
}
