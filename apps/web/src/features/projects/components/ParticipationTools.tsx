import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectWorkspaceQuery } from '../../../gql/graphql';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { SelectField, SubmitActions } from '../../../components/form/fields';
import { errorMessage } from '../../../lib/error-message';
import type { Announcer } from '../../../lib/use-announcer';
import { useMyOrganisations } from '../../my-organisations';
import { HandOverProjectLeadDocument, LeaveProjectDocument } from '../graphql/documents';
import { useProjectMutation } from '../hooks/use-project';

type Project = ProjectWorkspaceQuery['project'];

/** The lead's members hand the lead to a verified participant; a participant's members take it out of the project. Both ask first. */
export function ParticipationTools({ project, announcer }: { project: Project; announcer: Announcer }) {
  const organisations = useMyOrganisations();
  const mine = new Set((organisations.data ?? []).map((o) => o.id));
  const leaving = project.participants.filter((p) => p.role !== 'LEAD' && mine.has(p.organisation.id));
  return (
    <>
      {project.viewerIsLead ? <HandOverLead project={project} announcer={announcer} /> : null}
      {leaving.map((p) => (
        <LeaveProject key={p.organisation.id} project={project} organisation={p.organisation} announcer={announcer} />
      ))}
    </>
  );
}

function HandOverLead({ project, announcer }: { project: Project; announcer: Announcer }) {
  const { t } = useTranslation();
  const id = useId();
  const handOver = useProjectMutation(HandOverProjectLeadDocument);
  const candidates = project.participants.filter((p) => p.role !== 'LEAD' && p.organisation.verified).map((p) => p.organisation);
  const [chosen, setChosen] = useState('');
  const [confirming, setConfirming] = useState(false);
  const successor = candidates.find((o) => o.id === chosen) ?? candidates[0];

  const onConfirm = () => {
    if (!successor) return;
    handOver.mutate(
      { projectId: project.id, organisationId: successor.id },
      {
        onSuccess: () => announcer.announce(t('projects.handOver.done', { name: successor.name }), { focus: true }),
        onError: (error) => {
          setConfirming(false);
          announcer.announce(errorMessage(error, t), { error: true, focus: true });
        },
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <h2 id={`${id}-heading`} className="section__heading">
        {t('projects.handOver.heading')}
      </h2>
      {!successor ? (
        <p className="muted">{t('projects.handOver.noCandidate')}</p>
      ) : confirming ? (
        <ConfirmStep
          question={t('projects.handOver.question', { name: successor.name, title: project.title })}
          details={t('projects.handOver.details')}
          confirmLabel={t('projects.handOver.confirm')}
          pendingLabel={t('projects.handOver.pending')}
          pending={handOver.isPending}
          onConfirm={onConfirm}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <form
          className="account-form"
          noValidate
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            setConfirming(true);
          }}
        >
          <SelectField
            id={`${id}-successor`}
            label={t('projects.handOver.successor')}
            value={successor.id}
            onChange={(e) => setChosen(e.target.value)}
          >
            {candidates.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <SubmitActions pending={false} label={t('projects.handOver.start')} pendingLabel={t('projects.handOver.pending')} />
        </form>
      )}
    </section>
  );
}

function LeaveProject({ project, organisation, announcer }: { project: Project; organisation: { id: string; name: string }; announcer: Announcer }) {
  const { t } = useTranslation();
  const leave = useProjectMutation(LeaveProjectDocument);
  const [confirming, setConfirming] = useState(false);
  const name = organisation.name;

  const onConfirm = () =>
    leave.mutate(
      { projectId: project.id, organisationId: organisation.id },
      {
        onSuccess: () => announcer.announce(t('projects.leave.done', { name, title: project.title }), { focus: true }),
        onError: (error) => {
          setConfirming(false);
          announcer.announce(errorMessage(error, t), { error: true, focus: true });
        },
      },
    );

  return confirming ? (
    <ConfirmStep
      question={t('projects.leave.question', { name, title: project.title })}
      details={t('projects.leave.details')}
      confirmLabel={t('projects.leave.confirm', { name })}
      pendingLabel={t('projects.leave.pending')}
      pending={leave.isPending}
      onConfirm={onConfirm}
      onCancel={() => setConfirming(false)}
    />
  ) : (
    <p className="project-actions">
      <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
        {t('projects.leave.start', { name })}
      </button>
    </p>
  );
}
