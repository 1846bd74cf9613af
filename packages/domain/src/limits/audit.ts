/** The audit log's filter. */

/** An action filter: an exact action ("session.opened") or a prefix ending in a dot ("role."). */
export const AUDIT_ACTION_MAX_LENGTH = 100;
