import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectProposalsQuery } from '../../../gql/graphql';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { SubmitActions, TextAreaField } from '../../../components/form/fields';
import { errorMessage } from '../../../lib/error-message';
import { organisationPath, projectPath } from '../../../lib/site-paths';
import { useAnnouncer, type Announcer } from '../../../lib/use-announcer';
import { useFormatters } from '../../../lib/use-formatters';
import { useDecideProjectProposal, useProjectProposals } from '../hooks/use-project-proposals';

type Proposal = ProjectProposalsQuery['projectProposals'][number];

/** `/geschaeftsstelle/projektvorschlaege`: owners' project proposals, oldest first, to approve or reject with a reason. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const id = useId();
  const proposals = useProjectProposals();
  const announcer = useAnnouncer();

  let content;
  if (proposals.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('coordination.proposals.loading')} />
      </div>
    );
  } else if (proposals.isError) {
    content = (
      <ErrorState
        title={t('coordination.proposals.error')}
        error={proposals.error}
        onRetry={() => void proposals.refetch()}
        retrying={proposals.isFetching}
      />
    );
  } else if (proposals.data.length === 0) {
    content = <EmptyState title={t('coordination.proposals.empty')} />;
  } else {
    content = (
      <ul className="coordination-list proposal-list">
        {proposals.data.map((proposal) => (
          <li key={proposal.id}>
            <ProposalCard proposal={proposal} announcer={announcer} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coordination.proposals.heading')}</h2>
      <p>{t('coordination.proposals.intro')}</p>
      <LiveAnnouncement announcer={announcer} />
      {content}
    </section>
  );
}

function ProposalCard({ proposal, announcer }: { proposal: Proposal; announcer: Announcer }) {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormatters();
  const decide = useDecideProjectProposal();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const title = proposal.title;

  const send = (accept: boolean) =>
    decide.mutate(
      { id: proposal.id, accept, reason: accept ? null : reason.trim() },
      {
        onSuccess: () =>
          announcer.announce(t(accept ? 'coordination.proposals.approved' : 'coordination.proposals.rejected', { title }), { focus: true }),
        onError: (error) => announcer.announce(errorMessage(error, t), { error: true, focus: true }),
      },
    );
  const onReject = (event: FormEvent) => {
    event.preventDefault();
    send(false);
  };

  return (
    <article className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <Link to={projectPath(proposal.slug)}>{title}</Link>
      </h3>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('coordination.proposals.topicField')}</dt>
          <dd>{proposal.topicField.title}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('project.lead')}</dt>
          <dd>{proposal.lead ? <Link to={organisationPath(proposal.lead.id)}>{proposal.lead.name}</Link> : t('project.noLead')}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('projects.goal')}</dt>
          <dd>{proposal.goal}</dd>
        </div>
        {proposal.regions.length > 0 ? (
          <div className="facts__row">
            <dt>{t('projects.regions')}</dt>
            <dd>{proposal.regions.map((r) => t(`enums.region.${r}`)).join(', ')}</dd>
          </div>
        ) : null}
        {proposal.startsOn || proposal.endsOn ? (
          <div className="facts__row">
            <dt>{t('coordination.proposals.period')}</dt>
            <dd>{[proposal.startsOn, proposal.endsOn].map((d) => (d ? format.date(d) : '…')).join(' – ')}</dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>{t('projects.openness')}</dt>
          <dd>{proposal.openForParticipants ? t('projects.open') : t('projects.closed')}</dd>
        </div>
      </dl>
      <p>{proposal.description}</p>
      {rejecting ? (
        <form className="account-form" noValidate onSubmit={onReject}>
          <TextAreaField
            id={`${id}-reason`}
            label={t('coordination.proposals.reasonLabel', { title })}
            hint={t('coordination.proposals.reasonHint')}
            value={reason}
            rows={3}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
          <SubmitActions
            pending={decide.isPending}
            label={t('coordination.proposals.reject', { title })}
            pendingLabel={t('coordination.proposals.sending')}
          >
            <button type="button" className="button button--secondary" onClick={() => setRejecting(false)}>
              {t('shared.cancel')}
            </button>
          </SubmitActions>
        </form>
      ) : (
        <div className="coordination-actions">
          <button type="button" className="button" disabled={decide.isPending} onClick={() => send(true)}>
            {t('coordination.proposals.approve', { title })}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRejecting(true)}>
            {t('coordination.proposals.rejectStart', { title })}
          </button>
        </div>
      )}
    </article>
  );
}
