export const TOPIC_FIELD_KEYS = ['NETWORKING', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE'] as const;

export type TopicFieldKey = (typeof TOPIC_FIELD_KEYS)[number];

/** Accepts "IT_COMPETENCE", "it_competence" and the URL form "it-competence". */
export function parseTopicFieldKey(input: string): TopicFieldKey | null {
  const normalised = input.trim().toUpperCase().replace(/-/g, '_');
  return (TOPIC_FIELD_KEYS as readonly string[]).includes(normalised) ? (normalised as TopicFieldKey) : null;
}

/** Share of done milestones, 0..1; a project without milestones has made no measurable progress. */
export function progressOf(milestones: ReadonlyArray<{ doneAt: Date | null }>): number {
  if (milestones.length === 0) return 0;
  const done = milestones.filter((milestone) => milestone.doneAt !== null).length;
  return done / milestones.length;
}
