import { berlinDate, DECISION_TEXT_LENGTH, PROJECT_TITLE_LENGTH } from '@wiw/domain';
import type { PublishMeetingMinutesInput } from '../../../gql/graphql';
import type { MeetingDetail } from '../components/MeetingFacts';

/** One decision in the editor: published ones (with id) only change their texts. */
export interface DecisionDraft {
  key: string;
  id: string | null;
  textDe: string;
  textEn: string;
  withMilestone: boolean;
  projectId: string;
  /** '' for a new milestone. */
  milestoneId: string;
  title: string;
  responsibleOrganisationId: string;
  dueOn: string;
}

export interface ItemDraft {
  agendaItemId: string;
  title: string;
  text: string;
  decisions: DecisionDraft[];
}

export type MinutesIssue = { field: string; kind: 'textLength' | 'project' | 'title' | 'dueOn' };

let counter = 0;

export function newDecision(): DecisionDraft {
  counter += 1;
  return {
    key: `new-${counter}`,
    id: null,
    textDe: '',
    textEn: '',
    withMilestone: false,
    projectId: '',
    milestoneId: '',
    title: '',
    responsibleOrganisationId: '',
    dueOn: '',
  };
}

/** The editor's start: the published minutes and decisions (an English text equal to the German one shows empty). */
export function draftFrom(agenda: MeetingDetail['agenda']): ItemDraft[] {
  return agenda.map((item) => ({
    agendaItemId: item.id,
    title: item.title,
    text: item.minutes ?? '',
    decisions: item.decisions.map((decision) => ({
      ...newDecision(),
      key: decision.id,
      id: decision.id,
      textDe: decision.textDe,
      textEn: decision.textEn === decision.textDe ? '' : decision.textEn,
    })),
  }));
}

/** The field id of a decision's control, e.g. `decisionField('d1', 'textDe')`. */
export const decisionField = (key: string, name: 'textDe' | 'textEn' | 'projectId' | 'title' | 'dueOn') => `minutes-${key}-${name}`;

/** What the API would refuse, found before sending (the API checks again). */
export function minutesIssues(items: readonly ItemDraft[], now: Date = new Date()): MinutesIssue[] {
  const today = berlinDate(now);
  const issues: MinutesIssue[] = [];
  const outside = (text: string, { min, max }: { min: number; max: number }) => text.trim().length < min || text.trim().length > max;
  for (const decision of items.flatMap((item) => item.decisions)) {
    if (outside(decision.textDe, DECISION_TEXT_LENGTH)) issues.push({ field: decisionField(decision.key, 'textDe'), kind: 'textLength' });
    if (decision.textEn.trim() && outside(decision.textEn, DECISION_TEXT_LENGTH)) {
      issues.push({ field: decisionField(decision.key, 'textEn'), kind: 'textLength' });
    }
    if (decision.id || !decision.withMilestone) continue;
    if (!decision.projectId) issues.push({ field: decisionField(decision.key, 'projectId'), kind: 'project' });
    if (!decision.milestoneId && outside(decision.title, PROJECT_TITLE_LENGTH))
      issues.push({ field: decisionField(decision.key, 'title'), kind: 'title' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(decision.dueOn) || decision.dueOn < today)
      issues.push({ field: decisionField(decision.key, 'dueOn'), kind: 'dueOn' });
  }
  return issues;
}

/** The mutation's input: every item, published decisions by id (texts only), new ones with their milestone. */
export function minutesInput(meetingId: string, items: readonly ItemDraft[]): PublishMeetingMinutesInput {
  return {
    meetingId,
    items: items.map((item) => ({
      agendaItemId: item.agendaItemId,
      text: item.text.trim(),
      decisions: item.decisions.map((decision) => ({
        id: decision.id,
        textDe: decision.textDe.trim(),
        textEn: decision.textEn.trim() || null,
        milestone:
          !decision.id && decision.withMilestone
            ? {
                projectId: decision.projectId,
                milestoneId: decision.milestoneId || null,
                title: decision.milestoneId ? null : decision.title.trim(),
                responsibleOrganisationId: decision.responsibleOrganisationId || null,
                dueOn: decision.dueOn,
              }
            : null,
      })),
    })),
  };
}
