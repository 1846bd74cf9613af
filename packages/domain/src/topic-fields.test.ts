import { describe, expect, it } from 'vitest';
import { parseTopicFieldKey, progressOf, TOPIC_FIELD_KEYS } from './topic-fields.js';

describe('topic fields', () => {
  it('has exactly the five fields of the initiative', () => {
    expect(TOPIC_FIELD_KEYS).toEqual(['NETWORKING', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE']);
  });

  it('parses enum and URL spellings and rejects anything else', () => {
    expect(parseTopicFieldKey('IT_COMPETENCE')).toBe('IT_COMPETENCE');
    expect(parseTopicFieldKey('it-competence')).toBe('IT_COMPETENCE');
    expect(parseTopicFieldKey(' networking ')).toBe('NETWORKING');
    expect(parseTopicFieldKey('SPACE')).toBeNull();
    expect(parseTopicFieldKey('')).toBeNull();
  });

  it('computes progress as the share of milestones done', () => {
    const done = { doneAt: new Date('2026-01-01') };
    const open = { doneAt: null };
    expect(progressOf([])).toBe(0);
    expect(progressOf([done, open, open, done])).toBe(0.5);
    expect(progressOf([done])).toBe(1);
  });
});
