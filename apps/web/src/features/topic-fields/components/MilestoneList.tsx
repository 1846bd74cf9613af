import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlertIcon, CheckIcon, CircleIcon } from '../../../components/icons';
import type { TopicFieldQuery } from '../../../gql/graphql';
import { meetingPath } from '../../../lib/site-paths';
import { useFormatters } from '../../../lib/use-formatters';

export type Milestone = TopicFieldQuery['topicField']['projects'][number]['milestones'][number];
export type MilestoneState = 'done' | 'overdue' | 'open';

export function milestoneState(milestone: Pick<Milestone, 'done' | 'overdue'>): MilestoneState {
  if (milestone.done) return 'done';
  return milestone.overdue ? 'overdue' : 'open';
}

const ICONS = { done: CheckIcon, overdue: AlertIcon, open: CircleIcon } as const;

export function MilestoneList({ milestones, headingId }: { milestones: Milestone[]; headingId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (milestones.length === 0) return <p className="muted">{t('project.noMilestones')}</p>;
  return (
    <ol className="milestones" aria-labelledby={headingId}>
      {milestones.map((milestone) => {
        const state = milestoneState(milestone);
        const Icon = ICONS[state];
        return (
          <li key={milestone.id} className={`milestone milestone--${state}`}>
            <Icon className="milestone__icon" />
            <div className="milestone__body">
              <span className="milestone__title">{milestone.title}</span>
              <span className="milestone__meta">
                <span className={`milestone__state milestone__state--${state}`}>{t(`enums.milestoneState.${state}`)}</span>
                <span aria-hidden="true"> · </span>
                {milestone.done && milestone.doneAt
                  ? t('project.doneOn', { date: format.dateTimeAsDate(milestone.doneAt) })
                  : t('project.dueOn', { date: format.date(milestone.dueOn) })}
                {milestone.responsibleOrganisation ? (
                  <>
                    <span aria-hidden="true"> · </span>
                    {t('meetingMinutes.responsible', { name: milestone.responsibleOrganisation.name })}
                  </>
                ) : null}
              </span>
              {milestone.decision ? (
                <span className="milestone__decision">
                  {t('meetingMinutes.decidedIn', { date: format.dateTimeAsDate(milestone.decision.decidedAt) })}{' '}
                  <Link to={meetingPath(milestone.decision.meeting.id)}>{milestone.decision.meeting.title}</Link>
                  {` (${t('meetingMinutes.decision', { number: milestone.decision.number })})`}
                </span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
