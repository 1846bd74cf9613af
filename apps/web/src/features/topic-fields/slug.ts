import type { TopicFieldKey } from '../../gql/graphql';
import { enumToSlug, slugToEnum } from '../../lib/enum-slug';
import { TOPIC_FIELD_KEYS } from '../../lib/enums';

/** IT_COMPETENCE → "it-competence" */
export function topicFieldKeyToSlug(key: TopicFieldKey): string {
  return enumToSlug(key);
}

/** "it-competence" → IT_COMPETENCE; unknown or malformed slugs → null. */
export function slugToTopicFieldKey(slug: string | null | undefined): TopicFieldKey | null {
  return slugToEnum(slug, TOPIC_FIELD_KEYS);
}
