import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectWorkspaceQuery } from '../../../gql/graphql';
import { Badge } from '../../../components/Badge';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { TextAreaField } from '../../../components/form/fields';
import { errorMessage } from '../../../lib/error-message';
import type { Announcer } from '../../../lib/use-announcer';
import { useFormatters } from '../../../lib/use-formatters';
import { DecideProjectApplicationDocument, WithdrawProjectApplicationDocument } from '../graphql/documents';
import { useProjectMutation } from '../hooks/use-project';

type Application = ProjectWorkspaceQuery['project']['applications'][number];

/** Applications to join: the lead decides on pending ones (seeing the applicant's board skills); applicants see their own. */
export function ApplicationsPanel({ applications, isLead, announcer }: { applications: Application[]; isLead: boolean; announcer: Announcer }) {
  const { t } = useTranslation();
  const id = useId();
  if (applications.length === 0) return isLead ? <p className="muted">{t('projects.applications.none')}</p> : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <h2 id={`${id}-heading`} className="section__heading">
        {isLead ? t('projects.applications.heading') : t('projects.applications.mine')}
      </h2>
      <ul className="project-list">
        {applications.map((application) => (
          <li key={application.id}>
            <ApplicationCard application={application} isLead={isLead} announcer={announcer} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ApplicationCard({ application, isLead, announcer }: { application: Application; isLead: boolean; announcer: Announcer }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const decide = useProjectMutation(DecideProjectApplicationDocument);
  const withdraw = useProjectMutation(WithdrawProjectApplicationDocument);
  const [declining, setDeclining] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const name = application.organisation.name;

  const send = (accept: boolean) =>
    decide.mutate(
      { id: application.id, accept, reason: accept ? null : reason.trim() },
      {
        onSuccess: () =>
          announcer.announce(t(accept ? 'projects.applications.accepted' : 'projects.applications.declined', { name }), { focus: true }),
        onError: (error) => announcer.announce(errorMessage(error, t), { error: true, focus: true }),
      },
    );

  const onWithdraw = () =>
    withdraw.mutate(
      { id: application.id },
      {
        onSuccess: () => announcer.announce(t('projects.applications.withdrawn', { name }), { focus: true }),
        onError: (error) => {
          setWithdrawing(false);
          announcer.announce(errorMessage(error, t), { error: true, focus: true });
        },
      },
    );

  return (
    <article className="card project" aria-labelledby={`${id}-title`}>
      <header className="project__header">
        <h3 id={`${id}-title`} className="project__title">
          {name}
        </h3>
        <Badge tone={application.status === 'ACCEPTED' ? 'success' : application.status === 'PENDING' ? 'info' : 'neutral'}>
          {t(`projects.applicationStatus.${application.status}`)}
        </Badge>
      </header>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('projects.apply.role')}</dt>
          <dd>{t(`enums.participantRole.${application.role}`)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('projects.applications.applied')}</dt>
          <dd>{format.dateTimeAsDate(application.createdAt)}</dd>
        </div>
        {isLead ? (
          <div className="facts__row">
            <dt>{t('projects.applications.boardSkills')}</dt>
            <dd>{application.boardSkills.length > 0 ? application.boardSkills.join(', ') : t('projects.applications.noBoardSkills')}</dd>
          </div>
        ) : null}
        {application.decisionReason ? (
          <div className="facts__row">
            <dt>{t('projects.applications.reason')}</dt>
            <dd>{application.decisionReason}</dd>
          </div>
        ) : null}
      </dl>
      <p>{application.note}</p>
      {isLead && application.status === 'PENDING' ? (
        declining ? (
          <form
            className="account-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              send(false);
            }}
          >
            <TextAreaField
              id={`${id}-reason`}
              label={t('projects.applications.reasonLabel', { name })}
              value={reason}
              rows={3}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
            />
            <div className="project-actions">
              <button type="submit" className="button" disabled={decide.isPending}>
                {t('projects.applications.decline', { name })}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setDeclining(false)}>
                {t('shared.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className="project-actions">
            <button type="button" className="button" disabled={decide.isPending} onClick={() => send(true)}>
              {t('projects.applications.accept', { name })}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDeclining(true)}>
              {t('projects.applications.declineStart', { name })}
            </button>
          </div>
        )
      ) : null}
      {!isLead && application.status === 'PENDING' ? (
        withdrawing ? (
          <ConfirmStep
            question={t('projects.applications.withdrawQuestion', { name })}
            confirmLabel={t('projects.applications.withdrawConfirm')}
            pendingLabel={t('projects.applications.withdrawing')}
            pending={withdraw.isPending}
            onConfirm={onWithdraw}
            onCancel={() => setWithdrawing(false)}
          />
        ) : (
          <div className="project-actions">
            <button type="button" className="button button--secondary" onClick={() => setWithdrawing(true)}>
              {t('projects.applications.withdraw', { name })}
            </button>
          </div>
        )
      ) : null}
    </article>
  );
}
