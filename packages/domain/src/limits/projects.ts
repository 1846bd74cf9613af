/** Project workspaces: proposals, milestones, the update log and applications to join. */

/** Title of a proposed project or of a milestone. */
export const PROJECT_TITLE_LENGTH = { min: 3, max: 160 } as const;
/** Goal and description of a proposed project. */
export const PROJECT_TEXT_LENGTH = { min: 10, max: 4000 } as const;
/** Regions a project names. */
export const PROJECT_MAX_REGIONS = 7;
/** An entry of the update log ("Projektstand"). */
export const PROJECT_UPDATE_LENGTH = { min: 3, max: 2000 } as const;
/** The note of an application to join. */
export const APPLICATION_NOTE_LENGTH = { min: 10, max: 1000 } as const;
/** Why a milestone moves, an application is declined or a proposal is rejected. */
export const DECISION_REASON_LENGTH = { min: 3, max: 500 } as const;
