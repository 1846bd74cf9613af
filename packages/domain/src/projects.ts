import { berlinDate } from './time.js';

export interface MilestoneTiming {
  dueOn: Date;
  /** The due date before the first move; null while the milestone was never moved. */
  originalDueOn: Date | null;
  doneAt: Date | null;
}

export interface Punctuality {
  /** Done on or before the day first planned (Europe/Berlin). */
  onTime: number;
  /** Done after the day first planned, or not done and that day has passed. */
  late: number;
  /** Not done, and the day first planned is still ahead. */
  open: number;
}

/**
 * Milestone punctuality against the plan: a milestone moved later still counts as late when it
 * is done after the day it was first due, so moving dates cannot make a project look punctual.
 */
export function punctualityOf(milestones: readonly MilestoneTiming[], now: Date = new Date()): Punctuality {
  const today = berlinDate(now);
  const result: Punctuality = { onTime: 0, late: 0, open: 0 };
  for (const milestone of milestones) {
    const planned = (milestone.originalDueOn ?? milestone.dueOn).toISOString().slice(0, 10);
    if (milestone.doneAt) {
      if (berlinDate(milestone.doneAt) <= planned) result.onTime += 1;
      else result.late += 1;
    } else if (planned < today) result.late += 1;
    else result.open += 1;
  }
  return result;
}
