import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { TopicFieldsDocument } from '../graphql/documents';

/** The language is part of the key: titles and goals are localised by the API. */
export const topicFieldsQueryKey = (language: Language) => ['topicFields', language] as const;

export function useTopicFields() {
  const language = useLanguage();
  return useQuery({
    queryKey: topicFieldsQueryKey(language),
    queryFn: ({ signal }) => request(TopicFieldsDocument, {}, { language, signal }),
    select: (data) => [...data.topicFields].sort((a, b) => a.position - b.position),
  });
}
