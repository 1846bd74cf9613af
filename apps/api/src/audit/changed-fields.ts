/** The fields whose values differ, as { field: { from, to } } for the audit log. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    const old = before[field];
    if (JSON.stringify(old) !== JSON.stringify(value)) changes[field] = { from: old ?? null, to: value ?? null };
  }
  return changes;
}
