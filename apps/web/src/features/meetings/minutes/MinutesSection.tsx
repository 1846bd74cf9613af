import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTimeAsDate } from '../../../lib/format';
import { projectPath } from '../../../lib/site-paths';
import { useLanguage } from '../../../lib/use-language';
import type { MeetingDetail } from '../components/MeetingFacts';

type Decision = MeetingDetail['agenda'][number]['decisions'][number];

/** Where a decision led: its milestone with the status it has now, and the project. */
export function DecisionOutcome({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { milestone, project } = decision;
  if (!milestone || !project) return null;
  const state = milestone.done ? 'done' : milestone.overdue ? 'overdue' : 'open';
  return (
    <p className="meeting-decision__outcome">
      {t('meetingMinutes.ledTo', { title: milestone.title })} <Link to={projectPath(project.slug)}>{project.title}</Link>
      {` · ${t(`enums.milestoneState.${state}`)} · ${t('meetingMinutes.due', { date: formatDate(milestone.dueOn, language) })}`}
    </p>
  );
}

/** The published minutes per agenda item with the numbered decisions; nothing before publication. */
export function MinutesSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { minutes } = meeting;
  if (!minutes) return null;
  const published = formatDateTimeAsDate(minutes.publishedAt, language);
  return (
    <section className="section meeting-minutes" aria-labelledby={`${id}-minutes`}>
      <h2 id={`${id}-minutes`} className="section__heading">
        {t('meetingMinutes.heading')}
      </h2>
      <p className="muted">
        {minutes.correctedAt
          ? t('meetingMinutes.corrected', { published, corrected: formatDateTimeAsDate(minutes.correctedAt, language), version: minutes.version })
          : t('meetingMinutes.published', { date: published })}
      </p>
      <ol className="meeting-agenda">
        {meeting.agenda.map((item) => (
          <li key={item.id}>
            <h3 className="meeting-minutes__item">{item.title}</h3>
            {item.minutes ? <p className="pre-line">{item.minutes}</p> : <p className="muted">{t('meetingMinutes.noMinutes')}</p>}
            {item.decisions.length > 0 ? (
              <ul className="meeting-decisions">
                {item.decisions.map((decision) => (
                  <li key={decision.id} className="meeting-decision">
                    <strong>{t('meetingMinutes.decision', { number: decision.number })}:</strong> <span className="pre-line">{decision.text}</span>
                    <DecisionOutcome decision={decision} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
