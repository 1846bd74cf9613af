import { describe, expect, it } from 'vitest';
import { TOPIC_FIELD_KEYS } from '../../lib/enums';
import { slugToTopicFieldKey, topicFieldKeyToSlug } from './slug';
import { topicFieldPath } from '../../lib/site-paths';

describe('topic field key ↔ URL slug', () => {
  it('maps IT_COMPETENCE to it-competence and back', () => {
    expect(topicFieldKeyToSlug('IT_COMPETENCE')).toBe('it-competence');
    expect(slugToTopicFieldKey('it-competence')).toBe('IT_COMPETENCE');
  });

  it('round-trips all five keys', () => {
    expect(TOPIC_FIELD_KEYS).toHaveLength(5);
    for (const key of TOPIC_FIELD_KEYS) {
      expect(slugToTopicFieldKey(topicFieldKeyToSlug(key))).toBe(key);
    }
    expect(TOPIC_FIELD_KEYS.map(topicFieldKeyToSlug)).toEqual(['networking', 'skilled-workers', 'it-competence', 'recovery', 'infrastructure']);
  });

  it('returns null for unknown or malformed slugs', () => {
    expect(slugToTopicFieldKey('it_competence')).toBeNull();
    expect(slugToTopicFieldKey('it--competence')).toBeNull();
    expect(slugToTopicFieldKey('tourism')).toBeNull();
    expect(slugToTopicFieldKey(undefined)).toBeNull();
  });

  it('builds page paths with an optional project anchor', () => {
    expect(topicFieldPath('SKILLED_WORKERS')).toBe('/themenfelder/skilled-workers');
    expect(topicFieldPath('RECOVERY', 'ki-werkstatt')).toBe('/themenfelder/recovery#projekt-ki-werkstatt');
  });
});
